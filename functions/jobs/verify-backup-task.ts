// The BackupVerification task's main (infra/jobs.ts): a Fargate task of two containers, this one and a scratch
// Redis at SLUICE_VERIFY_REDIS_URL (default redis://127.0.0.1:6379, the sidecar of the same task). Waits for the
// scratch to answer, runs the verification, exits 0 when it passed, 1 when it did not (the task's exit code), 2 when
// it could not run. Nothing else, so the scheduled task is the same code npm start runs.
import { createRedisClient } from "@sluice/streams";
import { loadVerificationScratch } from "../config/backup.ts";
import { writeStdout } from "../shared/job-outcome.ts";
import { disconnect } from "../shared/lazy-clients.ts";
import { runVerification } from "./verify-backup.ts";

const scratch = createRedisClient({
  ...loadVerificationScratch(),
  connectionName: "sluice:verify",
  commandTimeoutMs: 60_000,
  // The sidecar may still be starting: keep reconnecting for a minute before the first command fails.
  maxRetriesPerRequest: 30,
});
scratch.on("error", () => undefined);
try {
  const report = await runVerification(scratch, writeStdout);
  process.exitCode = report.passed ? 0 : 1;
} catch {
  process.exitCode = 2; // logged by runVerification
} finally {
  scratch.disconnect();
  await disconnect(); // the backup store's S3 client, so the task exits
}
