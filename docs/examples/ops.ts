// Back up, restore, verify, audit, size and snapshot a Sluice Redis with @sluice/ops (packages/ops/README.md,
// docs/backups.md, docs/operations.md). Type-checked in CI.
import { ElastiCacheClient } from "@aws-sdk/client-elasticache";
import { S3Client } from "@aws-sdk/client-s3";
import { emfSink } from "@sluice/observability";
import { auditElastiCacheConfig, auditMemory, configSummary, memoryAuditMetrics } from "@sluice/ops/audit";
import {
  BackupStore,
  backupIncrements,
  restoreSnapshot,
  takeSnapshot,
  verifyBackup,
} from "@sluice/ops/backup";
import { capacityReport, capacitySummary } from "@sluice/ops/capacity";
import { nativeSnapshotSummary, takeNativeSnapshot } from "@sluice/ops/snapshot";
import { createRedisClient } from "@sluice/streams";

const at = (port: number) => createRedisClient({ mode: "standalone", nodes: [{ host: "127.0.0.1", port }] });
const redis = at(6379);
const target = at(6380);
const scratch = at(6381);

// Backups: a snapshot, the increments after it, a restore up to now, a verification into an empty scratch Redis.
const store = new BackupStore({ client: new S3Client({}), bucket: "my-backups" });
const manifest = await takeSnapshot({ redis, store }); // every stream with its groups, every other key
await backupIncrements({ redis, store }); // what each stream gained since the last run
const restored = await restoreSnapshot({ redis: target, store, until: Date.now() }); // newest snapshot + increments
const verification = await verifyBackup({ scratch, store, snapshotId: manifest.id });
console.log(restored.streams.length, verification.passed);

// Audits: the memory audit's figures as metrics, the ElastiCache configuration as text.
const memory = await auditMemory({ redis }); // also appends one sample to MEMORY_SAMPLES_KEY
const metrics = emfSink();
for (const { dimensions, data } of memoryAuditMetrics(memory)) metrics.put(dimensions, data);
const config = await auditElastiCacheConfig({
  client: new ElastiCacheClient({}),
  replicationGroupId: "sluice-prod",
});
console.log(configSummary(config));

// Capacity for the next 90 days, from the memory audit's samples.
console.log(capacitySummary(await capacityReport({ redis, nodeType: "cache.r7g.large", horizonDays: 90 })));

// ElastiCache's own daily snapshot.
const report = await takeNativeSnapshot({
  client: new ElastiCacheClient({}),
  replicationGroupId: "sluice-prod",
});
console.log(nativeSnapshotSummary(report)); // created, or skipped (quota, in progress); exports, deletions

for (const client of [redis, target, scratch]) client.disconnect();
