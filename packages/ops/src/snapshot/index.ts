// @sluice/ops/snapshot: the daily ElastiCache native snapshot of a replication group (create within the quota,
// export, delete the old ones), its report as text, and what its job emits about a report.
export { NativeSnapshotError } from "./errors.ts";
export { exportedSnapshots } from "./exported-snapshots.ts";
export {
  type NativeSnapshotOptions,
  type NativeSnapshotReport,
  nativeSnapshotSummary,
  takeNativeSnapshot,
} from "./native-snapshot.ts";
export { nativeSnapshotLogEntry, nativeSnapshotMetrics } from "./native-snapshot-telemetry.ts";
