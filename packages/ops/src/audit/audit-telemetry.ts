// What the audit jobs say about a report: its figures as metrics (the alarms watch MemoryUsedPercent, EvictedKeys,
// EvictionExposedStreams and the findings by severity) and one log line, at the level of its worst finding.
import { Dimension, type MetricDatum, OpsMetric } from "@sluice/observability";
import type { LogEntry } from "../log-entry.ts";
import type { ConfigAuditReport } from "./config-findings.ts";
import type { MemoryAuditReport } from "./memory-audit-report.ts";

/** Data under one set of dimensions: one EMF record. */
export interface MetricRecord {
  dimensions: Record<string, string>;
  data: MetricDatum[];
}

const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
const findingLines = (findings: { severity: string; id: string; message: string }[]) =>
  findings.map((f) => `${f.severity} ${f.id}: ${f.message}`);

/**
 * The app-wide figures (no dimension: one Redis per app), MemoryUsedPercent only when a master has a maxmemory and
 * MemoryTimeToFullHours only when growth was fitted; then each stream's bytes (dimension Stream).
 */
export function memoryAuditMetrics(report: MemoryAuditReport): MetricRecord[] {
  const ratios = report.nodes.flatMap((n) => (n.usedRatio === null ? [] : [n.usedRatio]));
  const { timeToFullMs } = report.growth;
  const data: MetricDatum[] = [
    ...(ratios.length > 0
      ? [{ name: OpsMetric.memoryUsedPercent, unit: "Percent" as const, value: Math.max(...ratios) * 100 }]
      : []),
    { name: OpsMetric.memoryUsedBytes, unit: "Bytes", value: sum(report.nodes.map((n) => n.usedBytes)) },
    {
      name: OpsMetric.fragmentationRatio,
      unit: "None",
      value: Math.max(0, ...report.nodes.map((n) => n.fragmentationRatio)),
    },
    { name: OpsMetric.evictedKeys, unit: "Count", value: sum(report.nodes.map((n) => n.evictedKeys)) },
    {
      name: OpsMetric.evictionExposedStreams,
      unit: "Count",
      value: report.evictionExposure.exposedStreams.length,
    },
    {
      name: OpsMetric.trimmableBytes,
      unit: "Bytes",
      value: sum(report.streams.map((s) => s.trimmableBytes)),
    },
    ...(timeToFullMs === null
      ? []
      : [{ name: OpsMetric.timeToFullHours, unit: "None" as const, value: timeToFullMs / 3_600_000 }]),
    {
      name: OpsMetric.memoryCriticalFindings,
      unit: "Count",
      value: report.findings.filter((f) => f.severity === "critical").length,
    },
  ];
  return [
    { dimensions: {}, data },
    ...report.streams.map((stream) => ({
      dimensions: { [Dimension.stream]: stream.key },
      data: [{ name: OpsMetric.streamBytes, unit: "Bytes" as const, value: stream.bytes }],
    })),
  ];
}

/** Error on a critical finding, warn on a warning, else info; each finding as one string. */
export function memoryAuditLogEntry(report: MemoryAuditReport): LogEntry {
  const worst = report.findings[0]?.severity ?? "none";
  return {
    level: worst === "critical" ? "error" : worst === "warning" ? "warn" : "info",
    msg: "memory audit",
    nodes: report.nodes.length,
    streams: report.streams.length,
    findings: findingLines(report.findings),
  };
}

const countOf = (report: ConfigAuditReport, severity: string) =>
  report.findings.filter((f) => f.severity === severity).length;

/** The findings by severity (no dimension). */
export function configAuditMetrics(report: ConfigAuditReport): MetricDatum[] {
  return [
    { name: OpsMetric.configCriticalFindings, unit: "Count", value: countOf(report, "critical") },
    { name: OpsMetric.configWarningFindings, unit: "Count", value: countOf(report, "warning") },
  ];
}

/** Error when the audit did not pass, warn on a warning, else info; each finding as one string. */
export function configAuditLogEntry(report: ConfigAuditReport): LogEntry {
  return {
    level: report.passed ? (countOf(report, "warning") > 0 ? "warn" : "info") : "error",
    msg: "configuration audit",
    source: report.source,
    target: report.target,
    findings: findingLines(report.findings),
  };
}
