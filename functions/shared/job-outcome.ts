// Every scheduled job's outcome, one EMF datum per run (dimension Job: its key in functions/jobs/job-table.ts):
// JobSucceeded and JobDurationMs when it returns, JobLocked and JobDurationMs instead when it returns having found its
// lock held (nothing done: not a success), JobFailed when it throws (then the error goes on). The alarm catalog's
// freshness alarms ask for a success within each job's window.
import { Dimension, emfSink, JobMetric } from "@sluice/observability";
import { logWriter } from "@sluice/streams";
import type { JOBS } from "../jobs/job-table.ts";

export type JobName = keyof typeof JOBS;

/** Where a job's log and metric lines go, one JSON line a call. */
export type WriteLine = (line: string) => void;

/**
 * Runs `job`, its outcome going to `write` with the job's other lines; `locked` tells from its result whether it
 * found its lock held (default: never).
 */
export async function recordJobOutcome<T>(
  job: JobName,
  write: WriteLine,
  run: () => Promise<T>,
  locked: (result: T) => boolean = () => false,
): Promise<T> {
  const started = Date.now();
  const metrics = emfSink(write);
  const dimensions = { [Dimension.job]: job };
  try {
    const result = await run();
    metrics.put(dimensions, [
      { name: locked(result) ? JobMetric.locked : JobMetric.succeeded, unit: "Count", value: 1 },
      { name: JobMetric.duration, unit: "Milliseconds", value: Date.now() - started },
    ]);
    return result;
  } catch (error) {
    metrics.put(dimensions, [{ name: JobMetric.failed, unit: "Count", value: 1 }]);
    throw error;
  }
}

/**
 * Where a handler's lines go: stdout, which Lambda ships to CloudWatch Logs (npm start gives the jobs a file), secrets
 * redacted.
 */
export const writeStdout: WriteLine = logWriter();
