// What the native snapshot job says about a report: whether the day's snapshot was started and how many exports or
// deletions failed, as metrics (no dimension: one Redis per app), and its summary in one log line.
import { type MetricDatum, OpsMetric } from "@sluice/observability";
import type { LogEntry } from "../log-entry.ts";
import { type NativeSnapshotReport, nativeSnapshotSummary } from "./native-snapshot.ts";

export function nativeSnapshotMetrics(report: NativeSnapshotReport): MetricDatum[] {
  return [
    { name: OpsMetric.nativeSnapshotCreated, unit: "Count", value: report.created === null ? 0 : 1 },
    { name: OpsMetric.nativeSnapshotProblems, unit: "Count", value: report.problems.length },
  ];
}

/** Warn when no snapshot was started or something failed, else info. */
export function nativeSnapshotLogEntry(report: NativeSnapshotReport): LogEntry {
  return {
    level: report.created === null || report.problems.length > 0 ? "warn" : "info",
    msg: "native snapshot",
    summary: nativeSnapshotSummary(report),
  };
}
