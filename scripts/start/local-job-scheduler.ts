// The local job scheduler over LOCAL_JOBS (local-job-runs.ts): every job but the cloud-only ones, each on its
// schedule (JOBS' in functions/jobs/job-table.ts unless `schedules` gives another), each run through its own
// handler. npm start's scheduler (local-jobs.ts) and the launcher's jobs process (scripts/launcher/jobs-main.ts)
// are this one.
import { JobScheduler } from "@sluice/local";
import { JOBS } from "../../functions/jobs/job-table.ts";
import type { JobName } from "../../functions/shared/job-outcome.ts";
import { jobCommandName, LOCAL_JOBS, type LocalJob } from "./local-job-runs.ts";

export interface LocalJobSchedulerOptions {
  /** Schedules over JOBS' (EventBridge expressions), e.g. a faster lake writer for a chaos run. */
  schedules?: Partial<Record<JobName, string>>;
  /** Where the jobs' log and metric lines go. */
  writeLog: (line: string) => void;
  /** A line a run has to say (a job's notices; those of an `onChange` job only when they changed). */
  notice: (line: string) => void;
  /** A run that failed, and its error. */
  failed: (what: string, error: unknown) => void;
  /** Jobs run another way than LOCAL_JOBS' (the launcher runs the verification as a process of its own, as the cloud). */
  runs?: Partial<Record<JobName, LocalJob["run"]>>;
}

/** The scheduler with every local job added under its command name (`lake-writer`), not yet started. */
export function scheduleLocalJobs({
  schedules = {},
  writeLog,
  notice,
  failed,
  runs = {},
}: LocalJobSchedulerOptions) {
  const scheduler = new JobScheduler({
    log: (event) => {
      if (event.event === "job.failed") failed(`${event.job}: run failed`, event.error);
    },
  });
  for (const [key, job] of Object.entries(LOCAL_JOBS) as [JobName, (typeof LOCAL_JOBS)[JobName]][]) {
    if (job.cloudOnly) continue;
    let previous = "";
    const run = runs[key] ?? job.run;
    scheduler.add({
      name: jobCommandName(key),
      schedule: schedules[key] ?? JOBS[key].schedule,
      run: async () => {
        const { notices } = await run(writeLog);
        if (job.onChange && notices.join("\n") === previous) return;
        previous = notices.join("\n");
        for (const line of notices) notice(line);
      },
    });
  }
  return scheduler;
}
