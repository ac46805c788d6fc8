// What a backup verification's run says as metrics (functions/jobs/verify-backup.ts; no dimension: one Redis per
// app): its verdict, entries and duration, and for a run that could not even start the verdict "failed" too, which
// the BackupVerificationFailed alarm counts.
import { BackupMetric, type MetricDatum } from "@sluice/observability";
import type { VerificationReport } from "@sluice/ops";

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
