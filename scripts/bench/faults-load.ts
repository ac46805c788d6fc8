// The steady publish load of the faults bench and what it measured: `senders` closed loops, each sending its next
// call once the last settled, every call recorded as it starts, so a call a client never settles stays visible as
// pending (a closed loop holds at most `senders` of them).
import { setTimeout as sleep } from "node:timers/promises";
import { SluiceError } from "@sluice/streams";

interface Call {
  startedAt: number;
  settledAt?: number;
  error?: unknown;
}

/** Between two calls of one sender, so both clients' loads share 2 cores with the redis-servers. */
const PAUSE_MS = 10;

/** What a client's calls did from `from` to `to` (performance.now() ms). */
export interface ClientFigures {
  /** Calls that settled in the window, and of them those that failed, by reason. */
  settled: number;
  failed: number;
  errors: Record<string, number>;
  /** The longest a call was pending in the window (a call still pending at `to` counts its age then). */
  max_call_ms: number;
  /** First failure to the first success after it: 0 without failures, null with no success after it. */
  outage_ms: number | null;
  /** The longest time in the window with no call succeeding. */
  stall_ms: number;
}

/** A Sluice error by its code; another by its name and the Redis error code (READONLY…) or its first sentence. */
function reason(error: unknown): string {
  if (error instanceof SluiceError) return error.code;
  if (!(error instanceof Error)) return String(error);
  const [first = ""] = error.message.split(" ");
  return `${error.name}: ${/^[A-Z]+$/.test(first) ? first : (error.message.split(". ")[0] ?? "").slice(0, 60)}`;
}

const round = (ms: number) => Math.round(ms);

export class FaultLoad {
  readonly #calls: Call[] = [];
  #running = true;
  readonly #loops: Promise<void>[];

  constructor(send: () => Promise<unknown>, senders: number) {
    this.#loops = Array.from({ length: senders }, async () => {
      while (this.#running) {
        const call: Call = { startedAt: performance.now() };
        this.#calls.push(call);
        try {
          await send();
        } catch (error) {
          call.error = error;
        }
        call.settledAt = performance.now();
        await sleep(PAUSE_MS);
      }
    });
  }

  /** Successful calls that settled at or after `since`. */
  successesSince(since: number): number {
    return this.#succeeded().filter((at) => at >= since).length;
  }

  /** From `event` to the first success that settled after it, or null if none did by `to`. */
  recoveredMs(event: number, to: number): number | null {
    const first = this.#succeeded().find((at) => at >= event && at <= to);
    return first === undefined ? null : round(first - event);
  }

  /** Calls started by `at` and not settled then. */
  pendingAt(at: number): number {
    return this.#calls.filter((c) => c.startedAt <= at && (c.settledAt ?? at + 1) > at).length;
  }

  figures(from: number, to: number): ClientFigures {
    const touching = this.#calls.filter((c) => c.startedAt <= to && (c.settledAt ?? to) >= from);
    const settled = touching.filter((c) => c.settledAt !== undefined && c.settledAt <= to);
    const failed = settled.filter((c) => c.error !== undefined);
    const errors: Record<string, number> = {};
    for (const { error } of failed) errors[reason(error)] = (errors[reason(error)] ?? 0) + 1;
    const ages = touching.map((c) => Math.min(c.settledAt ?? to, to) - c.startedAt);
    const firstFailure = Math.min(...failed.map((c) => c.settledAt as number));
    const successes = this.#succeeded().filter((at) => at >= from && at <= to);
    const bounds = [from, ...successes, to];
    const gaps = bounds.slice(1).map((at, i) => at - (bounds[i] as number));
    return {
      settled: settled.length,
      failed: failed.length,
      errors,
      max_call_ms: round(Math.max(0, ...ages)),
      outage_ms: failed.length === 0 ? 0 : this.recoveredMs(firstFailure, to),
      stall_ms: round(Math.max(...gaps)),
    };
  }

  /** Ends every sender after its current call; true if all ended within `capMs`, false if some call hangs. */
  async stop(capMs: number): Promise<boolean> {
    this.#running = false;
    const ended = Promise.all(this.#loops).then(() => true);
    const cap = new AbortController();
    const result = await Promise.race([ended, sleep(capMs, false, { signal: cap.signal }).catch(() => true)]);
    cap.abort();
    return result;
  }

  /** Settle times of the successful calls, in order. */
  #succeeded(): number[] {
    return this.#calls
      .filter((c) => c.settledAt !== undefined && c.error === undefined)
      .map((c) => c.settledAt as number)
      .sort((a, b) => a - b);
  }
}
