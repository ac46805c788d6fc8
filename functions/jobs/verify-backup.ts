// The daily backup verification (a Fargate task on a CronV2 at 05:00 UTC with a scratch Redis beside it,
// functions/jobs/verify-backup-task.ts; npm start runs it on the same schedule with a scratch redis-server of its
// own): verifyBackup of @sluice/ops restores the newest snapshot and the increments since into the scratch Redis and
// compares; its report goes to the Backups bucket (verifications/<snapshot id>.json, which retention reads to keep the
// newest verified backup), with a pass/fail metric and a summary log line. A run that cannot even start (no snapshot,
// S3 unreachable) counts as failed too.

import type { S3Client } from "@aws-sdk/client-s3";
import { emfSink } from "@sluice/observability";
import {
  failedVerificationMetrics,
  type VerificationReport,
  verificationLogEntry,
  verificationMetrics,
  verifyBackup,
} from "@sluice/ops/backup";
import type { RedisClient } from "@sluice/streams";
import { openBackupStore } from "./backup-container.ts";
import { recordJobOutcome } from "./job-outcome.ts";

export function runVerification(
  scratch: RedisClient,
  write: (line: string) => void,
): Promise<VerificationReport> {
  return recordJobOutcome("verification", write, () => verify(scratch, write));
}

async function verify(scratch: RedisClient, write: (line: string) => void): Promise<VerificationReport> {
  const started = Date.now();
  const metrics = emfSink(write);
  let s3: S3Client | undefined;
  try {
    // Only the backups and the scratch: the verification never connects to the Redis it verifies.
    const opened = openBackupStore();
    s3 = opened.s3;
    const { store } = opened;
    const report = await verifyBackup({ scratch, store });
    await store.put(
      store.verificationKey(report.snapshotId),
      `${JSON.stringify(report, null, 2)}\n`,
      "application/json",
    );
    metrics.put({}, verificationMetrics(report));
    write(JSON.stringify(verificationLogEntry(report)));
    return report;
  } catch (error) {
    metrics.put({}, failedVerificationMetrics(Date.now() - started));
    write(JSON.stringify({ level: "error", msg: "backup verification failed", error: String(error) }));
    throw error;
  } finally {
    s3?.destroy();
  }
}
