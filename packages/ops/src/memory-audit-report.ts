// What a memory audit reports: each master's memory, each stream's share and what retention would free from it,
// which streams eviction may delete, growth and time-to-full, and findings with their fixes. Plain JSON.
import type { EvictionExposure } from "./eviction-exposure.ts";
import type { NodeMemory } from "./node-memory.ts";
import type { StreamMemory } from "./stream-memory.ts";

export interface MemoryGrowth {
  /** Least-squares slope of used memory (all masters) over the samples of the last 6 hours; null below two. */
  bytesPerHour: number | null;
  /** (maxmemory − used) / slope, when memory grows and every master has a maxmemory; else null. */
  timeToFullMs: number | null;
  /** Samples the slope was fitted to, this audit's included. */
  samples: number;
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
