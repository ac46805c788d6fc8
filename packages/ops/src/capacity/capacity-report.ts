// The capacity report (weekly), from the memory audit's samples of the last 7 days: each stream's growth, ingest
// and consume rates, the memory trend, when used memory reaches 85% and 100% of maxmemory at that trend, and the
// node type (or shard count) that holds the memory projected at the horizon. Reads the samples only.
import { InvalidInputError, type RedisClient } from "@sluice/streams";
import { MEMORY_SAMPLES_KEY, type MemorySample, readMemorySamples } from "../audit/memory-samples.ts";
import { leastSquaresSlope } from "../least-squares.ts";
import { findNodeType, shardsNeeded, smallestNodeType } from "./node-sizing.ts";

export interface CapacityReportOptions {
  redis: RedisClient;
  /** The report's time, epoch ms (default now): the window is the 7 days before it. */
  now?: number;
  /** The node type in use: the recommendation then says how many shards of it hold the projected memory. */
  nodeType?: string;
  /** How far ahead the recommendation sizes for, days (default 90). */
  horizonDays?: number;
  /** The samples list (default MEMORY_SAMPLES_KEY). */
  samplesKey?: string;
}

export interface GroupCapacity {
  name: string;
  /** Δ entries-read / Δt between the first and last sample that know it, entries per second; null below two. */
  consumePerSecond: number | null;
}

export interface StreamCapacity {
  key: string;
  /** As of the latest sample. */
  bytes: number;
  length: number;
  /** Least-squares slopes over the stream's samples, net of trimming, per day; null below two samples. */
  bytesPerDay: number | null;
  entriesPerDay: number | null;
  /** Δ entries-added / Δt between the stream's first and last sample, entries per second; null below two. */
  ingestPerSecond: number | null;
  groups: GroupCapacity[];
}

export interface CapacityRecommendation {
  horizonDays: number;
  /** Used memory at the horizon: the latest plus the trend's growth (none when memory does not grow). */
  projectedBytes: number;
  /** The smallest node type holding projectedBytes under 70% of its usable memory; null when none does. */
  nodeType: string | null;
  /** With options.nodeType: how many shards of that type hold projectedBytes the same way. */
  shards: { nodeType: string; count: number } | null;
}

export interface CapacityReport {
  kind: "sluice.report.capacity";
  version: 1;
  /** ISO 8601. */
  at: string;
  /** The samples the report is made of: those of the 7 days before `at`. */
  window: { from: string | null; to: string | null; samples: number };
  memory: {
    /** As of the latest sample (all masters); null without samples. */
    usedBytes: number | null;
    /** 0 = none; null without samples. */
    maxmemoryBytes: number | null;
    /** Least-squares slope of used memory; null below two samples. */
    bytesPerDay: number | null;
    /**
     * When used memory reaches 85% and 100% of maxmemory at that slope, ISO 8601: the latest sample's time when it
     * already has; null when it has not and does not grow, or without maxmemory.
     */
    reaches85PercentAt: string | null;
    reaches100PercentAt: string | null;
  };
  /** Those of the latest sample, by key. */
  streams: StreamCapacity[];
  /** Null without samples. */
  recommendation: CapacityRecommendation | null;
}

const SECOND_MS = 1000;
const DAY_MS = 86_400_000;
const WINDOW_MS = 7 * DAY_MS;

/** Δvalue / Δt per second between the first and last point; null below two points or when a counter went back. */
function rate(points: [t: number, value: number][]): number | null {
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined || last[0] <= first[0] || last[1] < first[1]) return null;
  return ((last[1] - first[1]) / (last[0] - first[0])) * SECOND_MS;
}

const perDay = (slope: number | null) => (slope === null ? null : slope * DAY_MS);

function streamCapacity(key: string, samples: MemorySample[]): StreamCapacity {
  const seen = samples.flatMap((sample) => {
    const stream = sample.streams[key];
    return stream === undefined ? [] : [{ t: sample.t, ...stream }];
  });
  const latest = seen.at(-1);
  const groups = Object.keys(latest?.read ?? {}).sort();
  return {
    key,
    bytes: latest?.bytes ?? 0,
    length: latest?.length ?? 0,
    bytesPerDay: perDay(leastSquaresSlope(seen.map((s) => [s.t, s.bytes]))),
    entriesPerDay: perDay(leastSquaresSlope(seen.map((s) => [s.t, s.length]))),
    ingestPerSecond: rate(seen.map((s) => [s.t, s.added])),
    groups: groups.map((name) => ({
      name,
      consumePerSecond: rate(
        seen.flatMap((s) => {
          const read = s.read[name];
          return read === null || read === undefined ? [] : [[s.t, read] as [number, number]];
        }),
      ),
    })),
  };
}

/** When used memory reaches `share` of max at `slope` bytes/ms, epoch ms; null when it never does. */
function reachesAt(latest: MemorySample, slope: number | null, share: number): number | null {
  if (latest.max <= 0) return null;
  const target = latest.max * share;
  if (latest.used >= target) return latest.t;
  return slope !== null && slope > 0 ? latest.t + (target - latest.used) / slope : null;
}

const isoOrNull = (t: number | null | undefined) =>
  t === null || t === undefined ? null : new Date(t).toISOString();

function recommend(
  latest: MemorySample,
  bytesPerDay: number | null,
  horizonDays: number,
  nodeType: string | undefined,
): CapacityRecommendation {
  const projectedBytes = Math.round(latest.used + Math.max(0, bytesPerDay ?? 0) * horizonDays);
  const current = nodeType === undefined ? undefined : findNodeType(nodeType);
  return {
    horizonDays,
    projectedBytes,
    nodeType: smallestNodeType(projectedBytes)?.name ?? null,
    shards:
      current === undefined ? null : { nodeType: current.name, count: shardsNeeded(current, projectedBytes) },
  };
}

export async function capacityReport(options: CapacityReportOptions): Promise<CapacityReport> {
  const { redis, now = Date.now(), nodeType, horizonDays = 90, samplesKey = MEMORY_SAMPLES_KEY } = options;
  if (!(Number.isFinite(horizonDays) && horizonDays > 0)) {
    throw new InvalidInputError(
      "ops.invalid_option",
      `Capacity report: horizonDays must be > 0, got ${horizonDays}`,
    );
  }
  if (nodeType !== undefined) findNodeType(nodeType);
  const samples = (await readMemorySamples(redis, { key: samplesKey, since: now - WINDOW_MS })).filter(
    (sample) => sample.t <= now,
  );
  const latest = samples.at(-1);
  const slope = leastSquaresSlope(samples.map((sample) => [sample.t, sample.used]));
  const bytesPerDay = perDay(slope);
  return {
    kind: "sluice.report.capacity",
    version: 1,
    at: new Date(now).toISOString(),
    window: { from: isoOrNull(samples[0]?.t), to: isoOrNull(latest?.t), samples: samples.length },
    memory: {
      usedBytes: latest?.used ?? null,
      maxmemoryBytes: latest?.max ?? null,
      bytesPerDay,
      reaches85PercentAt: latest === undefined ? null : isoOrNull(reachesAt(latest, slope, 0.85)),
      reaches100PercentAt: latest === undefined ? null : isoOrNull(reachesAt(latest, slope, 1)),
    },
    streams: Object.keys(latest?.streams ?? {})
      .sort()
      .map((key) => streamCapacity(key, samples)),
    recommendation: latest === undefined ? null : recommend(latest, bytesPerDay, horizonDays, nodeType),
  };
}
