// Lambda BackupRetention (CronV2 weekly, Sunday 02:00 UTC; npm start runs it on the same schedule): cleanBackups of
// @sluice/ops/backup deletes the snapshots beyond SLUICE_BACKUP_KEEP_DAYS (default 7) or SLUICE_BACKUP_KEEP_COUNT
// (default 672, a week of snapshots) and the increments no kept snapshot needs, never the newest snapshot nor the
// newest verified one. It never connects to Redis. One EMF line with its figures and a summary log line.
import { emfSink } from "@sluice/observability";
import {
  type BackupRetentionReport,
  cleanBackups,
  retentionLogEntry,
  retentionMetrics,
} from "@sluice/ops/backup";
import { loadBackupLocation, loadRetentionPolicy } from "../config/backup.ts";
import type { Environment } from "../config/env.ts";
import { backupStore } from "../shared/backup-clients.ts";
import { recordJobOutcome, type WriteLine, writeStdout } from "../shared/job-outcome.ts";

/** One run; `env` (default the process's) gives the policy and the backups' bucket and prefix; the S3 client is the
 * one this process's backup jobs opened first (job-clients.ts). */
export function runBackupRetention(write: WriteLine, env?: Environment): Promise<BackupRetentionReport> {
  return recordJobOutcome("backupRetention", write, async () => {
    const policy = loadRetentionPolicy(env);
    const report = await cleanBackups(backupStore(loadBackupLocation(env)), policy);
    emfSink(write).put({}, retentionMetrics(report));
    write(JSON.stringify(retentionLogEntry(report)));
    return report;
  });
}

export const handler = () => runBackupRetention(writeStdout);
