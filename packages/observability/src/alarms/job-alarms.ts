// The scheduled jobs: each must succeed within its window (a freshness alarm: no JobSucceeded datum for that long,
// with missing data breaching), the lake writer must not find a stream's lock held run after run, and the daily
// backup verification must pass.
import { BackupMetric, Dimension, JobMetric, LakeMetric, NAMESPACE, OpsMetric } from "../metric-names.ts";
import type { AlarmSpec, Severity } from "./alarm-spec.ts";

interface Freshness {
  /** The job's key in functions/jobs/job-table.ts (its Job dimension). */
  job: string;
  name: string;
  severity: Severity;
  what: string;
  periodSeconds: number;
  /** Periods in a row without a success that trip the alarm. */
  periods: number;
}

const FRESHNESS: Freshness[] = [
  {
    job: "increments",
    name: "BackupIncrementsStale",
    severity: "critical",
    what: "incremental backup (every minute)",
    periodSeconds: 60,
    periods: 5,
  },
  {
    job: "snapshot",
    name: "BackupSnapshotStale",
    severity: "critical",
    what: "full logical snapshot (every 15 minutes)",
    periodSeconds: 900,
    periods: 3,
  },
  {
    job: "lakeWriter",
    name: "LakeWriterStale",
    severity: "warning",
    what: "lake writer (every 5 minutes)",
    periodSeconds: 300,
    periods: 4,
  },
  {
    job: "memoryAudit",
    name: "MemoryAuditStale",
    severity: "warning",
    what: "memory audit (every 10 minutes)",
    periodSeconds: 600,
    periods: 4,
  },
  {
    job: "configAudit",
    name: "ConfigAuditStale",
    severity: "warning",
    what: "configuration audit (hourly)",
    periodSeconds: 3600,
    periods: 3,
  },
  {
    job: "streamMonitor",
    name: "StreamMonitorStale",
    severity: "critical",
    what: "stream monitor (every minute), the source of the stream alarms",
    periodSeconds: 60,
    periods: 5,
  },
  {
    job: "verification",
    name: "BackupVerificationStale",
    severity: "warning",
    what: "backup verification (daily)",
    periodSeconds: 3600,
    periods: 26,
  },
];

const freshness = (f: Freshness): AlarmSpec => ({
  name: f.name,
  group: "jobs",
  severity: f.severity,
  summary: `The ${f.what} has not succeeded for ${describe(f.periodSeconds * f.periods)}.`,
  scope: "app",
  query: {
    kind: "metric",
    namespace: NAMESPACE,
    metric: JobMetric.succeeded,
    statistic: "Sum",
    dimensions: { [Dimension.job]: f.job },
  },
  periodSeconds: f.periodSeconds,
  evaluationPeriods: f.periods,
  datapointsToAlarm: f.periods,
  threshold: 1,
  comparison: "LessThanThreshold",
  // No run, or no successful one, is exactly what this alarm is for.
  missingData: "breaching",
});

function describe(seconds: number): string {
  return seconds >= 3600 ? `${seconds / 3600} hours` : `${seconds / 60} minutes`;
}

/**
 * Every LakeWriter run of a 5-minute period reported `metric` 1 for a stream and group (MIN per stream and group), in 2
 * of 3 periods; no run is not a breach.
 */
const everyLakeRunOfAPeriod = (metric: string) =>
  ({
    scope: "app",
    query: {
      kind: "insights",
      namespace: NAMESPACE,
      metric,
      aggregate: "MIN",
      schema: [Dimension.stream, Dimension.group],
      groupBy: true,
    },
    periodSeconds: 300,
    evaluationPeriods: 3,
    datapointsToAlarm: 2,
    threshold: 1,
    comparison: "GreaterThanOrEqualToThreshold",
    missingData: "notBreaching",
  }) satisfies Partial<AlarmSpec>;

export const JOB_ALARMS: AlarmSpec[] = [
  ...FRESHNESS.map(freshness),
  {
    name: "LakeWriterUnreplicated",
    group: "jobs",
    severity: "warning",
    summary:
      "Durable lake writer runs keep stopping because no replica confirms their commits: the stream is not trimmed and grows in Redis.",
    // A durable run (SLUICE_LAKE_DURABILITY=replicated) stops `unreplicated` when a WAIT times out; one such run during
    // a failover or a replica's full sync is expected, every run of a period in 2 of 3 periods is a replica that stays
    // away or lags.
    ...everyLakeRunOfAPeriod(LakeMetric.runUnreplicated),
  },
  {
    name: "LakeWriterLocked",
    group: "jobs",
    severity: "warning",
    summary:
      "Lake writer runs keep finding a stream's lock held by another run: nothing of that stream reaches the lake.",
    // A crashed or stalled run's lock lapses 30 s after its deadline at the latest, before the next scheduled run:
    // every run of a period locked, in 2 of 3 periods, is a holder that does not let go. No run at all is
    // LakeWriterStale's to report.
    ...everyLakeRunOfAPeriod(LakeMetric.runLocked),
  },
  {
    name: "BackupVerificationFailed",
    group: "jobs",
    severity: "critical",
    summary:
      "The newest backup did not restore as its manifest says (or could not be restored): it may not be usable.",
    scope: "app",
    query: {
      kind: "metric",
      namespace: NAMESPACE,
      metric: BackupMetric.verificationFailed,
      statistic: "Maximum",
    },
    periodSeconds: 3600,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    threshold: 1,
    comparison: "GreaterThanOrEqualToThreshold",
    // The verification runs daily: between runs the last verdict stands.
    missingData: "ignore",
  },
  {
    name: "MemoryAuditCritical",
    group: "jobs",
    severity: "critical",
    summary:
      "The memory audit found a critical problem: memory over 85 %, evictions, or streams the policy may evict.",
    scope: "app",
    query: {
      kind: "metric",
      namespace: NAMESPACE,
      metric: OpsMetric.memoryCriticalFindings,
      statistic: "Maximum",
    },
    periodSeconds: 600,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    threshold: 0,
    comparison: "GreaterThanThreshold",
    missingData: "notBreaching",
  },
  {
    name: "ConfigAuditCritical",
    group: "jobs",
    severity: "critical",
    summary:
      "The configuration audit found a critical setting (an eviction policy that can delete streams, say).",
    scope: "app",
    query: {
      kind: "metric",
      namespace: NAMESPACE,
      metric: OpsMetric.configCriticalFindings,
      statistic: "Maximum",
    },
    periodSeconds: 3600,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    threshold: 0,
    comparison: "GreaterThanThreshold",
    missingData: "notBreaching",
  },
];
