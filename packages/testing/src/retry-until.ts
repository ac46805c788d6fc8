import { setTimeout as sleep } from "node:timers/promises";

const RETRY_INTERVAL_MS = 25;

export interface RetryUntilOptions {
  /** What success means, for the timeout error: "PING", "cluster_state:ok on every node". */
  waitingFor: string;
  timeoutMs: number;
  /** Stops retrying at once (aborting a running attempt too) and throws the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Calls `attempt` until it resolves. The signal it receives aborts on timeout or on `options.signal`; an attempt
 * that can hang should pass it on. On timeout, the error names the last failure.
 */
export async function retryUntil<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  { waitingFor, timeoutMs, signal: stop }: RetryUntilOptions,
): Promise<T> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = stop ? AbortSignal.any([stop, timeout]) : timeout;
  let lastError: unknown = new Error("the first attempt did not finish");
  while (!signal.aborted) {
    try {
      return await attempt(signal);
    } catch (error) {
      if (!signal.aborted) lastError = error;
    }
    await sleep(RETRY_INTERVAL_MS);
  }
  if (stop?.aborted) throw stop.reason;
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${waitingFor}: ${reason}`, {
    cause: lastError,
  });
}
