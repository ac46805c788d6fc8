// The consumers' configuration (functions/services/consumer.ts, functions/consumers/drain.ts, npm start): Redis as
// redis.ts finds it, the streams and group from SLUICE_CONSUMER_STREAMS (default `events`) and SLUICE_CONSUMER_GROUP
// (default `workers`), the runner's settings (dead-letter moves confirmed by a replica with
// SLUICE_DEAD_LETTER_DURABILITY=replicated), group-aware retention, and how early a Lambda stops reading.
import type { RetentionSchedule, RunnerOptions } from "@sluice/streams";
import {
  durability,
  type Environment,
  oneOf,
  positiveInteger,
  positiveIntegerOrZero,
  streamList,
  text,
} from "./env.ts";
import { type RedisConfig, withRedis } from "./redis.ts";

/** The runner settings that can be configured; absent ones keep the runner's defaults. */
type ConfiguredRunnerSettings = Pick<
  RunnerOptions,
  | "batchSize"
  | "concurrency"
  | "visibilityTimeoutMs"
  | "maxDeliveries"
  | "maxRecordAgeMs"
  | "shutdownTimeoutMs"
  | "durable"
>;

interface ConsumerSettings {
  streams: string[];
  group: string;
  runner: ConfiguredRunnerSettings;
  /** Group-aware retention applied by the long-running consumer; null when SLUICE_RETENTION=off. */
  retention: RetentionSchedule | null;
  /**
   * Retention keeps the entries the incremental backup has not backed up yet while its last run is at most this old,
   * ms (SLUICE_RETENTION_BACKUP_HOLD_MS, default 900000; 0 = never hold).
   */
  backupHoldMs: number;
  /** Lambda: stop reading this long before the invocation would time out (like Middy's timeoutEarlyInMillis). */
  timeoutEarlyMs: number;
}

const RUNNER_VARIABLES: Record<Exclude<keyof ConfiguredRunnerSettings, "durable">, string> = {
  batchSize: "SLUICE_BATCH_SIZE",
  concurrency: "SLUICE_CONCURRENCY",
  visibilityTimeoutMs: "SLUICE_VISIBILITY_TIMEOUT_MS",
  maxDeliveries: "SLUICE_MAX_DELIVERIES",
  maxRecordAgeMs: "SLUICE_MAX_RECORD_AGE_MS",
  shutdownTimeoutMs: "SLUICE_SHUTDOWN_TIMEOUT_MS",
};

function runnerSettings(env: Environment): ConfiguredRunnerSettings {
  const runner: ConfiguredRunnerSettings = {};
  const durable = durability(env, "SLUICE_DEAD_LETTER_DURABILITY");
  if (durable) runner.durable = durable;
  for (const [option, name] of Object.entries(RUNNER_VARIABLES) as [
    Exclude<keyof ConfiguredRunnerSettings, "durable">,
    string,
  ][]) {
    const value = positiveInteger(env, name);
    if (value !== undefined) runner[option] = value;
  }
  return runner;
}

/**
 * SLUICE_RETENTION (on|off, default on): trim what every group acknowledged every SLUICE_RETENTION_INTERVAL_MS
 * (default 60000), with optional caps SLUICE_RETENTION_MAX_LENGTH / SLUICE_RETENTION_MAX_AGE_MS and what caps may do
 * to unconsumed entries, SLUICE_RETENTION_ON_UNCONSUMED (protect|drop, default protect).
 */
function retentionSchedule(env: Environment): RetentionSchedule | null {
  if (oneOf(env, "SLUICE_RETENTION", ["on", "off"]) === "off") return null;
  const maxLength = positiveInteger(env, "SLUICE_RETENTION_MAX_LENGTH");
  const maxAgeMs = positiveInteger(env, "SLUICE_RETENTION_MAX_AGE_MS");
  return {
    intervalMs: positiveInteger(env, "SLUICE_RETENTION_INTERVAL_MS") ?? 60_000,
    onUnconsumed: oneOf(env, "SLUICE_RETENTION_ON_UNCONSUMED", ["protect", "drop"]) ?? "protect",
    ...(maxLength !== undefined && { maxLength }),
    ...(maxAgeMs !== undefined && { maxAgeMs }),
  };
}

export type ConsumerConfig = RedisConfig & ConsumerSettings;

/** The consumers' configuration; unset settings get their defaults, a bad one throws naming its variable. */
export const loadConsumerConfig = withRedis((env): ConsumerSettings => {
  const runner = runnerSettings(env);
  return {
    streams: streamList(env, "SLUICE_CONSUMER_STREAMS", "events"),
    group: text(env, "SLUICE_CONSUMER_GROUP") ?? "workers",
    runner,
    retention: retentionSchedule(env),
    backupHoldMs: positiveIntegerOrZero(env, "SLUICE_RETENTION_BACKUP_HOLD_MS") ?? 900_000,
    timeoutEarlyMs: positiveInteger(env, "SLUICE_TIMEOUT_EARLY_MS") ?? 1500,
  };
});
