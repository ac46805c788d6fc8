// What `npm run soak` reports from its samples: each series' last value and, over the samples taken after the
// warm-up, its least-squares slope per 10 minutes (memory in MB = MiB, descriptors as a count); then the verdict
// against SOAK_TARGETS, with a line per failed target so a failing run says what grew.
import { leastSquaresSlope } from "@sluice/ops";
import type { LoadCount } from "./paced-calls.ts";
import { SOAK_TARGETS, type SoakOptions } from "./soak-options.ts";

const MB = 1024 * 1024;
const TEN_MINUTES_MS = 600_000;

/** One sample of a Sluice process, `atMs` from the start of the load. */
export interface ProcessSample {
  atMs: number;
  rssBytes: number;
  heapUsedBytes: number;
  fds: number;
}

/** One sample of the redis-server: INFO memory's used_memory, and its process's RSS and descriptors. */
export interface RedisSample {
  atMs: number;
  usedMemoryBytes: number;
  rssBytes: number;
  fds: number;
}

/** What the load did, by kind (HTTP publish, gRPC publish, request-reply…). */
export type LoadCounts = Record<string, LoadCount>;

export interface SoakRecord {
  options: SoakOptions;
  /** Per service: its samples in order and how often it was restarted (starts − 1). */
  processes: Record<string, { samples: ProcessSample[]; restarts: number }>;
  redis: RedisSample[];
  load: LoadCounts;
}

export interface ProcessFigures {
  rss_mb: number;
  rss_slope_mb_per_10min: number | null;
  heap_mb: number;
  heap_slope_mb_per_10min: number | null;
  fds: number;
  fds_slope_per_10min: number | null;
  restarts: number;
}

export interface SoakReport {
  bench: "soak";
  minutes: number;
  warmup_minutes: number;
  interval_seconds: number;
  /** Samples per series; those after the warm-up make the slopes. */
  samples: number;
  samples_after_warmup: number;
  rate: number;
  processes: Record<string, ProcessFigures>;
  redis: {
    used_memory_mb: number;
    slope_mb_per_10min: number | null;
    rss_mb: number;
    rss_slope_mb_per_10min: number | null;
    fds: number;
    fds_slope_per_10min: number | null;
  };
  load: LoadCounts;
  /** Load calls that failed, all kinds together. */
  errors: number;
  targets: { memory_mb_per_10min: number; fds_per_10min: number };
  pass: boolean;
  /** One line per missed target; empty when the run passes. */
  failures: string[];
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The least-squares slope of `value` over the samples at or after `fromMs`, per 10 minutes; null below two. */
export function slopePer10Min<T extends { atMs: number }>(
  samples: readonly T[],
  value: (sample: T) => number,
  fromMs: number,
): number | null {
  const points = samples.filter((s) => s.atMs >= fromMs).map((s) => [s.atMs, value(s)] as const);
  const slope = leastSquaresSlope(points);
  return slope === null ? null : slope * TEN_MINUTES_MS;
}

/** The report of a run: figures, slopes after the warm-up, and the verdict. */
export function soakReport(record: SoakRecord): SoakReport {
  const { options } = record;
  const fromMs = options.warmupMinutes * 60_000;
  const failures: string[] = [];
  const mbSlope = <T extends { atMs: number }>(samples: T[], bytes: (s: T) => number) => {
    const slope = slopePer10Min(samples, bytes, fromMs);
    return slope === null ? null : round(slope / MB, 3);
  };
  const countSlope = <T extends { atMs: number }>(samples: T[], count: (s: T) => number) => {
    const slope = slopePer10Min(samples, count, fromMs);
    return slope === null ? null : round(slope, 2);
  };
  /** A slope at or over its target, or missing, is a failure of `what`. */
  const check = (what: string, slope: number | null, target: number, unit: string) => {
    if (slope === null) failures.push(`${what}: no slope (fewer than two samples after the warm-up)`);
    else if (slope >= target) failures.push(`${what}: ${slope} ${unit} per 10 minutes (target < ${target})`);
  };
  const memoryTarget = SOAK_TARGETS.memoryMbPer10Min;
  const fdsTarget = SOAK_TARGETS.fdsPer10Min;

  const processes: Record<string, ProcessFigures> = {};
  for (const [name, { samples, restarts }] of Object.entries(record.processes)) {
    const last = samples.at(-1);
    const figures: ProcessFigures = {
      rss_mb: last ? round(last.rssBytes / MB, 1) : 0,
      rss_slope_mb_per_10min: mbSlope(samples, (s) => s.rssBytes),
      heap_mb: last ? round(last.heapUsedBytes / MB, 1) : 0,
      heap_slope_mb_per_10min: mbSlope(samples, (s) => s.heapUsedBytes),
      fds: last?.fds ?? 0,
      fds_slope_per_10min: countSlope(samples, (s) => s.fds),
      restarts,
    };
    processes[name] = figures;
    check(`${name} RSS`, figures.rss_slope_mb_per_10min, memoryTarget, "MB");
    check(`${name} heap after GC`, figures.heap_slope_mb_per_10min, memoryTarget, "MB");
    check(`${name} descriptors`, figures.fds_slope_per_10min, fdsTarget, "descriptors");
    if (restarts > 0) failures.push(`${name}: restarted ${restarts} time${restarts === 1 ? "" : "s"}`);
  }

  const lastRedis = record.redis.at(-1);
  const redis = {
    used_memory_mb: lastRedis ? round(lastRedis.usedMemoryBytes / MB, 2) : 0,
    slope_mb_per_10min: mbSlope(record.redis, (s) => s.usedMemoryBytes),
    rss_mb: lastRedis ? round(lastRedis.rssBytes / MB, 1) : 0,
    rss_slope_mb_per_10min: mbSlope(record.redis, (s) => s.rssBytes),
    fds: lastRedis?.fds ?? 0,
    fds_slope_per_10min: countSlope(record.redis, (s) => s.fds),
  };
  check("Redis used_memory", redis.slope_mb_per_10min, memoryTarget, "MB");
  check("redis-server descriptors", redis.fds_slope_per_10min, fdsTarget, "descriptors");

  const samples = Math.max(
    record.redis.length,
    ...Object.values(record.processes).map((p) => p.samples.length),
  );
  return {
    bench: "soak",
    minutes: options.minutes,
    warmup_minutes: options.warmupMinutes,
    interval_seconds: options.intervalSeconds,
    samples,
    samples_after_warmup: record.redis.filter((s) => s.atMs >= fromMs).length,
    rate: options.rate,
    processes,
    redis,
    load: record.load,
    errors: Object.values(record.load).reduce((sum, { failed }) => sum + failed, 0),
    targets: { memory_mb_per_10min: memoryTarget, fds_per_10min: fdsTarget },
    pass: failures.length === 0,
    failures,
  };
}
