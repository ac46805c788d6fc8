import {
  Dimension,
  JobMetric,
  type MetricStore,
  type MinuteAggregate,
  NAMESPACE,
} from "@sluice/observability";

export interface JobRow {
  /** The job's key in functions/jobs/job-table.ts: its Job dimension. */
  name: string;
  schedule: string;
  /** Start of the newest minute with a success or a failure (the store keeps minutes), epoch ms; null: none. */
  lastSuccessAt: number | null;
  lastFailureAt: number | null;
  /** How long the newest successful run took. */
  lastDurationMs: number | null;
}

/** The newest minute of a job's series of `metric`, with its aggregate. */
function newest(store: MetricStore, metric: string, job: string): [number, MinuteAggregate] | undefined {
  const series = store
    .series(NAMESPACE, metric)
    .find((s) => Object.keys(s.dimensions).length === 1 && s.dimensions[Dimension.job] === job);
  return [...(series?.minutes ?? [])].sort(([a], [b]) => b - a)[0];
}

/** Each job's last success and failure, from the JobSucceeded, JobFailed and JobDurationMs metrics of its runs. */
export function jobRows(store: MetricStore, jobs: readonly { name: string; schedule: string }[]): JobRow[] {
  return jobs.map(({ name, schedule }) => {
    const duration = newest(store, JobMetric.duration, name)?.[1].values.at(-1);
    return {
      name,
      schedule,
      lastSuccessAt: newest(store, JobMetric.succeeded, name)?.[0] ?? null,
      lastFailureAt: newest(store, JobMetric.failed, name)?.[0] ?? null,
      lastDurationMs: duration ?? null,
    };
  });
}
