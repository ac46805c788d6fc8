// The connections of the backup jobs (snapshot, increments), made once per Lambda container (or npm start process)
// from loadBackupConfig and shared by the jobs that run there.

import type { S3Client } from "@aws-sdk/client-s3";
import { BackupStore } from "@sluice/ops/backup";
import type { RedisClient } from "@sluice/streams";
import { loadBackupConfig, loadBackupLocation } from "../backup-config.ts";
import type { Environment } from "../runtime-config.ts";
import { createS3Client } from "../s3-client.ts";
import { jobRedisClient } from "./job-redis.ts";

interface Container {
  redis: RedisClient;
  s3: S3Client;
  store: BackupStore;
}

let container: Container | undefined;

export function backupContainer(): Container {
  if (container) return container;
  const config = loadBackupConfig();
  const redis = jobRedisClient(config.redis, "sluice:backup");
  const s3 = createS3Client(config.s3Endpoint);
  container = {
    redis,
    s3,
    store: new BackupStore({ client: s3, bucket: config.bucket, prefix: config.prefix }),
  };
  return container;
}

/** The backup store alone, for the jobs that never connect to Redis (verification, retention): destroy `s3` after. */
export function openBackupStore(env: Environment = process.env): { store: BackupStore; s3: S3Client } {
  const location = loadBackupLocation(env);
  const s3 = createS3Client(location.s3Endpoint);
  return { s3, store: new BackupStore({ client: s3, bucket: location.bucket, prefix: location.prefix }) };
}

/** Closes the connections (tests, npm start; Lambda itself just freezes the container). */
export function disconnect(): void {
  container?.redis.disconnect();
  container?.s3.destroy();
  container = undefined;
}
