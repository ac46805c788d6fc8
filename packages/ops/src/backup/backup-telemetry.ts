// What the backup jobs say about a run: its figures, from the manifest or the report, as metrics (no dimension: one
// Redis per app; the freshness and verification alarms watch them) and, where a report has more than figures, the
// log line an operator reads.
import { BackupMetric, type MetricDatum } from "@sluice/observability";
import type { LogEntry } from "../log-entry.ts";
import type { BackupRetentionReport } from "./backup-retention.ts";
import type { IncrementManifest } from "./increments.ts";
import type { SnapshotManifest } from "./snapshot-manifest.ts";
import type { VerificationReport } from "./verify.ts";

/** A verification's log line lists at most this many mismatches and notes. */
const LOGGED_PROBLEMS = 20;

export interface SnapshotFigures {
  id: string;
  streams: number;
  entries: number;
  keys: number;
  /** Compressed, all chunks. */
  bytes: number;
  durationMs: number;
}

export function snapshotFigures(manifest: SnapshotManifest): SnapshotFigures {
  const chunks = [...manifest.streams.flatMap((s) => s.chunks), ...manifest.keys.chunks];
  return {
    id: manifest.id,
    streams: manifest.streams.length,
    entries: manifest.streams.reduce((sum, s) => sum + s.entries, 0),
    keys: manifest.keys.count,
    bytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
    durationMs: manifest.finishedAt - manifest.startedAt,
  };
}

export function snapshotMetrics(figures: SnapshotFigures): MetricDatum[] {
  return [
    { name: BackupMetric.snapshotEntries, unit: "Count", value: figures.entries },
    { name: BackupMetric.snapshotBytes, unit: "Bytes", value: figures.bytes },
    { name: BackupMetric.snapshotStreams, unit: "Count", value: figures.streams },
    { name: BackupMetric.snapshotDuration, unit: "Milliseconds", value: figures.durationMs },
  ];
}

export interface IncrementFigures {
  /** The run's id, or null when no stream had anything new (nothing written). */
  id: string | null;
  entries: number;
  bytes: number;
  /** Entries gone before the run could back them up. */
  gapEntries: number;
  durationMs: number;
}

/** `manifest` as backupIncrements returned it (undefined: nothing new); `durationMs` the whole run's. */
export function incrementFigures(
  manifest: IncrementManifest | undefined,
  durationMs: number,
): IncrementFigures {
  return {
    id: manifest?.id ?? null,
    entries: manifest?.chunks.reduce((sum, c) => sum + c.records, 0) ?? 0,
    bytes: manifest?.chunks.reduce((sum, c) => sum + c.bytes, 0) ?? 0,
    gapEntries: manifest?.gaps.reduce((sum, g) => sum + g.missing, 0) ?? 0,
    durationMs,
  };
}

export function incrementMetrics(figures: IncrementFigures): MetricDatum[] {
  return [
    { name: BackupMetric.incrementEntries, unit: "Count", value: figures.entries },
    { name: BackupMetric.incrementBytes, unit: "Bytes", value: figures.bytes },
    { name: BackupMetric.incrementGapEntries, unit: "Count", value: figures.gapEntries },
    { name: BackupMetric.incrementDuration, unit: "Milliseconds", value: figures.durationMs },
  ];
}

export function verificationMetrics(report: VerificationReport): MetricDatum[] {
  return [
    { name: BackupMetric.verificationFailed, unit: "Count", value: report.passed ? 0 : 1 },
    { name: BackupMetric.verifiedEntries, unit: "Count", value: report.entries },
    { name: BackupMetric.verificationDuration, unit: "Milliseconds", value: report.durationMs },
  ];
}

/** A verification that could not even start (no snapshot, S3 unreachable) counts as failed. */
export function failedVerificationMetrics(durationMs: number): MetricDatum[] {
  return [
    { name: BackupMetric.verificationFailed, unit: "Count", value: 1 },
    { name: BackupMetric.verificationDuration, unit: "Milliseconds", value: durationMs },
  ];
}

/** Error when it failed; the first LOGGED_PROBLEMS mismatches and notes (the report in S3 has them all). */
export function verificationLogEntry(report: VerificationReport): LogEntry {
  const { snapshotId, passed, streams, entries, keys, increments, mismatches, notes, error } = report;
  return {
    level: passed ? "info" : "error",
    msg: "backup verification",
    ...{ snapshotId, passed, streams, entries, keys, increments, error },
    ...{ mismatches: mismatches.slice(0, LOGGED_PROBLEMS), notes: notes.slice(0, LOGGED_PROBLEMS) },
  };
}

export function retentionMetrics(report: BackupRetentionReport): MetricDatum[] {
  return [
    { name: BackupMetric.retentionDeletedSnapshots, unit: "Count", value: report.deletedSnapshots.length },
    { name: BackupMetric.retentionKeptSnapshots, unit: "Count", value: report.kept },
  ];
}

/** Info, the deleted snapshots counted. */
export function retentionLogEntry(report: BackupRetentionReport): LogEntry {
  const { kept, newestVerified, deletedIncrementRuns, deletedObjects, durationMs } = report;
  return {
    level: "info",
    msg: "backup retention",
    ...{ kept, deletedSnapshots: report.deletedSnapshots.length, newestVerified },
    ...{ deletedIncrementRuns, deletedObjects, durationMs },
  };
}
