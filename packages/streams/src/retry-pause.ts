// The pause before retrying a call Redis failed: doubling from 50 ms up to a cap, back to 0 once a call succeeds.
// Used wherever a loop keeps reading through an outage (runners, reply waits, gRPC Subscribe).

const FIRST_PAUSE_MS = 50;

/** The pause after `previousMs` (0 after a success): 50 ms, then twice the last, at most `maxMs`. */
export function nextRetryPauseMs(previousMs: number, maxMs: number): number {
  return Math.min(maxMs, Math.max(FIRST_PAUSE_MS, previousMs * 2));
}
