import { expect } from "vitest";

/** A job's JSON lines, parsed and split: its outcome records (EMF with dimension Job) and all the others, in order. */
export function jobLines(lines: string[]) {
  const records = lines.map((line) => JSON.parse(line));
  const isOutcome = (record: Record<string, unknown>) => "_aws" in record && "Job" in record;
  return { outcomes: records.filter(isOutcome), others: records.filter((record) => !isOutcome(record)) };
}

/** What one successful run of `job` emits. */
export const succeeded = (job: string) =>
  expect.objectContaining({ Job: job, JobSucceeded: 1, JobDurationMs: expect.any(Number) });

/** What one failed run of `job` emits. */
export const failed = (job: string) => expect.objectContaining({ Job: job, JobFailed: 1 });
