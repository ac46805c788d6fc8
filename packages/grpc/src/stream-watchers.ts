// The gateway's bounded pool of blocking Redis connections: one watcher per stream that live Subscribe calls read,
// however many calls (of any groups) read it. A watcher blocks on XREAD past the newest entry it knows and, when
// entries arrive, wakes its stream's subscriptions, which then read their group without blocking on the shared
// command connection. So an idle or slow subscription holds no connection and blocks nobody; a subscriber's
// delivery costs one round trip more than a blocking read of its own; and the connections are the streams being
// read (at most `limit`), not the calls.
import { setTimeout as sleep } from "node:timers/promises";
import {
  nextRetryPauseMs,
  QuotaExceededError,
  type RedisClient,
  type StreamKeys,
  typed,
} from "@sluice/streams";

/** Beyond BLOCK, how late an empty reply may come before the connection counts as stalled (as BatchSource). */
const STALLED_AFTER_MS = 1500;
const MAX_RETRY_PAUSE_MS = 1000;

/** A subscription's view of its stream's watcher. */
export interface StreamWatch {
  /** Counts the wakes: read it before a read, and wait for it to move after an empty one. */
  readonly version: number;
  /** Resolves once the version moved past `seen`, after `timeoutMs`, or when `signal` aborts. */
  changed(seen: number, timeoutMs: number, signal: AbortSignal): Promise<void>;
  /** Gives the watch back; the watcher closes with its last watch. */
  release(): void;
}

class Watcher {
  version = 0;
  watches = 0;
  readonly #reader: RedisClient;
  readonly #key: string;
  readonly #blockMs: number;
  readonly #waiters = new Set<() => void>();
  #closed = false;
  /** Resolves once the watcher knows the newest entry, so that no entry added after a first read is missed. */
  readonly ready: Promise<void>;

  constructor(reader: RedisClient, key: string, blockMs: number) {
    this.#reader = reader;
    this.#key = key;
    this.#blockMs = blockMs;
    let started: () => void = () => {};
    this.ready = new Promise((resolve) => (started = resolve));
    this.#run(started).catch(() => {});
  }

  changed(seen: number, timeoutMs: number, signal: AbortSignal): Promise<void> {
    if (this.version !== seen || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        this.#waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal.addEventListener("abort", done);
      this.#waiters.add(done);
    });
  }

  close(): void {
    this.#closed = true;
    this.#reader.disconnect();
    this.#wake();
  }

  #wake(): void {
    this.version++;
    for (const waiter of [...this.#waiters]) waiter();
  }

  /** The id of the stream's newest entry ("0-0" for none). */
  async #newest(): Promise<string> {
    const [newest] = await typed(this.#reader.xrevrange(this.#key, "+", "-", "COUNT", 1));
    return newest?.[0] ?? "0-0";
  }

  async #run(started: () => void): Promise<void> {
    let last: string | undefined;
    let pauseMs = 0;
    while (!this.#closed) {
      try {
        if (last === undefined) {
          last = await this.#newest();
          started();
        }
        const began = Date.now();
        const reply = await typed(
          this.#reader.call("XREAD", "COUNT", 1, "BLOCK", this.#blockMs, "STREAMS", this.#key, last),
        );
        if (reply === null) {
          // No answer past BLOCK plus the grace: a half-open connection never errors; reconnect instead.
          if (Date.now() - began > this.#blockMs + STALLED_AFTER_MS) this.#reader.disconnect(true);
          continue;
        }
        // Past the newest entry before waking anyone: subscriptions read after this, so they see all of it.
        last = await this.#newest();
        this.#wake();
        pauseMs = 0;
      } catch {
        if (this.#closed) return;
        started(); // subscriptions read on their own meanwhile (every blockMs), as they would after a wake
        // Redis failing (a failover's UNBLOCKED, a lost connection): wake the subscriptions, whose own reads decide
        // whether the outage ends their calls, and try again after a growing pause.
        this.#wake();
        pauseMs = nextRetryPauseMs(pauseMs, MAX_RETRY_PAUSE_MS);
        await sleep(pauseMs);
      }
    }
  }
}

export class StreamWatchers {
  readonly #watchers = new Map<string, Watcher>();
  readonly #open: () => RedisClient;
  readonly #limit: number;
  readonly #blockMs: number;

  /** `open`: a new blocking connection; `limit`: streams watched at once; `blockMs`: one XREAD's wait. */
  constructor(open: () => RedisClient, limit: number, blockMs: number) {
    this.#open = open;
    this.#limit = limit;
    this.#blockMs = blockMs;
  }

  /** Blocking connections open now. */
  get size(): number {
    return this.#watchers.size;
  }

  /**
   * A watch on the stream, once its watcher is ready; QuotaExceededError (`grpc.readers_full`) when no watcher is
   * open on it and the pool holds `limit` already.
   */
  async watch(keys: StreamKeys): Promise<StreamWatch> {
    let watcher = this.#watchers.get(keys.stream);
    if (watcher === undefined) {
      if (this.#watchers.size >= this.#limit) {
        throw new QuotaExceededError(
          "grpc.readers_full",
          `This server already reads its ${this.#limit} streams at once (maxReaderConnections): stream ` +
            `${keys.name} cannot be subscribed to here until a subscription of another stream ends`,
          { details: { stream: keys.name, maxReaderConnections: this.#limit } },
        );
      }
      watcher = new Watcher(this.#open(), keys.stream, this.#blockMs);
      this.#watchers.set(keys.stream, watcher);
    }
    watcher.watches++;
    const current = watcher;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      if (--current.watches > 0) return;
      current.close();
      if (this.#watchers.get(keys.stream) === current) this.#watchers.delete(keys.stream);
    };
    await current.ready;
    return {
      get version() {
        return current.version;
      },
      changed: (seen, timeoutMs, signal) => current.changed(seen, timeoutMs, signal),
      release,
    };
  }
}
