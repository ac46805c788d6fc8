// Reconnect back-off with full jitter: after a failover every client of a fleet loses its connection at the same
// instant; a fixed exponential would bring them all back at the same instants too (a reconnect storm).

const BASE_DELAY_MS = 50;

/**
 * The wait before reconnect attempt `attempt` (1, 2, …): uniform between 0 and the exponential ceiling
 * (50 ms × 2^attempt, capped at `maxDelayMs`) — "full jitter", which spreads a fleet's reconnects over the whole
 * window instead of bunching them.
 */
export function reconnectDelay(attempt: number, maxDelayMs: number, random = Math.random): number {
  const ceiling = Math.min(maxDelayMs, BASE_DELAY_MS * 2 ** Math.min(attempt, 30));
  return Math.round(random() * ceiling);
}
