// An open-loop load of one kind for `npm run soak`: `perSecond` calls a second, each started on its schedule whatever
// the earlier ones are doing (a closed loop would slow down with the system and hide a backlog), at most `maxInFlight`
// at once: a call due while that many are pending is not sent and counts as failed ("behind"), so a stalled system
// shows as errors instead of growing the load generator's own memory. Successes and failures are counted, failures by
// reason (a bounded number of distinct reasons).
import { setTimeout as sleep } from "node:timers/promises";

/** What one kind of load did: calls (or deliveries) that succeeded, those that failed, and why they failed. */
export interface LoadCount {
  ok: number;
  failed: number;
  reasons: Record<string, number>;
}

const TICK_MS = 10;
const MAX_REASONS = 20;

/** A tally of outcomes with at most MAX_REASONS distinct failure reasons (the rest count under "other"). */
export class Tally implements LoadCount {
  ok = 0;
  failed = 0;
  readonly reasons: Record<string, number> = {};

  fail(reason: string): void {
    this.failed += 1;
    const known = reason in this.reasons || Object.keys(this.reasons).length < MAX_REASONS;
    const key = known ? reason : "other";
    this.reasons[key] = (this.reasons[key] ?? 0) + 1;
  }

  counts(): LoadCount {
    return { ok: this.ok, failed: this.failed, reasons: { ...this.reasons } };
  }
}

/** A failure's reason: its message's first line, short. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").slice(0, 120);
}

export class PacedCalls {
  readonly tally = new Tally();
  readonly #perSecond: number;
  readonly #call: (n: number) => Promise<void>;
  readonly #maxInFlight: number;
  readonly #pending = new Set<Promise<void>>();
  #running = false;
  #loop: Promise<void> | undefined;

  /** `call(n)` is the nth call (from 0); it rejects on failure. */
  constructor(perSecond: number, call: (n: number) => Promise<void>, { maxInFlight = 100 } = {}) {
    if (!(perSecond > 0)) throw new RangeError(`perSecond must be above 0, got ${perSecond}`);
    this.#perSecond = perSecond;
    this.#call = call;
    this.#maxInFlight = maxInFlight;
  }

  start(): void {
    this.#running = true;
    this.#loop ??= this.#run();
  }

  /** Sends no more, then waits for the calls in flight (each has its own deadline). */
  async stop(): Promise<void> {
    this.#running = false;
    await this.#loop;
    await Promise.all(this.#pending);
  }

  async #run(): Promise<void> {
    const started = performance.now();
    let due = 0;
    while (this.#running) {
      const scheduled = Math.floor(((performance.now() - started) * this.#perSecond) / 1000);
      for (; due < scheduled; due += 1) {
        if (this.#pending.size >= this.#maxInFlight) {
          this.tally.fail("behind: too many calls in flight");
          continue;
        }
        const call: Promise<void> = this.#call(due).then(
          () => {
            this.tally.ok += 1;
          },
          (error: unknown) => this.tally.fail(reasonOf(error)),
        );
        this.#pending.add(call);
        void call.finally(() => this.#pending.delete(call));
      }
      await sleep(TICK_MS);
    }
  }
}
