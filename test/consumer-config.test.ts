// The consumers' settings (functions/config/consumer.ts): streams, group, the runner's settings, retention, the
// backup hold and the early stop, with their defaults; and the consumer name a long-running process reads under.
import { describe, expect, it } from "vitest";
import { loadConsumerConfig } from "../functions/config/consumer.ts";
import { resolveConsumerName } from "../functions/config/consumer-name.ts";
import { configError } from "./support/config-error.ts";

const URL_VAR = { SLUICE_REDIS_URL: "redis://127.0.0.1:6390" };

/** The consumer settings of `env` (with a Redis URL), without where Redis is. */
function settings(env: Record<string, string>) {
  const {
    redis: _redis,
    redisSource: _source,
    ...consumer
  } = loadConsumerConfig({ ...URL_VAR, ...env }, null);
  return consumer;
}

describe("consumer settings", () => {
  it("has defaults, and leaves unset runner settings out so the runner's defaults apply", () => {
    expect(settings({})).toEqual({
      streams: ["events"],
      group: "workers",
      runner: {},
      retention: { intervalMs: 60_000, onUnconsumed: "protect" },
      backupHoldMs: 900_000,
      timeoutEarlyMs: 1500,
    });
  });

  it("reads retention settings and can turn retention off", () => {
    const retention = (env: Record<string, string>) => settings(env).retention;
    expect(
      retention({
        SLUICE_RETENTION_INTERVAL_MS: "5000",
        SLUICE_RETENTION_MAX_LENGTH: "100000",
        SLUICE_RETENTION_MAX_AGE_MS: "3600000",
        SLUICE_RETENTION_ON_UNCONSUMED: "drop",
      }),
    ).toEqual({ intervalMs: 5000, maxLength: 100_000, maxAgeMs: 3_600_000, onUnconsumed: "drop" });
    expect(retention({ SLUICE_RETENTION: "off" })).toBeNull();
    const hold = settings({ SLUICE_RETENTION_BACKUP_HOLD_MS: "0" });
    expect(hold.backupHoldMs).toBe(0);
    expect(configError(() => retention({ SLUICE_RETENTION_ON_UNCONSUMED: "evict" }))).toBe(
      'SLUICE_RETENTION_ON_UNCONSUMED must be "protect" or "drop", got "evict"',
    );
  });

  it("reads every setting", () => {
    const config = settings({
      SLUICE_CONSUMER_STREAMS: " a , b.c ",
      SLUICE_CONSUMER_GROUP: "g1",
      SLUICE_BATCH_SIZE: "50",
      SLUICE_CONCURRENCY: "4",
      SLUICE_VISIBILITY_TIMEOUT_MS: "60000",
      SLUICE_MAX_DELIVERIES: "3",
      SLUICE_MAX_RECORD_AGE_MS: "86400000",
      SLUICE_SHUTDOWN_TIMEOUT_MS: "20000",
      SLUICE_TIMEOUT_EARLY_MS: "3000",
      SLUICE_RETENTION_BACKUP_HOLD_MS: "120000",
      SLUICE_DEAD_LETTER_DURABILITY: "replicated",
      SLUICE_CONCURRENCY_TYPO: "ignored",
    });
    expect(config).toEqual({
      streams: ["a", "b.c"],
      group: "g1",
      runner: {
        batchSize: 50,
        concurrency: 4,
        visibilityTimeoutMs: 60000,
        maxDeliveries: 3,
        maxRecordAgeMs: 86400000,
        shutdownTimeoutMs: 20000,
        durable: {},
      },
      retention: { intervalMs: 60_000, onUnconsumed: "protect" },
      backupHoldMs: 120_000,
      timeoutEarlyMs: 3000,
    });
  });

  it.each(["abc", "0", "-1", "1.5", "1e3", "12abc", "99999999999999999999"])(
    "rejects SLUICE_BATCH_SIZE=%s",
    (value) => {
      expect(configError(() => settings({ SLUICE_BATCH_SIZE: value }))).toBe(
        `SLUICE_BATCH_SIZE must be a positive integer, got ${JSON.stringify(value)}`,
      );
    },
  );

  it("treats an empty value as unset", () => {
    expect(settings({ SLUICE_BATCH_SIZE: "", SLUICE_CONSUMER_GROUP: " " })).toMatchObject({
      group: "workers",
      runner: {},
    });
  });

  it("moves dead letters without waiting for a replica unless SLUICE_DEAD_LETTER_DURABILITY=replicated", () => {
    expect(settings({}).runner).toEqual({});
    expect(settings({ SLUICE_DEAD_LETTER_DURABILITY: "none" }).runner).toEqual({});
    expect(configError(() => settings({ SLUICE_DEAD_LETTER_DURABILITY: "all" }))).toBe(
      'SLUICE_DEAD_LETTER_DURABILITY must be "replicated" or "none", got "all"',
    );
  });

  it("rejects bad and repeated stream names", () => {
    expect(configError(() => settings({ SLUICE_CONSUMER_STREAMS: "ok,Bad Name" }))).toMatch(
      /^SLUICE_CONSUMER_STREAMS: Invalid stream name "Bad Name": .* in "ok,Bad Name"$/,
    );
    expect(configError(() => settings({ SLUICE_CONSUMER_STREAMS: "a,,b" }))).toMatch(
      /Invalid stream name ""/,
    );
    expect(configError(() => settings({ SLUICE_CONSUMER_STREAMS: "a,b,a" }))).toBe(
      "SLUICE_CONSUMER_STREAMS names a stream twice: a,b,a",
    );
  });
});

describe("consumer names", () => {
  it("use the ECS task's metadata path segment, else host name and pid", () => {
    const ecs = {
      ECS_CONTAINER_METADATA_URI_V4: "http://169.254.170.2/v4/6d3d4e5c19a3488a8d3c55e72afaa07b-3810124245",
    };
    expect(resolveConsumerName(ecs)).toBe("ecs-6d3d4e5c19a3488a8d3c55e72afaa07b-3810124245");
    expect(resolveConsumerName({})).toMatch(new RegExp(`-${process.pid}$`));
  });
});
