export { decodeChunk, type EncodedChunk, encodeChunk, sha256 } from "./backup-chunk.ts";
export { type BackupLocation, BackupStore, keySegment } from "./backup-store.ts";
export { BackupCorruptError, RestoreConflictError } from "./errors.ts";
export {
  backupIncrements,
  CURSORS_KEY,
  type IncrementChunk,
  type IncrementManifest,
  type IncrementOptions,
} from "./increments.ts";
export { type ReplayReport, replayIncrements } from "./replay.ts";
export { loadManifest, type RestoreOptions, type RestoreReport, restoreSnapshot } from "./restore.ts";
export { type KeysByType, masters, scanKeys } from "./scan-keys.ts";
export { type SnapshotOptions, snapshotId, snapshotTime, takeSnapshot } from "./snapshot.ts";
export type { ChunkRef, SnapshotManifest, StreamBackup } from "./snapshot-manifest.ts";
export { captureStream, type GroupState, type PendingEntry, type StreamState } from "./stream-state.ts";
