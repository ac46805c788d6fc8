// The memory audit (every 10 minutes): each master's memory and how close it is to maxmemory, each stream's bytes,
// length, TTL, groups and what group-aware retention would free now, which streams eviction may delete, and growth
// and time-to-full from the samples of the last 6 hours (memory-growth.ts: only from enough of them, over enough
// time, on a clear trend). It writes one sample to the samples list (for later audits and the capacity report) and
// nothing else. The job layer stores the report and its summary in S3 and sends metrics.
import { InvalidInputError, masters, type RedisClient } from "@sluice/streams";
import { scanKeys } from "../scan-keys.ts";
import { evictionExposure } from "./eviction-exposure.ts";
import type { MemoryAuditReport } from "./memory-audit-report.ts";
import { memoryFindings } from "./memory-findings.ts";
import { GROWTH_WINDOW_MS, memoryGrowth } from "./memory-growth.ts";
import {
  MEMORY_SAMPLES_KEPT,
  MEMORY_SAMPLES_KEY,
  type MemorySample,
  readMemorySamples,
  recordMemorySample,
} from "./memory-samples.ts";
import { type MemoryThresholds, type NodeMemory, readNodeMemory } from "./node-memory.ts";
import { readStreamMemory, type StreamMemory } from "./stream-memory.ts";

export interface MemoryAuditOptions {
  redis: RedisClient;
  /** The audit's time, epoch ms (default now): the sample's time, and what pending ages are measured from. */
  now?: number;
  /** Shares of maxmemory for the levels; default { warning: 0.7, critical: 0.85 }. */
  thresholds?: Partial<MemoryThresholds>;
  /** The samples list (default MEMORY_SAMPLES_KEY). */
  samplesKey?: string;
  /** Samples the list keeps (default MEMORY_SAMPLES_KEPT). */
  samplesKept?: number;
  /** Entries counted below a stream's safe point before the count turns into an estimate (default 10,000). */
  maxCountedEntries?: number;
  /** A group's oldest pending entry older than this is a finding, ms (default one hour). */
  pendingAgeWarningMs?: number;
}

const HOUR_MS = 3_600_000;

function invalid(message: string): InvalidInputError {
  return new InvalidInputError("ops.invalid_option", `Memory audit: ${message}`);
}

/** `counts`: name → [value, least allowed]. */
function validate(thresholds: MemoryThresholds, counts: Record<string, [number, number]>): void {
  const { warning, critical } = thresholds;
  if (!(warning > 0 && warning < critical && critical <= 1)) {
    throw invalid(`thresholds need 0 < warning < critical <= 1, got ${warning} and ${critical}`);
  }
  for (const [name, [value, least]] of Object.entries(counts)) {
    if (!(Number.isSafeInteger(value) && value >= least))
      throw invalid(`${name} must be an integer >= ${least}`);
  }
}

function toSample(t: number, nodes: NodeMemory[], streams: StreamMemory[]): MemorySample {
  const bounded = nodes.every((node) => node.maxmemoryBytes > 0);
  return {
    t,
    used: nodes.reduce((sum, node) => sum + node.usedBytes, 0),
    max: bounded ? nodes.reduce((sum, node) => sum + node.maxmemoryBytes, 0) : 0,
    streams: Object.fromEntries(
      streams.map((stream) => [
        stream.key,
        {
          bytes: stream.bytes,
          length: stream.length,
          added: stream.entriesAdded,
          read: Object.fromEntries(stream.groups.map((group) => [group.name, group.entriesRead])),
        },
      ]),
    ),
  };
}

export async function auditMemory(options: MemoryAuditOptions): Promise<MemoryAuditReport> {
  const {
    redis,
    now = Date.now(),
    samplesKey = MEMORY_SAMPLES_KEY,
    samplesKept = MEMORY_SAMPLES_KEPT,
    maxCountedEntries = 10_000,
    pendingAgeWarningMs = HOUR_MS,
  } = options;
  const thresholds = { warning: 0.7, critical: 0.85, ...options.thresholds };
  validate(thresholds, {
    samplesKept: [samplesKept, 1],
    maxCountedEntries: [maxCountedEntries, 0],
    pendingAgeWarningMs: [pendingAgeWarningMs, 0],
  });
  const nodes = await Promise.all((await masters(redis)).map((node) => readNodeMemory(node, thresholds)));
  const streams: StreamMemory[] = [];
  for (const key of (await scanKeys(redis)).streams) {
    const stream = await readStreamMemory(redis, key, now, maxCountedEntries);
    if (stream !== null) streams.push(stream);
  }
  const sample = toSample(now, nodes, streams);
  const history = await readMemorySamples(redis, { key: samplesKey, since: now - GROWTH_WINDOW_MS });
  let sampleError: string | null = null;
  try {
    await recordMemorySample(redis, sample, { key: samplesKey, kept: samplesKept });
  } catch (error) {
    sampleError = error instanceof Error ? error.message : String(error);
  }
  const report = {
    kind: "sluice.audit.memory" as const,
    version: 1 as const,
    at: new Date(now).toISOString(),
    nodes,
    streams,
    evictionExposure: evictionExposure(nodes, streams),
    growth: memoryGrowth([...history, sample], sample),
  };
  return { ...report, findings: memoryFindings(report, { pendingAgeWarningMs, sampleError }) };
}
