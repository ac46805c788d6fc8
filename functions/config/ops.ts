// The operations jobs' configuration (functions/jobs/memory-audit.ts, config-audit.ts, capacity-report.ts,
// native-snapshot.ts, npm start): Redis as redis.ts finds it; the reports' bucket from the `Reports` link (else
// SLUICE_REPORTS_BUCKET) and SLUICE_REPORTS_PREFIX; on ElastiCache the replication group
// (SLUICE_REDIS_REPLICATION_GROUP: the audits read its parameters through the API, the native snapshot needs it),
// its node type (SLUICE_REDIS_NODE_TYPE, for the capacity report) and the native snapshots' export bucket
// (SLUICE_SNAPSHOT_EXPORT_BUCKET, optional); SLUICE_S3_ENDPOINT for a local S3 server. Each job's own settings
// (a horizon, how long to keep) have a loader of their own, read on every run.
import { InvalidInputError } from "@sluice/streams";
import { bucketName, type Environment, keyPrefix, positiveInteger, text } from "./env.ts";
import { withRedis } from "./redis.ts";
import { linkedBucket } from "./resource.ts";

interface OpsSettings {
  reportsBucket: string;
  reportsPrefix: string;
  /** Null for a self-managed Redis (local, or not ElastiCache). */
  replicationGroupId: string | null;
  nodeType: string | null;
  exportBucket: string | null;
  s3Endpoint: string | undefined;
}

export const loadOpsConfig = withRedis(
  (env, linkedReports: string | null = linkedBucket("Reports")): OpsSettings => {
    const optional = (name: string) => text(env, name) ?? null;
    return {
      reportsBucket: bucketName(env, linkedReports, "SLUICE_REPORTS_BUCKET", "Reports"),
      reportsPrefix: keyPrefix(env, "SLUICE_REPORTS_PREFIX"),
      replicationGroupId: optional("SLUICE_REDIS_REPLICATION_GROUP"),
      nodeType: optional("SLUICE_REDIS_NODE_TYPE"),
      exportBucket: optional("SLUICE_SNAPSHOT_EXPORT_BUCKET"),
      s3Endpoint: text(env, "SLUICE_S3_ENDPOINT"),
    };
  },
);

/** The capacity report's horizon, SLUICE_CAPACITY_HORIZON_DAYS; unset: capacityReport's default (90). */
export function loadCapacityHorizon(env: Environment = process.env): { horizonDays: number | undefined } {
  return { horizonDays: positiveInteger(env, "SLUICE_CAPACITY_HORIZON_DAYS") };
}

/** How long Sluice's native snapshots are kept, SLUICE_NATIVE_SNAPSHOT_KEEP_DAYS; unset: the default (7). */
export function loadNativeSnapshotKeep(env: Environment = process.env): { keepDays: number | undefined } {
  return { keepDays: positiveInteger(env, "SLUICE_NATIVE_SNAPSHOT_KEEP_DAYS") };
}

/** What a job that only exists on ElastiCache (the native snapshot) works on, the `elasticache` of opsClients() with
 * its replication group; an error naming SLUICE_REDIS_REPLICATION_GROUP when there is none. */
export function requireReplicationGroup<ElastiCache>(elasticache: ElastiCache | null): ElastiCache {
  if (elasticache !== null) return elasticache;
  throw new InvalidInputError(
    "config.invalid_environment",
    "SLUICE_REDIS_REPLICATION_GROUP is not set: the native snapshot is for an ElastiCache replication group",
    { details: { variable: "SLUICE_REDIS_REPLICATION_GROUP" } },
  );
}
