// The live Subscribe calls of this server, by stream and group: Acknowledge frees their slots, close() ends them.
import type { Subscription } from "./subscription.ts";

const keyOf = (stream: string, group: string) => `${stream}\n${group}`;

export class SubscriptionRegistry {
  readonly #byGroup = new Map<string, Set<Subscription>>();
  readonly #finished = new Map<Subscription, Promise<void>>();
  #closing = false;

  /** Set by close(): new Subscribe calls are refused. */
  get closing(): boolean {
    return this.#closing;
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
