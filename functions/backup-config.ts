// The backup jobs' configuration (functions/jobs/snapshot.ts, npm start): Redis as loadRuntimeConfig finds it, the
// bucket from the `Backups` link (else SLUICE_BACKUP_BUCKET), SLUICE_BACKUP_PREFIX (default none) and
// SLUICE_S3_ENDPOINT for a local S3 server.
import { InvalidInputError, type RedisConnectionConfig } from "@sluice/streams";
import {
  bucketName,
  type Environment,
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

export function loadBackupConfig(
  env: Environment = process.env,
  linked: LinkedRedis | null = linkedRedis(),
  linkedBackups: string | null = linkedBucket("Backups"),
): BackupConfig {
  const { redis, redisSource } = loadRuntimeConfig(env, linked);
  const bucket = bucketName(env, linkedBackups, "SLUICE_BACKUP_BUCKET", "Backups");
  const prefix = env.SLUICE_BACKUP_PREFIX?.trim() ?? "";
  if (prefix !== "" && !prefix.endsWith("/")) {
    throw new InvalidInputError(
      "config.invalid_environment",
      `SLUICE_BACKUP_PREFIX must end with "/", got ${JSON.stringify(prefix)}`,
      { details: { variable: "SLUICE_BACKUP_PREFIX" } },
    );
  }
  return { redis, redisSource, bucket, prefix, s3Endpoint: env.SLUICE_S3_ENDPOINT?.trim() || undefined };
}
