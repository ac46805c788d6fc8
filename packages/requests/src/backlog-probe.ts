import { NotFoundError, type RedisClient, toStreamsError } from "@sluice/streams";
import { BacklogFullError } from "./errors.ts";
import type { RequestKeys } from "./request-keys.ts";

interface Backlog {
  /** Requests not yet answered: undelivered to the worker group (lag) plus delivered and not acknowledged. */
  backlog: number;
  /** False when no worker group serves the route (its stream or group does not exist). */
  served: boolean;
}

function field(flat: unknown[], name: string): unknown {
  for (let i = 0; i + 1 < flat.length; i += 2) if (String(flat[i]) === name) return flat[i + 1];
  return undefined;
}

/**
 * Measures a route's backlog as the worker group's lag plus its pending count (one XINFO GROUPS, O(1) per group
 * on Redis 7), cached per route for `cacheMs` and shared by concurrent callers: a busy ingress asks Redis at most
 * ten times a second per route. XLEN would count acknowledged requests that retention has not trimmed yet.
 */
const MAX_CACHED_ROUTES = 1000;

export class BacklogProbe {
  readonly #client: RedisClient;
  readonly #group: string;
  readonly #cacheMs: number;
  readonly #cache = new Map<string, { at: number; value: Promise<Backlog> }>();

  constructor(client: RedisClient, group: string, cacheMs: number) {
    this.#client = client;
    this.#group = group;
    this.#cacheMs = cacheMs;
  }

  /** Throws `NotFoundError` when nobody serves the route, `BacklogFullError` when it is over `limit`. */
  async check(keys: RequestKeys, limit: number, retryAfterSeconds: number): Promise<void> {
    const { backlog, served } = await this.#measure(keys);
    if (!served) {
      throw new NotFoundError(
        "requests.unknown_route",
        `No proxy workers serve route ${JSON.stringify(keys.route)} (no group ${JSON.stringify(this.#group)} on its stream)`,
        { details: { route: keys.route } },
      );
    }
    if (backlog >= limit) throw new BacklogFullError(keys.route, backlog, limit, retryAfterSeconds);
  }

  #measure(keys: RequestKeys): Promise<Backlog> {
    const now = Date.now();
    const cached = this.#cache.get(keys.route);
    if (cached && now - cached.at < this.#cacheMs) return cached.value;
    const value = this.#read(keys);
    // Route names come from callers: never keep more than a measurement period's worth of them.
    if (this.#cache.size >= MAX_CACHED_ROUTES) {
      for (const [route, entry] of this.#cache)
        if (now - entry.at >= this.#cacheMs) this.#cache.delete(route);
    }
    this.#cache.set(keys.route, { at: now, value });
    value.catch(() => this.#cache.delete(keys.route));
    return value;
  }

  async #read(keys: RequestKeys): Promise<Backlog> {
    let groups: unknown[][];
    try {
      groups = (await this.#client.call("XINFO", "GROUPS", keys.stream.stream)) as unknown[][];
    } catch (error) {
      if (error instanceof Error && /no such key/i.test(error.message)) return { backlog: 0, served: false };
      throw toStreamsError(error);
    }
    const group = groups.find((g) => String(field(g, "name")) === this.#group);
    if (!group) return { backlog: 0, served: false };
    const pending = Number(field(group, "pending"));
    const lag = field(group, "lag");
    if (lag !== null && lag !== undefined) return { backlog: Number(lag) + pending, served: true };
    // Redis cannot tell the lag (entries deleted inside the group's range): XLEN is an upper bound.
    const length = await this.#client.xlen(keys.stream.stream).catch((error) => {
      throw toStreamsError(error);
    });
    return { backlog: Math.max(length, pending), served: true };
  }
}
