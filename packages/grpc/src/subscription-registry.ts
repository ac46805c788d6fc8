// The live Subscribe calls of this server, by stream and group: Acknowledge frees their slots, close() ends them.
// Their number is capped in total and per caller (a quota each: RESOURCE_EXHAUSTED), so that one token cannot take
// every subscription the server serves.
import { QuotaExceededError, UnavailableError } from "@sluice/streams";
import type { Subscription } from "./subscription.ts";

/** Why a Subscribe call ends, or cannot start, while the server closes. */
export function shuttingDown(): UnavailableError {
  return new UnavailableError("grpc.shutting_down", "The server is shutting down: subscribe again");
}

const keyOf = (stream: string, group: string) => `${stream}\n${group}`;

export interface SubscriptionLimits {
  /** Live Subscribe calls at most. */
  total: number;
  /** Live Subscribe calls of one caller at most. */
  perCaller: number;
}

export class SubscriptionRegistry {
  readonly #byGroup = new Map<string, Set<Subscription>>();
  readonly #finished = new Map<Subscription, Promise<void>>();
  readonly #byCaller = new Map<string, number>();
  #closing = false;
  readonly #limits: SubscriptionLimits;

  constructor(limits: SubscriptionLimits) {
    this.#limits = limits;
  }

  /**
   * Throws when a new Subscribe call of `caller` cannot start here: `unavailable` while the server closes,
   * QuotaExceededError when the server (`grpc.subscriptions_full`) or the caller (`grpc.caller_subscriptions_full`)
   * is at its limit.
   */
  assertRoom(caller: string): void {
    if (this.#closing) throw shuttingDown();
    const { total, perCaller } = this.#limits;
    if (this.#finished.size >= total) {
      throw new QuotaExceededError(
        "grpc.subscriptions_full",
        `This server already serves its ${total} Subscribe calls (maxSubscriptions): subscribe again later, ` +
          "or through another server",
        { details: { maxSubscriptions: total } },
      );
    }
    if ((this.#byCaller.get(caller) ?? 0) >= perCaller) {
      throw new QuotaExceededError(
        "grpc.caller_subscriptions_full",
        `${caller} already has its ${perCaller} Subscribe calls on this server (maxSubscriptionsPerCaller): ` +
          "end one first",
        { details: { caller, maxSubscriptionsPerCaller: perCaller } },
      );
    }
  }

  /** Live Subscribe calls. */
  get size(): number {
    return this.#finished.size;
  }

  /** Tracks a subscription until `finished` settles (its call ended and its watch is released). */
  add(subscription: Subscription, finished: Promise<void>): void {
    const key = keyOf(subscription.stream, subscription.group);
    const group = this.#byGroup.get(key) ?? new Set();
    this.#byGroup.set(key, group.add(subscription));
    this.#finished.set(subscription, finished);
    const { caller } = subscription;
    this.#byCaller.set(caller, (this.#byCaller.get(caller) ?? 0) + 1);
    const forget = () => {
      group.delete(subscription);
      if (group.size === 0 && this.#byGroup.get(key) === group) this.#byGroup.delete(key);
      this.#finished.delete(subscription);
      const left = (this.#byCaller.get(caller) ?? 1) - 1;
      if (left > 0) this.#byCaller.set(caller, left);
      else this.#byCaller.delete(caller);
    };
    finished.then(forget, forget);
  }

  acknowledged(stream: string, group: string, ids: readonly string[]): void {
    for (const subscription of this.#byGroup.get(keyOf(stream, group)) ?? []) subscription.acknowledged(ids);
  }

  /** Stops every subscription and waits until their calls ended; later Subscribe calls are refused. */
  async close(): Promise<void> {
    this.#closing = true;
    for (const subscription of this.#finished.keys()) subscription.stop();
    await Promise.allSettled(this.#finished.values());
  }
}
