// The launcher's jobs process, standing in for EventBridge Scheduler and the jobs' Lambdas: the local job scheduler
// (scripts/start/local-job-scheduler.ts) running every job but the cloud-only ones through its own handler (the
// verification as a process of its own per run, as the cloud's task: verification-task.ts), on the
// cloud's schedules or those of SLUICE_JOB_SCHEDULES (job-schedules.ts), against the S3 server the launcher gives it
// (SLUICE_S3_ENDPOINT and the buckets). The jobs' log and metric lines go to stdout, each notice as an info line, a
// failed run as an error line with its stack. Unlike npm start it runs nothing at start: like the cloud, the first
// run of each job is its schedule's. On SIGTERM/SIGINT: no new runs, runs in progress finish, clients close, exit 0.
import { disconnect } from "../../functions/shared/lazy-clients.ts";
import { isMain, mainLog, stopOnSignals } from "../../functions/shared/main-lifecycle.ts";
import { scheduleLocalJobs } from "../start/local-job-scheduler.ts";
import { jobSchedules } from "./job-schedules.ts";
import { runVerificationTask } from "./verification-task.ts";

if (isMain(import.meta)) {
  const schedules = jobSchedules(process.env);
  const log = mainLog();
  const scheduler = scheduleLocalJobs({
    schedules,
    writeLog: (line) => console.log(line),
    notice: (line) => log("job notice", { text: line }),
    // As the cloud runs it: a process (a Fargate task) of its own for each run.
    runs: { verification: runVerificationTask },
    failed: (what, error) => {
      const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
      console.log(JSON.stringify({ level: "error", msg: what, error: { name, message, stack } }));
    },
  });
  scheduler.start();
  // The scheduler's timers do not hold a process (npm start's servers hold it); this one lives for them, until stopped.
  const held = setInterval(() => undefined, 2 ** 31 - 1);
  const jobs = scheduler.jobs().map(({ name, expression, nextRunAt }) => ({ name, expression, nextRunAt }));
  log("jobs started", { jobs });
  stopOnSignals("jobs", log, async () => {
    clearInterval(held);
    await scheduler.stop();
    await disconnect();
  });
}
