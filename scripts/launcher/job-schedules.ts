// SLUICE_JOB_SCHEDULES, the launcher's jobs process's override of the cloud's schedules: a JSON object of job name (a
// key of functions/jobs/job-table.ts) → EventBridge expression, e.g. `{"lakeWriter":"rate(1 minute)"}` for a chaos
// run that wants the lake written more often than every 5 minutes. Checked whole before anything runs.
import { parseSchedule } from "@sluice/local";
import { type Environment, invalid, text } from "../../functions/config/env.ts";
import { JOBS } from "../../functions/jobs/job-table.ts";
import type { JobName } from "../../functions/shared/job-outcome.ts";
import { LOCAL_JOBS } from "../start/local-job-runs.ts";

const NAME = "SLUICE_JOB_SCHEDULES";

/** The schedules SLUICE_JOB_SCHEDULES sets (none when unset); a bad value throws, naming the variable and the job. */
export function jobSchedules(env: Environment): Partial<Record<JobName, string>> {
  const value = text(env, NAME);
  if (value === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw invalid(`${NAME} must be JSON (${(error as Error).message}), got ${JSON.stringify(value)}`, NAME);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw invalid(
      `${NAME} must be a JSON object of job name → schedule, like {"lakeWriter":"rate(1 minute)"}, got ${value}`,
      NAME,
    );
  }
  const local = (Object.keys(JOBS) as JobName[]).filter((job) => !LOCAL_JOBS[job].cloudOnly);
  const schedules: Partial<Record<JobName, string>> = {};
  for (const [job, expression] of Object.entries(parsed)) {
    if (!local.includes(job as JobName)) {
      const why = job in JOBS ? "runs in the cloud only" : "is not a job";
      throw invalid(`${NAME}: ${JSON.stringify(job)} ${why}; the local jobs are ${local.join(", ")}`, NAME);
    }
    if (typeof expression !== "string")
      throw invalid(
        `${NAME}.${job} must be a schedule expression string, got ${JSON.stringify(expression)}`,
        NAME,
      );
    try {
      parseSchedule(expression);
    } catch (error) {
      throw invalid(`${NAME}.${job}: ${(error as Error).message}`, NAME);
    }
    schedules[job as JobName] = expression;
  }
  return schedules;
}
