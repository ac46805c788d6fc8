import type { MetricsSink } from "@sluice/observability";
import { InvalidInputError, type ProducerOptions, type RedisClient } from "@sluice/streams";

/** Options shared by both request clients. */
export interface RequestClientOptions {
  /** For commands (XADD, XINFO, the reply stream's upkeep). The caller's: never closed here. */
  client: RedisClient;
  /** For the blocking reads only (`createBlockingClient`); the caller's too. */
  reader: RedisClient;
  /** The proxy workers' consumer group (default `proxy`): its lag plus pending is the route's backlog. */
  group?: string;
  /** Requests waiting or in progress on a route beyond which new ones are refused (default 1000; Infinity: no check). */
  backlogLimit?: number;
  /** How long a backlog measurement is reused (default 100 ms). */
  backlogCacheMs?: number;
  /** What BacklogFullError suggests (default 1 s). */
  retryAfterSeconds?: number;
  /** Deadline when a request gives none (default 10000 ms). */
  defaultTimeoutMs?: number;
  /** Longest wait accepted (default 900000 ms). */
  maxTimeoutMs?: number;
  /** Largest request frame, head and body (default 1 MiB). */
  maxRequestBytes?: number;
  /** Where requests Redis refused to take are counted (PublishFailures of the route's stream); default nowhere. */
  metrics?: MetricsSink;
  /** A route stream's own publish settings (the Producer's `settingsFor`, e.g. the platform's stream table). */
  settingsFor?: ProducerOptions["settingsFor"];
}

export const DEFAULT_GROUP = "proxy";

export const CLIENT_DEFAULTS = {
  group: DEFAULT_GROUP,
  backlogLimit: 1000,
  backlogCacheMs: 100,
  retryAfterSeconds: 1,
  defaultTimeoutMs: 10_000,
  maxTimeoutMs: 900_000,
  maxRequestBytes: 1024 * 1024,
};

/** Options of both clients that have no default. */
export const CLIENT_OPTIONAL = ["metrics", "settingsFor"] as const;

export type ResolvedClientOptions = typeof CLIENT_DEFAULTS &
  Pick<RequestClientOptions, "client" | "reader" | (typeof CLIENT_OPTIONAL)[number]>;

/** Defaults merged under the given options; unknown names and bad numbers throw `requests.invalid_option`. */
export function resolveOptions<D extends Record<string, unknown>, O extends object>(
  what: string,
  defaults: D,
  options: O,
  required: readonly string[],
  extra: readonly string[] = [],
  allowZero: readonly string[] = [],
): D & O {
  const known = new Set([...Object.keys(defaults), ...required, ...extra]);
  const invalid = (message: string) => new InvalidInputError("requests.invalid_option", message);
  for (const key of Object.keys(options)) {
    if (!known.has(key)) throw invalid(`Unknown ${what} option ${JSON.stringify(key)}`);
  }
  for (const key of required) {
    if ((options as Record<string, unknown>)[key] === undefined)
      throw invalid(`${what} option ${key} is required`);
  }
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const merged = { ...defaults, ...given } as D & O;
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = (merged as Record<string, unknown>)[key];
    if (typeof fallback !== "number") continue;
    const least = allowZero.includes(key) ? 0 : 1;
    if (
      !(typeof value === "number" && value >= least && (Number.isSafeInteger(value) || value === Infinity))
    ) {
      const what_ = least === 0 ? "a non-negative" : "a positive";
      throw invalid(`${what} option ${key} must be ${what_} integer, got ${String(value)}`);
    }
  }
  return merged;
}

export function resolveClientOptions(options: RequestClientOptions, extra: readonly string[] = []) {
  return resolveOptions(
    "request client",
    CLIENT_DEFAULTS,
    options,
    ["client", "reader"],
    [...CLIENT_OPTIONAL, ...extra],
  );
}
