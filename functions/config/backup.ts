// The backup jobs' configuration (functions/jobs/snapshot.ts, increments.ts, backup-retention.ts, verify-backup.ts
// and verify-backup-task.ts, npm start): Redis as redis.ts finds it, the bucket from the `Backups` link (else
// SLUICE_BACKUP_BUCKET), SLUICE_BACKUP_PREFIX (default none) and SLUICE_S3_ENDPOINT for a local S3 server; the
// retention policy; the verification's scratch Redis.
import type { RedisConnectionConfig } from "@sluice/streams";
import { bucketName, type Environment, keyPrefix, positiveInteger, text } from "./env.ts";
import { withRedis } from "./redis.ts";
import { redisConfigFromUrl } from "./redis-url.ts";
import { linkedBucket } from "./resource.ts";

/** Where the backups are, for what reads or writes them without the source Redis (verification, restore). */
export interface BackupLocationConfig {
  bucket: string;
  prefix: string;
  s3Endpoint: string | undefined;
}

/** What BackupRetention keeps, as cleanBackups of @sluice/ops/backup takes it; unset: its defaults (7 days, 672). */
interface RetentionPolicyConfig {
  maxAgeMs: number | undefined;
  maxCount: number | undefined;
}

export function loadBackupLocation(
  env: Environment = process.env,
  linkedBackups: string | null = linkedBucket("Backups"),
): BackupLocationConfig {
  return {
    bucket: bucketName(env, linkedBackups, "SLUICE_BACKUP_BUCKET", "Backups"),
    prefix: keyPrefix(env, "SLUICE_BACKUP_PREFIX"),
    s3Endpoint: text(env, "SLUICE_S3_ENDPOINT"),
  };
}

export const loadBackupConfig = withRedis(loadBackupLocation);

/** SLUICE_BACKUP_KEEP_DAYS and SLUICE_BACKUP_KEEP_COUNT (snapshots). */
export function loadRetentionPolicy(env: Environment = process.env): RetentionPolicyConfig {
  const days = positiveInteger(env, "SLUICE_BACKUP_KEEP_DAYS");
  return {
    maxAgeMs: days === undefined ? undefined : days * 86_400_000,
    maxCount: positiveInteger(env, "SLUICE_BACKUP_KEEP_COUNT"),
  };
}

/**
 * The verification task's scratch Redis: SLUICE_VERIFY_REDIS_URL, default redis://127.0.0.1:6379 (the sidecar of
 * the same Fargate task).
 */
export function loadVerificationScratch(env: Environment = process.env): RedisConnectionConfig {
  const url = text(env, "SLUICE_VERIFY_REDIS_URL") ?? "redis://127.0.0.1:6379";
  return redisConfigFromUrl(url, "standalone", "SLUICE_VERIFY_REDIS_URL");
}
