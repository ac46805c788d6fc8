// The audit jobs' metrics and log lines from known reports: exact names, units, values and dimensions, what is left
// out when a figure is unknown, and the level from the worst finding.
import { describe, expect, it } from "vitest";
import {
  type ConfigAuditReport,
  configAuditLogEntry,
  configAuditMetrics,
  type MemoryAuditReport,
  memoryAuditLogEntry,
  memoryAuditMetrics,
  type NodeMemory,
  type StreamMemory,
} from "../../src/audit/index.ts";

const MIB = 1024 * 1024;

const node = (address: string, fields: Partial<NodeMemory>): NodeMemory => ({
  address,
  usedBytes: 0,
  rssBytes: 0,
  peakBytes: 0,
  maxmemoryBytes: 0,
  policy: "noeviction",
  fragmentationRatio: 1,
  allocatorFragRatio: null,
  usedRatio: null,
  level: "unbounded",
  evictedKeys: 0,
  ...fields,
});

const stream = (key: string, bytes: number, trimmableBytes: number): StreamMemory => ({
  key,
  bytes,
  length: 10,
  entriesAdded: 10,
  ttlMs: -1,
  groups: [],
  trimmableEntries: 1,
  trimmableBytes,
  trimmableCount: "exact",
});

const memoryReport = (fields: Partial<MemoryAuditReport> = {}): MemoryAuditReport => ({
  kind: "sluice.audit.memory",
  version: 1,
  at: "2026-12-02T03:00:00.000Z",
  nodes: [
    node("10.0.0.1:6379", {
      usedBytes: 48 * MIB,
      maxmemoryBytes: 64 * MIB,
      usedRatio: 0.75,
      fragmentationRatio: 1.25,
      evictedKeys: 3,
    }),
    node("10.0.0.2:6379", {
      usedBytes: 16 * MIB,
      maxmemoryBytes: 64 * MIB,
      usedRatio: 0.25,
      fragmentationRatio: 1.5,
      evictedKeys: 4,
    }),
  ],
  streams: [stream("sluice:{a}", 3000, 1000), stream("sluice:{b}", 500, 250)],
  evictionExposure: { policy: "allkeys-lru", exposedStreams: ["sluice:{a}", "sluice:{b}"], reason: "" },
  growth: { basis: "fitted", bytesPerHour: MIB, timeToFullMs: 5_400_000, samples: 12, spanMs: 7_200_000 },
  findings: [
    {
      id: "eviction.streams_exposed",
      severity: "critical",
      message: "2 streams exposed.",
      fix: "noeviction",
    },
    { id: "memory.warning", severity: "warning", message: "75% used.", fix: "trim" },
  ],
  ...fields,
});

describe("memory audit metrics", () => {
  it("sends the fullest master's share, the sums, the worst fragmentation and each stream's bytes", () => {
    expect(memoryAuditMetrics(memoryReport())).toEqual([
      {
        dimensions: {},
        data: [
          { name: "MemoryUsedPercent", unit: "Percent", value: 75 },
          { name: "MemoryUsedBytes", unit: "Bytes", value: 64 * MIB },
          { name: "MemoryFragmentationRatio", unit: "None", value: 1.5 },
          { name: "EvictedKeys", unit: "Count", value: 7 },
          { name: "EvictionExposedStreams", unit: "Count", value: 2 },
          { name: "TrimmableBytes", unit: "Bytes", value: 1250 },
          { name: "MemoryTimeToFullHours", unit: "None", value: 1.5 },
          { name: "MemoryCriticalFindings", unit: "Count", value: 1 },
        ],
      },
      { dimensions: { Stream: "sluice:{a}" }, data: [{ name: "StreamBytes", unit: "Bytes", value: 3000 }] },
      { dimensions: { Stream: "sluice:{b}" }, data: [{ name: "StreamBytes", unit: "Bytes", value: 500 }] },
    ]);
  });

  it("leaves out the used share without maxmemory and the time to full without a fitted growth", () => {
    const report = memoryReport({
      nodes: [node("10.0.0.1:6379", { usedBytes: MIB })],
      streams: [],
      growth: { basis: "noise", bytesPerHour: null, timeToFullMs: null, samples: 12, spanMs: 7_200_000 },
      findings: [],
    });
    expect(memoryAuditMetrics(report)).toEqual([
      {
        dimensions: {},
        data: [
          { name: "MemoryUsedBytes", unit: "Bytes", value: MIB },
          { name: "MemoryFragmentationRatio", unit: "None", value: 1 },
          { name: "EvictedKeys", unit: "Count", value: 0 },
          { name: "EvictionExposedStreams", unit: "Count", value: 2 },
          { name: "TrimmableBytes", unit: "Bytes", value: 0 },
          { name: "MemoryCriticalFindings", unit: "Count", value: 0 },
        ],
      },
    ]);
  });

  it("logs at the worst finding's level, each finding as one line", () => {
    expect(memoryAuditLogEntry(memoryReport())).toEqual({
      level: "error",
      msg: "memory audit",
      nodes: 2,
      streams: 2,
      findings: [
        "critical eviction.streams_exposed: 2 streams exposed.",
        "warning memory.warning: 75% used.",
      ],
    });
    const warned = memoryReport({ findings: memoryReport().findings.slice(1) });
    expect(memoryAuditLogEntry(warned).level).toBe("warn");
    expect(memoryAuditLogEntry(memoryReport({ findings: [] })).level).toBe("info");
  });
});

const configReport = (severities: ("critical" | "warning" | "info")[]): ConfigAuditReport => ({
  kind: "sluice.audit.config",
  version: 1,
  at: 0,
  source: "elasticache",
  target: "sluice-prod-redis",
  settings: {},
  findings: severities.map((severity, i) => ({
    id: `check-${i}`,
    severity,
    setting: "maxmemory-policy",
    actual: "allkeys-lru",
    expected: "noeviction",
    message: `finding ${i}`,
    fix: "set it",
  })),
  passed: !severities.includes("critical"),
});

describe("configuration audit metrics", () => {
  it("counts the critical and warning findings", () => {
    expect(configAuditMetrics(configReport(["critical", "warning", "warning", "info"]))).toEqual([
      { name: "ConfigCriticalFindings", unit: "Count", value: 1 },
      { name: "ConfigWarningFindings", unit: "Count", value: 2 },
    ]);
  });

  it("logs an error when the audit did not pass, a warning for a warning, else info", () => {
    expect(configAuditLogEntry(configReport(["critical", "info"]))).toEqual({
      level: "error",
      msg: "configuration audit",
      source: "elasticache",
      target: "sluice-prod-redis",
      findings: ["critical check-0: finding 0", "info check-1: finding 1"],
    });
    expect(configAuditLogEntry(configReport(["warning"])).level).toBe("warn");
    expect(configAuditLogEntry(configReport(["info"])).level).toBe("info");
  });
});
