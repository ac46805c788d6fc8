// The operations jobs' configuration (functions/jobs/memory-audit.ts, config-audit.ts, capacity-report.ts,
// native-snapshot.ts, npm start): Redis as loadRuntimeConfig finds it; the reports' bucket from the `Reports` link
// (else SLUICE_REPORTS_BUCKET) and SLUICE_REPORTS_PREFIX; on ElastiCache the replication group
// (SLUICE_REDIS_REPLICATION_GROUP: the audits read its parameters through the API, the native snapshot needs it),
// its node type (SLUICE_REDIS_NODE_TYPE, for the capacity report) and the native snapshots' export bucket
// (SLUICE_SNAPSHOT_EXPORT_BUCKET, optional); SLUICE_S3_ENDPOINT for a local S3 server.
import type { RedisConnectionConfig } from "@sluice/streams";
import {
  bucketName,
  type Environment,
  keyPrefix,
  type LinkedRedis,
  linkedBucket,
  linkedRedis,
  loadRuntimeConfig,
  type RuntimeConfig,
} from "./runtime-config.ts";

export interface OpsConfig {
  redis: RedisConnectionConfig;
  redisSource: RuntimeConfig["redisSource"];
  reportsBucket: string;
  reportsPrefix: string;
  /** Null for a self-managed Redis (local, or not ElastiCache). */
  replicationGroupId: string | null;
  nodeType: string | null;
  exportBucket: string | null;
  s3Endpoint: string | undefined;
}

export function loadOpsConfig(
  env: Environment = process.env,
  linked: LinkedRedis | null = linkedRedis(),
  linkedReports: string | null = linkedBucket("Reports"),
): OpsConfig {
  const { redis, redisSource } = loadRuntimeConfig(env, linked);
  const optional = (name: string) => env[name]?.trim() || null;
  return {
    redis,
    redisSource,
    reportsBucket: bucketName(env, linkedReports, "SLUICE_REPORTS_BUCKET", "Reports"),
    reportsPrefix: keyPrefix(env, "SLUICE_REPORTS_PREFIX"),
    replicationGroupId: optional("SLUICE_REDIS_REPLICATION_GROUP"),
    nodeType: optional("SLUICE_REDIS_NODE_TYPE"),
    exportBucket: optional("SLUICE_SNAPSHOT_EXPORT_BUCKET"),
    s3Endpoint: env.SLUICE_S3_ENDPOINT?.trim() || undefined,
  };
}
