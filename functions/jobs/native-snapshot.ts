// Lambda NativeSnapshot (CronV2 daily at 03:30 UTC, cloud only: npm start has no ElastiCache): takeNativeSnapshot of
// @sluice/ops makes the day's ElastiCache snapshot of the replication group within the manual-snapshot quota,
// exports the newest finished one to the SnapshotExports bucket (SLUICE_SNAPSHOT_EXPORT_BUCKET, when set) and deletes
// Sluice's snapshots older than SLUICE_NATIVE_SNAPSHOT_KEEP_DAYS (default 7). Its report goes to the Reports bucket,
// with metrics and a summary log line.
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { emfSink } from "@sluice/observability";
import {
  type NativeSnapshotReport,
  nativeSnapshotLogEntry,
  nativeSnapshotMetrics,
  nativeSnapshotSummary,
  takeNativeSnapshot,
} from "@sluice/ops/snapshot";
import { InvalidInputError } from "@sluice/streams";
import { type Environment, positiveInteger } from "../runtime-config.ts";
import { recordJobOutcome } from "./job-outcome.ts";
import { opsContainer } from "./ops-container.ts";

export function runNativeSnapshot(
  write: (line: string) => void,
  env: Environment = process.env,
): Promise<NativeSnapshotReport> {
  return recordJobOutcome("nativeSnapshot", write, () => nativeSnapshot(write, env));
}

async function nativeSnapshot(
  write: (line: string) => void,
  env: Environment,
): Promise<NativeSnapshotReport> {
  const { config, elasticache, s3, reports } = opsContainer();
  if (elasticache === null || config.replicationGroupId === null) {
    throw new InvalidInputError(
      "config.invalid_environment",
      "SLUICE_REDIS_REPLICATION_GROUP is not set: the native snapshot is for an ElastiCache replication group",
      { details: { variable: "SLUICE_REDIS_REPLICATION_GROUP" } },
    );
  }
  const keepDays = positiveInteger(env, "SLUICE_NATIVE_SNAPSHOT_KEEP_DAYS");
  const bucket = config.exportBucket;
  const report = await takeNativeSnapshot({
    client: elasticache,
    replicationGroupId: config.replicationGroupId,
    ...(keepDays !== undefined && { keepDays }),
    ...(bucket !== null && {
      exportBucket: bucket,
      // An export writes <name>-<node>.rdb objects: a name with any object under `<name>-` is exported.
      exported: async (names: string[]) => {
        const done = new Set<string>();
        for (const name of names) {
          const page = await s3.send(
            new ListObjectsV2Command({ Bucket: bucket, Prefix: `${name}-`, MaxKeys: 1 }),
          );
          if ((page.KeyCount ?? 0) > 0) done.add(name);
        }
        return done;
      },
    }),
  });
  await reports.put("native-snapshot", report.at, report, nativeSnapshotSummary(report));
  emfSink(write).put({}, nativeSnapshotMetrics(report));
  write(JSON.stringify(nativeSnapshotLogEntry(report)));
  return report;
}

export const handler = () => runNativeSnapshot((line) => process.stdout.write(`${line}\n`));
