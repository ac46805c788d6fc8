// What a memory audit reports: each master's memory, each stream's share and what retention would free from it,
// which streams eviction may delete, growth and time-to-full, and findings with their fixes. Plain JSON.
import type { EvictionExposure } from "./eviction-exposure.ts";
import type { NodeMemory } from "./node-memory.ts";
import type { StreamMemory } from "./stream-memory.ts";

/**
 * Used memory's trend. An estimate needs enough history (MIN_GROWTH_SAMPLES samples spanning MIN_GROWTH_SPAN_MS, of
 * the last 6 hours) and a fit that is no noise (the slope at least three standard errors from zero); otherwise
 * `basis` says why there is none, with what history exists.
 */
export interface MemoryGrowth {
  /** "fitted": bytesPerHour is the trend; "not_enough_history": too few samples or too short a span; "noise". */
  basis: "fitted" | "not_enough_history" | "noise";
  /** Least-squares slope of used memory (all masters) over `samples`; null unless fitted. */
  bytesPerHour: number | null;
  /** (maxmemory − used) / slope, when fitted, memory grows and every master has a maxmemory; else null. */
  timeToFullMs: number | null;
  /** Samples of the last 6 hours, this audit's included. */
  samples: number;
  /** Time from the oldest of them to this audit, ms. */
  spanMs: number;
}

export interface Finding {
  /** Stable, e.g. `memory.critical`; the same id repeats for each node, stream or group it is about. */
  id: string;
  severity: "critical" | "warning" | "info";
  message: string;
  fix: string;
}

export interface MemoryAuditReport {
  kind: "sluice.audit.memory";
  version: 1;
  /** When the audit ran, ISO 8601. */
  at: string;
  /** One per master. */
  nodes: NodeMemory[];
  /** Sorted by key. */
  streams: StreamMemory[];
  evictionExposure: EvictionExposure;
  growth: MemoryGrowth;
  /** Most severe first. */
  findings: Finding[];
}
