// Lambda BackupRetention (CronV2 weekly, Sunday 02:00 UTC; npm start runs it on the same schedule): cleanBackups of
// @sluice/ops deletes the snapshots beyond SLUICE_BACKUP_KEEP_DAYS (default 7) or SLUICE_BACKUP_KEEP_COUNT (default
// 672, a week of snapshots) and the increments no kept snapshot needs, never the newest snapshot nor the newest
// verified one. It never connects to Redis. One EMF line with its figures and a summary log line.
import { emfSink } from "@sluice/observability";
import {
  type BackupRetentionReport,
  cleanBackups,
  retentionLogEntry,
  retentionMetrics,
} from "@sluice/ops/backup";
import { type Environment, positiveInteger } from "../runtime-config.ts";
import { openBackupStore } from "./backup-container.ts";
import { recordJobOutcome } from "./job-outcome.ts";

export function runBackupRetention(
  write: (line: string) => void,
  env: Environment = process.env,
): Promise<BackupRetentionReport> {
  return recordJobOutcome("backupRetention", write, () => backupRetention(write, env));
}

async function backupRetention(
  write: (line: string) => void,
  env: Environment,
): Promise<BackupRetentionReport> {
  const days = positiveInteger(env, "SLUICE_BACKUP_KEEP_DAYS");
  const maxCount = positiveInteger(env, "SLUICE_BACKUP_KEEP_COUNT");
  const { store, s3 } = openBackupStore(env);
  const report = await cleanBackups(store, {
    ...(days !== undefined && { maxAgeMs: days * 86_400_000 }),
    ...(maxCount !== undefined && { maxCount }),
  }).finally(() => s3.destroy());
  emfSink(write).put({}, retentionMetrics(report));
  write(JSON.stringify(retentionLogEntry(report)));
  return report;
}

export const handler = () => runBackupRetention((line) => process.stdout.write(`${line}\n`));
