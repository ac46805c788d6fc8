import type { MetricsSink } from "@sluice/observability";
import type { RedisClient } from "./connection.ts";
import { type Durability, replicationWait } from "./durability.ts";
import type { StreamEntry } from "./envelope.ts";
import { InvalidInputError } from "./errors.ts";
import type { BatchHandler } from "./handler.ts";

export interface RunnerOptions {
  /** For commands (acks, claims, scripts). The caller owns it: the runner never closes it. */
  client: RedisClient;
  /** For the blocking reads only (see `createBlockingClient`). Also the caller's. */
  reader: RedisClient;
  stream: string;
  group: string;
  /** Tie it to the compute: ECS task id, Lambda request id, host name plus pid. */
  consumer: string;
  handler: BatchHandler;
  /** Entries per handler call (default 100). */
  batchSize?: number;
  /** How long one read waits for new entries (default 2000 ms). */
  blockMs?: number;
  /** After the first entry, wait up to this long to fill a batch (default 0: hand over what is there). */
  batchWindowMs?: number;
  /** Batches handled at once by this consumer (default 1). */
  concurrency?: number;
  /** An entry pending this long is taken over by another live consumer (default 30000 ms). */
  visibilityTimeoutMs?: number;
  /** How often to look for such entries (default: a fifth of the visibility timeout). */
  reclaimIntervalMs?: number;
  /** Deliveries, by Redis's own count, after which a failing entry is dead-lettered (default 5). */
  maxDeliveries?: number;
  /** Entries older than this (by their id's time) go to the dead-letter stream unprocessed (default: no limit). */
  maxRecordAgeMs?: number;
  /** On a thrown handler error, split the batch and retry the halves (default true). */
  bisectOnError?: boolean;
  /** Where a new group starts: "0" the whole stream (default), "$" only new entries. */
  startId?: "0" | "$";
  /** Other consumers idle this long with nothing pending are removed (default 10 minutes; 0 disables). */
  consumerIdleMs?: number;
  /** On stop, in-flight batches get this long to finish before their entries are handed back (default 10000). */
  shutdownTimeoutMs?: number;
  /**
   * Dead-letter moves confirmed only once replicas have them (default false): the moves of a batch are followed by
   * one WAIT, bounded by its `timeoutMs`; a move it does not confirm is counted (DeadLettersUnreplicated) and
   * reported to `onError` as `streams.not_replicated`, and the runner goes on.
   */
  durable?: Durability;
  /** Where the runner's metrics go; default none. */
  metrics?: MetricsSink;
  /** How often metrics are flushed (default 60000 ms). */
  metricsIntervalMs?: number;
  /** Called after Redis confirmed the acknowledgement of these entries (for latency figures and audits). */
  onAcknowledged?: (entries: StreamEntry[]) => void;
  /** Called for errors the runner recovers from (Redis unavailable, a failed ack); default: console.error. */
  onError?: (error: unknown) => void;
}

type OptionalSettings = "maxRecordAgeMs" | "metrics" | "onAcknowledged";
export type ResolvedRunnerOptions = Required<Omit<RunnerOptions, OptionalSettings>> &
  Pick<RunnerOptions, OptionalSettings>;

const DEFAULTS = {
  batchSize: 100,
  blockMs: 2000,
  batchWindowMs: 0,
  concurrency: 1,
  visibilityTimeoutMs: 30_000,
  maxDeliveries: 5,
  bisectOnError: true,
  startId: "0" as const,
  consumerIdleMs: 600_000,
  shutdownTimeoutMs: 10_000,
  metricsIntervalMs: 60_000,
  durable: false as Durability,
  onError: (error: unknown) => console.error("sluice runner:", error),
};

const KNOWN = new Set([
  ...Object.keys(DEFAULTS),
  "client",
  "reader",
  "stream",
  "group",
  "consumer",
  "handler",
  "reclaimIntervalMs",
  "maxRecordAgeMs",
  "metrics",
  "onAcknowledged",
]);

function invalid(message: string): InvalidInputError {
  return new InvalidInputError("streams.invalid_option", message);
}

function positiveInteger(name: string, value: unknown, { allowZero = false } = {}): void {
  if (!Number.isSafeInteger(value) || (value as number) < (allowZero ? 0 : 1)) {
    throw invalid(
      `Runner option ${name} must be ${allowZero ? "a non-negative" : "a positive"} integer, got ${value}`,
    );
  }
}

/** Defaults merged under the caller's options, every value checked: a typo or a bad number throws. */
export function resolveRunnerOptions(options: RunnerOptions): ResolvedRunnerOptions {
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw invalid(`Unknown runner option ${JSON.stringify(key)}`);
  }
  // An option given as undefined keeps its default.
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const merged = { ...DEFAULTS, ...given } as typeof DEFAULTS & RunnerOptions;
  const resolved = {
    ...merged,
    reclaimIntervalMs: options.reclaimIntervalMs ?? Math.max(100, Math.floor(merged.visibilityTimeoutMs / 5)),
  };
  for (const name of [
    "batchSize",
    "blockMs",
    "concurrency",
    "visibilityTimeoutMs",
    "reclaimIntervalMs",
  ] as const) {
    positiveInteger(name, resolved[name]);
  }
  for (const name of ["batchWindowMs", "consumerIdleMs", "shutdownTimeoutMs", "metricsIntervalMs"] as const) {
    positiveInteger(name, resolved[name], { allowZero: true });
  }
  positiveInteger("maxDeliveries", resolved.maxDeliveries);
  if (resolved.maxRecordAgeMs !== undefined) positiveInteger("maxRecordAgeMs", resolved.maxRecordAgeMs);
  replicationWait(resolved.durable, resolved.client);
  if (typeof resolved.handler !== "function") throw invalid("Runner option handler must be a function");
  if (resolved.startId !== "0" && resolved.startId !== "$")
    throw invalid('Runner option startId must be "0" or "$"');
  return resolved;
}
