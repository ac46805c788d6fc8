// The backup verification as the cloud runs it: a task of its own for each run (infra/jobs.ts runs
// functions/jobs/verify-backup-task.ts as a Fargate task beside a scratch Redis), here a process of its own beside a
// scratch redis-server started for the run, so that the launcher's jobs process does not keep what a restore of the
// newest backup made it allocate (npm run soak measured its RSS stepping up with every in-process run). The task's
// lines go to the jobs' log; its exit code is its verdict (0 passed, 1 failed, else it could not run).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { startRedis } from "@sluice/testing";
import type { JobRun } from "../start/local-job-runs.ts";

const TASK = fileURLToPath(new URL("../../functions/jobs/verify-backup-task.ts", import.meta.url));

export async function runVerificationTask(writeLog: (line: string) => void): Promise<JobRun> {
  const started = performance.now();
  const scratch = await startRedis({ maxmemoryPolicy: "noeviction" });
  try {
    const task = spawn(process.execPath, [TASK], {
      env: { ...process.env, SLUICE_VERIFY_REDIS_URL: `redis://${scratch.host}:${scratch.port}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // "close": the task has exited and its output is all read.
    const exited = once(task, "close") as Promise<[number | null, NodeJS.Signals | null]>;
    for (const output of [task.stdout, task.stderr]) createInterface({ input: output }).on("line", writeLog);
    const [code, signal] = await exited;
    const ms = Math.round(performance.now() - started);
    if (code === 0 || code === 1) {
      const verdict = code === 0 ? "passed" : "FAILED (its report in the backups bucket says why)";
      const line = `backup verification (task pid ${task.pid}): ${verdict} (${ms} ms)`;
      return { notices: [line], report: line };
    }
    throw new Error(`the verification task could not run: exit ${signal ?? code}; its log lines say why`);
  } finally {
    await scratch.stop();
  }
}
