// The scheduled jobs: when each runs, in EventBridge Scheduler syntax, UTC, and the Node options its Lambda runs
// with. infra/jobs.ts hands these to CronV2 and the function, npm start to its local scheduler, the benches to the
// processes they measure, so all run alike. Import-free, for the SST type-check.
export const JOBS = {
  /** The lake writer: streams → Parquet on S3 (functions/jobs/lake-writer.ts). */
  lakeWriter: {
    schedule: "rate(5 minutes)",
    // V8 sizes the young generation of a large machine at up to 3 × 32 MiB semi-spaces and fills them between
    // scavenges: the reading thread's heap stays near 60 MB instead of 160 at the same speed (docs/lake.md).
    nodeOptions: "--max-semi-space-size=8",
    // glibc gives each thread that allocates its own malloc arena (up to 8 per core), and the encoder threads' freed
    // batches and chunks stay in them as RSS: two arenas hold the 1M-event bench's peak near 470 MB instead of 510.
    environment: { MALLOC_ARENA_MAX: "2" },
  },
  /** The full logical snapshot: every stream with its group state, and the other keys (functions/jobs/snapshot.ts). */
  snapshot: { schedule: "rate(15 minutes)" },
  /** The incremental stream backup: what each stream gained since the last run (functions/jobs/increments.ts). */
  increments: { schedule: "rate(1 minute)" },
  /** The ElastiCache native snapshot, cloud only (functions/jobs/native-snapshot.ts). */
  nativeSnapshot: { schedule: "cron(30 3 * * ? *)" },
  /** The backup verification: the newest backup restored into a scratch Redis (functions/jobs/verify-backup.ts). */
  verification: { schedule: "cron(0 5 * * ? *)" },
  /** The backup retention cleanup (functions/jobs/backup-retention.ts). */
  backupRetention: { schedule: "cron(0 2 ? * SUN *)" },
  /** The memory audit (functions/jobs/memory-audit.ts). */
  memoryAudit: { schedule: "rate(10 minutes)" },
  /** The configuration audit (functions/jobs/config-audit.ts). */
  configAudit: { schedule: "rate(1 hour)" },
  /** The capacity report (functions/jobs/capacity-report.ts). */
  capacityReport: { schedule: "cron(0 4 ? * TUE *)" },
  /** The stream monitor: each stream's and group's state as metrics (functions/jobs/stream-monitor.ts). */
  streamMonitor: { schedule: "rate(1 minute)" },
} as const;
