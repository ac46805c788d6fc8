// When each scheduled job runs, in EventBridge Scheduler syntax, UTC: infra/jobs.ts hands these to CronV2 and
// npm start to its local scheduler, so both run on the same schedule. Import-free, for the SST type-check.
export const JOB_SCHEDULES = {
  /** The lake writer: streams → Parquet on S3. */
  lakeWriter: "rate(5 minutes)",
} as const;
