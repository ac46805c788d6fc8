export { decodeChunk, type EncodedChunk, encodeChunk, sha256 } from "./backup-chunk.ts";
export { backupCursorHold } from "./backup-hold.ts";
export { type BackupRetentionReport, cleanBackups, type RetentionPolicy } from "./backup-retention.ts";
export { type BackupLocation, BackupStore, keySegment, type StoredObject } from "./backup-store.ts";
export {
  type CapacityRecommendation,
  type CapacityReport,
  type CapacityReportOptions,
  capacityReport,
  type GroupCapacity,
  type StreamCapacity,
} from "./capacity-report.ts";
export { capacitySummary } from "./capacity-summary.ts";
export { auditRedisConfig, type RedisConfigAuditOptions } from "./config-audit.ts";
export {
  type ConfigAuditReport,
  type ConfigFinding,
  configSummary,
  type Severity,
} from "./config-findings.ts";
export { type ConfigPolicy, DEFAULT_CONFIG_POLICY } from "./config-policy.ts";
export { auditElastiCacheConfig, type ElastiCacheConfigAuditOptions } from "./elasticache-config.ts";
export { ELASTICACHE_NODE_TYPES, type NodeType } from "./elasticache-node-types.ts";
export {
  BackupCorruptError,
  NativeSnapshotError,
  ReplicationGroupNotFoundError,
  RestoreConflictError,
} from "./errors.ts";
export type { EvictionExposure } from "./eviction-exposure.ts";
export {
  backupIncrements,
  CURSORS_KEY,
  type IncrementChunk,
  type IncrementManifest,
  type IncrementOptions,
  LAST_RUN_KEY,
} from "./increments.ts";
export { auditMemory, type MemoryAuditOptions } from "./memory-audit.ts";
export type { Finding, MemoryAuditReport, MemoryGrowth } from "./memory-audit-report.ts";
export {
  MEMORY_SAMPLES_KEPT,
  MEMORY_SAMPLES_KEY,
  type MemorySample,
  readMemorySamples,
  recordMemorySample,
  type SampleListOptions,
  type StreamSample,
} from "./memory-samples.ts";
export { memorySummary } from "./memory-summary.ts";
export {
  type NativeSnapshotOptions,
  type NativeSnapshotReport,
  nativeSnapshotName,
  nativeSnapshotSummary,
  takeNativeSnapshot,
} from "./native-snapshot.ts";
export type { MemoryLevel, MemoryThresholds, NodeMemory } from "./node-memory.ts";
export { type ReplayReport, replayIncrements } from "./replay.ts";
export { type ReportKind, type ReportLocation, ReportStore } from "./report-store.ts";
export {
  loadManifest,
  type RestoreOptions,
  type RestoreReport,
  restoreSnapshot,
  type UnrestoredPending,
} from "./restore.ts";
export { type KeysByType, scanKeys } from "./scan-keys.ts";
export { type SnapshotOptions, snapshotId, snapshotTime, takeSnapshot } from "./snapshot.ts";
export type { ChunkRef, SnapshotManifest, StreamBackup } from "./snapshot-manifest.ts";
export type { GroupMemory, StreamMemory } from "./stream-memory.ts";
export { captureStream, type GroupState, type PendingEntry, type StreamState } from "./stream-state.ts";
export { compareStream, type VerificationReport, type VerifyOptions, verifyBackup } from "./verify.ts";
