// @sluice/ops/backup: the full logical snapshot that keeps consumer-group state, the incremental stream backup, their
// restore to a point in time, the daily verification, the weekly retention, and what their jobs emit about a run.
export { backupCursorHold } from "./backup-hold.ts";
export { type BackupRetentionReport, cleanBackups, type RetentionPolicy } from "./backup-retention.ts";
export { type BackupLocation, BackupStore, type StoredObject } from "./backup-store.ts";
export {
  failedVerificationMetrics,
  type IncrementFigures,
  incrementFigures,
  incrementMetrics,
  retentionLogEntry,
  retentionMetrics,
  type SnapshotFigures,
  snapshotFigures,
  snapshotMetrics,
  verificationLogEntry,
  verificationMetrics,
} from "./backup-telemetry.ts";
export { BackupCorruptError, RestoreConflictError } from "./errors.ts";
export {
  backupIncrements,
  CURSORS_KEY,
  type IncrementChunk,
  type IncrementManifest,
  type IncrementOptions,
  LAST_RUN_KEY,
} from "./increments.ts";
export {
  loadManifest,
  type RestoreOptions,
  type RestoreReport,
  restoreSnapshot,
  type UnrestoredPending,
} from "./restore.ts";
export { type SnapshotOptions, snapshotId, snapshotTime, takeSnapshot } from "./snapshot.ts";
export type { ChunkRef, SnapshotManifest, StreamBackup } from "./snapshot-manifest.ts";
export { captureStream, type GroupState, type PendingEntry, type StreamState } from "./stream-state.ts";
export { type VerificationReport, type VerifyOptions, verifyBackup } from "./verify.ts";
