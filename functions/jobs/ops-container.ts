// The connections of the operations jobs (audits, capacity report, native snapshot), made once per Lambda container
// (or npm start process) from loadOpsConfig: Redis, S3 with the report store, and the ElastiCache API client when
// the Redis is an ElastiCache replication group.

import { ElastiCacheClient } from "@aws-sdk/client-elasticache";
import type { S3Client } from "@aws-sdk/client-s3";
import { ReportStore } from "@sluice/ops";
import type { RedisClient } from "@sluice/streams";
import { loadOpsConfig, type OpsConfig } from "../ops-config.ts";
import { createS3Client } from "../s3-client.ts";
import { jobRedisClient } from "./job-redis.ts";

interface Container {
  config: OpsConfig;
  redis: RedisClient;
  s3: S3Client;
  reports: ReportStore;
  /** Null for a self-managed Redis. */
  elasticache: ElastiCacheClient | null;
}

let container: Container | undefined;

export function opsContainer(): Container {
  if (container) return container;
  const config = loadOpsConfig();
  const redis = jobRedisClient(config.redis, "sluice:ops");
  const s3 = createS3Client(config.s3Endpoint);
  container = {
    config,
    redis,
    s3,
    reports: new ReportStore({ client: s3, bucket: config.reportsBucket, prefix: config.reportsPrefix }),
    elasticache: config.replicationGroupId === null ? null : new ElastiCacheClient({}),
  };
  return container;
}

/** Closes the connections (tests, npm start; Lambda itself just freezes the container). */
export function disconnect(): void {
  container?.redis.disconnect();
  container?.s3.destroy();
  container?.elasticache?.destroy();
  container = undefined;
}
