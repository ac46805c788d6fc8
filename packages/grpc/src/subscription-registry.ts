// The live Subscribe calls of this server, by stream and group: Acknowledge frees their slots, close() ends them.
// Each holds a Redis connection of its own, so their number is capped: that caps the server's connections.
import { UnavailableError } from "@sluice/streams";
import type { Subscription } from "./subscription.ts";

/** Why a Subscribe call ends, or cannot start, while the server closes. */
export function shuttingDown(): UnavailableError {
  return new UnavailableError("grpc.shutting_down", "The server is shutting down: subscribe again");
}

const keyOf = (stream: string, group: string) => `${stream}\n${group}`;

export class SubscriptionRegistry {
  readonly #byGroup = new Map<string, Set<Subscription>>();
  readonly #finished = new Map<Subscription, Promise<void>>();
  #closing = false;
  readonly #limit: number;

  /** `limit`: live Subscribe calls at most; one more is refused until one ends. */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Throws `unavailable` when a new Subscribe call cannot start here: the server is closing or full. */
  assertRoom(): void {
    if (this.#closing) throw shuttingDown();
    if (this.#finished.size >= this.#limit) {
      throw new UnavailableError(
        "grpc.subscriptions_full",
        `This server already serves its ${this.#limit} Subscribe calls (maxSubscriptions): subscribe again later, ` +
          "or through another server",
      );
    }
  }

  /** Live Subscribe calls. */
  get size(): number {
    return this.#finished.size;
  }

  /** Tracks a subscription until `finished` settles (its call ended and its connection is closed). */
  add(subscription: Subscription, finished: Promise<void>): void {
    const key = keyOf(subscription.stream, subscription.group);
    const group = this.#byGroup.get(key) ?? new Set();
    this.#byGroup.set(key, group.add(subscription));
    this.#finished.set(subscription, finished);
    const forget = () => {
      group.delete(subscription);
      if (group.size === 0 && this.#byGroup.get(key) === group) this.#byGroup.delete(key);
      this.#finished.delete(subscription);
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
