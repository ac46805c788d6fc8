// The daily backup verification (a Fargate task on a CronV2 at 05:00 UTC with a scratch Redis beside it,
// functions/jobs/verify-backup-task.ts; npm start runs it on the same schedule with a scratch redis-server of its own):
// verifyBackup of @sluice/ops/backup restores the newest snapshot and the increments since into the scratch Redis and
// compares; its report goes to the Backups bucket (verifications/<snapshot id>.json, which retention reads to keep the
// newest verified backup), with a pass/fail metric and a summary log line. A run that cannot even start (no snapshot,
// S3 unreachable) counts as failed too. Only the backups and the scratch: it never connects to the Redis it verifies.
import { emfSink } from "@sluice/observability";
import {
  failedVerificationMetrics,
  type VerificationReport,
  verificationLogEntry,
  verificationMetrics,
  verifyBackup,
} from "@sluice/ops/backup";
import type { RedisClient } from "@sluice/streams";
import { backupStore } from "../shared/backup-clients.ts";
import { recordJobOutcome, type WriteLine } from "../shared/job-outcome.ts";

export function runVerification(scratch: RedisClient, write: WriteLine): Promise<VerificationReport> {
  const started = Date.now();
  return recordJobOutcome("verification", write, async () => {
    try {
      const store = backupStore();
      const report = await verifyBackup({ scratch, store });
      const json = `${JSON.stringify(report, null, 2)}\n`;
      await store.put(store.verificationKey(report.snapshotId), json, "application/json");
      emfSink(write).put({}, verificationMetrics(report));
      write(JSON.stringify(verificationLogEntry(report)));
      return report;
    } catch (error) {
      emfSink(write).put({}, failedVerificationMetrics(Date.now() - started));
      write(JSON.stringify({ level: "error", msg: "backup verification failed", error: String(error) }));
      throw error;
    }
  });
}
