// Lambda NativeSnapshot (CronV2 daily at 03:30 UTC, cloud only: npm start has no ElastiCache): takeNativeSnapshot of
// @sluice/ops/snapshot makes the day's ElastiCache snapshot of the replication group within the manual-snapshot quota,
// exports the newest finished one to the SnapshotExports bucket (SLUICE_SNAPSHOT_EXPORT_BUCKET, when set) and deletes
// Sluice's snapshots older than SLUICE_NATIVE_SNAPSHOT_KEEP_DAYS (default 7). Its report goes to the Reports bucket,
// with metrics and a summary log line.
import { emfSink } from "@sluice/observability";
import {
  exportedSnapshots,
  type NativeSnapshotReport,
  nativeSnapshotLogEntry,
  nativeSnapshotMetrics,
  nativeSnapshotSummary,
  takeNativeSnapshot,
} from "@sluice/ops/snapshot";
import { loadNativeSnapshotKeep, requireReplicationGroup } from "../config/ops.ts";
import { recordJobOutcome, type WriteLine, writeStdout } from "../shared/job-outcome.ts";
import { opsClients } from "../shared/ops-clients.ts";

export function runNativeSnapshot(write: WriteLine): Promise<NativeSnapshotReport> {
  return recordJobOutcome("nativeSnapshot", write, async () => {
    const { config, s3, reports, elasticache } = opsClients();
    const { client, replicationGroupId } = requireReplicationGroup(elasticache);
    const bucket = config.exportBucket;
    const report = await takeNativeSnapshot({
      client,
      replicationGroupId,
      ...loadNativeSnapshotKeep(),
      ...(bucket !== null && { exportBucket: bucket, exported: exportedSnapshots(s3, bucket) }),
    });
    await reports.put("native-snapshot", report.at, report, nativeSnapshotSummary(report));
    emfSink(write).put({}, nativeSnapshotMetrics(report));
    write(JSON.stringify(nativeSnapshotLogEntry(report)));
    return report;
  });
}

export const handler = () => runNativeSnapshot(writeStdout);
