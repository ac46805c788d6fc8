// Requests per second per caller, shared by every process of a front door through Redis: API Gateway HTTP APIs have
// no usage plans, and its own throttle is per route, not per caller. GCRA (lua/rate-limit-1.ts) rather than a fixed
// window, which lets twice the rate through around a window's edge, or a sliding log, which keeps a sorted-set
// member per request: GCRA keeps one small key per active caller, spreads a burst's refill evenly, says exactly
// when the next request would pass (Retry-After), and costs one EVALSHA per request.
import type { RedisClient } from "./connection.ts";
import { InvalidInputError } from "./errors.ts";
import { rateLimitScript } from "./lua/rate-limit-1.ts";
import { runScript } from "./lua-script.ts";

export interface RateLimit {
  /** Sustained requests per second. */
  perSecond: number;
  /** Requests allowed at once after a quiet spell (at least 1). */
  burst: number;
}

/** The caller's GCRA state (its theoretical arrival time, µs). */
export const rateLimitKey = (caller: string) => `sluice:rate:${caller}`;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export class RateLimiter {
  readonly #client: RedisClient;
  readonly #interval: number;
  readonly #tolerance: number;

  constructor(client: RedisClient, { perSecond, burst }: RateLimit) {
    if (!(perSecond > 0) || !Number.isFinite(perSecond) || !Number.isSafeInteger(burst) || burst < 1) {
      throw new InvalidInputError(
        "streams.invalid_option",
        `A rate limit needs perSecond above 0 and a burst of at least 1, got ${perSecond}/s burst ${burst}`,
      );
    }
    this.#client = client;
    this.#interval = Math.round(1_000_000 / perSecond);
    this.#tolerance = this.#interval * (burst - 1);
  }

  /** Counts one request of `caller`; rejects (typed) when Redis does not answer. */
  async take(caller: string): Promise<RateDecision> {
    const wait = Number(
      await runScript(
        this.#client,
        rateLimitScript,
        [rateLimitKey(caller)],
        [this.#interval, this.#tolerance],
      ),
    );
    return wait === 0 ? { allowed: true } : { allowed: false, retryAfterMs: Math.ceil(wait / 1000) };
  }
}
