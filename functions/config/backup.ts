// The backup jobs' configuration (functions/jobs/snapshot.ts, increments.ts, backup-retention.ts, verify-backup.ts,
// npm start): Redis as loadRuntimeConfig finds it, the bucket from the `Backups` link (else SLUICE_BACKUP_BUCKET),
// SLUICE_BACKUP_PREFIX (default none) and SLUICE_S3_ENDPOINT for a local S3 server.
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

export interface BackupConfig {
  redis: RedisConnectionConfig;
  redisSource: RuntimeConfig["redisSource"];
  bucket: string;
  prefix: string;
  s3Endpoint: string | undefined;
}

/** Where the backups are, for what reads or writes them without the source Redis (verification, restore). */
export type BackupLocationConfig = Pick<BackupConfig, "bucket" | "prefix" | "s3Endpoint">;

export function loadBackupLocation(
  env: Environment = process.env,
  linkedBackups: string | null = linkedBucket("Backups"),
): BackupLocationConfig {
  return {
    bucket: bucketName(env, linkedBackups, "SLUICE_BACKUP_BUCKET", "Backups"),
    prefix: keyPrefix(env, "SLUICE_BACKUP_PREFIX"),
    s3Endpoint: env.SLUICE_S3_ENDPOINT?.trim() || undefined,
  };
}

export function loadBackupConfig(
  env: Environment = process.env,
  linked: LinkedRedis | null = linkedRedis(),
  linkedBackups: string | null = linkedBucket("Backups"),
): BackupConfig {
  const { redis, redisSource } = loadRuntimeConfig(env, linked);
  return { redis, redisSource, ...loadBackupLocation(env, linkedBackups) };
}
