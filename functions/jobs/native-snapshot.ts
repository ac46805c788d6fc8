// Lambda NativeSnapshot (CronV2 daily at 03:30 UTC, cloud only: npm start has no ElastiCache): takeNativeSnapshot of
// @sluice/ops makes the day's ElastiCache snapshot of the replication group within the manual-snapshot quota,
// exports the newest finished one to the SnapshotExports bucket (SLUICE_SNAPSHOT_EXPORT_BUCKET, when set) and deletes
// Sluice's snapshots older than SLUICE_NATIVE_SNAPSHOT_KEEP_DAYS (default 7). Its report goes to the Reports bucket,
// with metrics and a summary log line.
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { emfSink, OpsMetric } from "@sluice/observability";
import { type NativeSnapshotReport, nativeSnapshotSummary, takeNativeSnapshot } from "@sluice/ops";
import { InvalidInputError } from "@sluice/streams";
import type { Environment } from "../config/env.ts";
import { loadNativeSnapshotKeep } from "../config/ops.ts";
import { recordJobOutcome } from "../shared/job-outcome.ts";
import { opsClients } from "../shared/ops-clients.ts";

export function runNativeSnapshot(
  write: (line: string) => void,
  env?: Environment,
): Promise<NativeSnapshotReport> {
  return recordJobOutcome("nativeSnapshot", write, () => nativeSnapshot(write, env));
}

async function nativeSnapshot(
  write: (line: string) => void,
  env: Environment | undefined,
): Promise<NativeSnapshotReport> {
  const { config, elasticache, s3, reports } = opsClients();
  if (elasticache === null || config.replicationGroupId === null) {
    throw new InvalidInputError(
      "config.invalid_environment",
      "SLUICE_REDIS_REPLICATION_GROUP is not set: the native snapshot is for an ElastiCache replication group",
      { details: { variable: "SLUICE_REDIS_REPLICATION_GROUP" } },
    );
  }
  const bucket = config.exportBucket;
  const report = await takeNativeSnapshot({
    client: elasticache,
    replicationGroupId: config.replicationGroupId,
    ...loadNativeSnapshotKeep(env),
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
  const summary = nativeSnapshotSummary(report);
  await reports.put("native-snapshot", report.at, report, summary);
  emfSink(write).put({}, [
    { name: OpsMetric.nativeSnapshotCreated, unit: "Count", value: report.created === null ? 0 : 1 },
    { name: OpsMetric.nativeSnapshotProblems, unit: "Count", value: report.problems.length },
  ]);
  write(
    JSON.stringify({
      level: report.created === null || report.problems.length > 0 ? "warn" : "info",
      msg: "native snapshot",
      summary,
    }),
  );
  return report;
}

export const handler = () => runNativeSnapshot((line) => process.stdout.write(`${line}\n`));
