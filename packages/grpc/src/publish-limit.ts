// How much publishing one gateway holds at once. While Redis is slow or gone, Publish calls wait on it (up to the
// command timeout each); without a bound, a client publishing faster than that queues requests in memory without
// end. Over either limit a call is refused at once with UNAVAILABLE (`grpc.overloaded`): a transient condition the
// client retries, like Redis being unavailable itself, rather than RESOURCE_EXHAUSTED, which callers read as
// "this request is too big".
import { UnavailableError } from "@sluice/streams";

export interface PublishLimits {
  /** Publish and PublishBatch calls waiting on Redis at once (default 256). */
  maxPendingPublishes: number;
  /** Payload bytes of those calls (default 16 MiB). */
  maxPendingPublishBytes: number;
}

export class PublishLimit {
  readonly #limits: PublishLimits;
  #calls = 0;
  #bytes = 0;

  constructor(limits: PublishLimits) {
    this.#limits = limits;
  }

  /** Calls holding a slot now. */
  get pending(): number {
    return this.#calls;
  }

  /** Runs `publish` holding `bytes` of the budget, or refuses it when the budget is spent. */
  async run<T>(bytes: number, publish: () => Promise<T>): Promise<T> {
    const { maxPendingPublishes, maxPendingPublishBytes } = this.#limits;
    // A call alone may exceed the byte budget (its size is bounded by the message limit): it is never refused for it.
    if (
      this.#calls >= maxPendingPublishes ||
      (this.#calls > 0 && this.#bytes + bytes > maxPendingPublishBytes)
    ) {
      throw new UnavailableError(
        "grpc.overloaded",
        `The gateway has ${this.#calls} publishes (${this.#bytes} bytes) waiting on Redis, its limit: retry later`,
        { details: { pending: this.#calls, pendingBytes: this.#bytes, retryAfterSeconds: 1 } },
      );
    }
    this.#calls += 1;
    this.#bytes += bytes;
    try {
      return await publish();
    } finally {
      this.#calls -= 1;
      this.#bytes -= bytes;
    }
  }
}
