// What each backup job's run says as metrics (no dimension: one Redis per app), one EMF line per run: the figures
// of a snapshot, an increment, a retention cleanup, a verification (and of a verification that could not run, which
// the BackupVerificationFailed alarm counts as failed too).
import { BackupMetric, type MetricDatum } from "@sluice/observability";
import type { BackupRetentionReport, VerificationReport } from "@sluice/ops";

/** What a backup run wrote, and how long it took. */
interface BackupFigures {
  entries: number;
  bytes: number;
  durationMs: number;
}

export function snapshotMetrics(summary: BackupFigures & { streams: number }): MetricDatum[] {
  return [
    { name: BackupMetric.snapshotEntries, unit: "Count", value: summary.entries },
    { name: BackupMetric.snapshotBytes, unit: "Bytes", value: summary.bytes },
    { name: BackupMetric.snapshotStreams, unit: "Count", value: summary.streams },
    { name: BackupMetric.snapshotDuration, unit: "Milliseconds", value: summary.durationMs },
  ];
}

export function incrementMetrics(summary: BackupFigures & { gapEntries: number }): MetricDatum[] {
  return [
    { name: BackupMetric.incrementEntries, unit: "Count", value: summary.entries },
    { name: BackupMetric.incrementBytes, unit: "Bytes", value: summary.bytes },
    { name: BackupMetric.incrementGapEntries, unit: "Count", value: summary.gapEntries },
    { name: BackupMetric.incrementDuration, unit: "Milliseconds", value: summary.durationMs },
  ];
}

export function retentionMetrics(report: BackupRetentionReport): MetricDatum[] {
  return [
    { name: BackupMetric.retentionDeletedSnapshots, unit: "Count", value: report.deletedSnapshots.length },
    { name: BackupMetric.retentionKeptSnapshots, unit: "Count", value: report.kept },
  ];
}

export function verificationMetrics(report: VerificationReport): MetricDatum[] {
  return [
    { name: BackupMetric.verificationFailed, unit: "Count", value: report.passed ? 0 : 1 },
    { name: BackupMetric.verifiedEntries, unit: "Count", value: report.entries },
    { name: BackupMetric.verificationDuration, unit: "Milliseconds", value: report.durationMs },
  ];
}

/** A verification that could not run (no snapshot, S3 unreachable) after `durationMs`. */
export function verificationFailureMetrics(durationMs: number): MetricDatum[] {
  return [
    { name: BackupMetric.verificationFailed, unit: "Count", value: 1 },
    { name: BackupMetric.verificationDuration, unit: "Milliseconds", value: durationMs },
  ];
}
