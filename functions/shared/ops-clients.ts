// The operations jobs' clients (job-clients.ts) with the configuration of config/ops.ts: Redis, S3 with the report
// store, and ElastiCache's API when the Redis is an ElastiCache replication group.
import { ElastiCacheClient } from "@aws-sdk/client-elasticache";
import { ReportStore } from "@sluice/ops";
import { loadOpsConfig } from "../config/ops.ts";
import { jobClients, SLOW_COMMAND_TIMEOUT_MS } from "./job-clients.ts";
import { lazyClient } from "./lazy-clients.ts";

const clients = jobClients("sluice:ops", SLOW_COMMAND_TIMEOUT_MS);

/** ElastiCache's API (a test stubs its `send`). */
export const elastiCache = lazyClient(
  () => new ElastiCacheClient({}),
  (client) => client.destroy(),
);

export function opsClients() {
  const config = loadOpsConfig();
  const s3 = clients.s3(config.s3Endpoint);
  return {
    config,
    redis: clients.redis(config.redis),
    s3,
    reports: new ReportStore({ client: s3, bucket: config.reportsBucket, prefix: config.reportsPrefix }),
    /** ElastiCache's API and the replication group to work on; null for a self-managed Redis. */
    elasticache:
      config.replicationGroupId === null
        ? null
        : { client: elastiCache(), replicationGroupId: config.replicationGroupId },
  };
}
