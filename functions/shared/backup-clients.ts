// The backup jobs' clients (job-clients.ts) with the configuration of config/backup.ts: Redis for the jobs that read
// it (snapshot, increments), the backup store for all of them.
import { BackupStore } from "@sluice/ops/backup";
import { type BackupLocationConfig, loadBackupConfig, loadBackupLocation } from "../config/backup.ts";
import { jobClients, SLOW_COMMAND_TIMEOUT_MS } from "./job-clients.ts";

const clients = jobClients("sluice:backup", SLOW_COMMAND_TIMEOUT_MS);

/** The backup store alone, for the jobs that never connect to Redis (verification, retention). */
export function backupStore(location: BackupLocationConfig = loadBackupLocation()): BackupStore {
  const { bucket, prefix, s3Endpoint } = location;
  return new BackupStore({ client: clients.s3(s3Endpoint), bucket, prefix });
}

/** Redis and the backup store (snapshot, increments). */
export function backupClients() {
  const config = loadBackupConfig();
  return { redis: clients.redis(config.redis), store: backupStore(config) };
}
