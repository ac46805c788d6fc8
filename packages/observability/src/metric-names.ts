/** Every metric Sluice emits, named in one place; dashboards and alarms refer to these names. */
export const NAMESPACE = "Sluice";

export const StreamMetric = {
  length: "StreamLength",
  lag: "ConsumerLag",
  lagAge: "LagAgeMs",
  pending: "PendingEntries",
  oldestPendingAge: "OldestPendingAgeMs",
  maxDeliveryCount: "MaxDeliveryCount",
  dlqLength: "DlqLength",
  consumers: "Consumers",
  /** Consumers of a group that read within the liveness window (the stream monitor's figure): 0 is a dead group. */
  activeConsumers: "ActiveConsumers",
  /**
   * Entries waiting (lag) or pending in a group none of whose consumers is active, 0 while one is (the stream
   * monitor's): work nobody does, the liveness alarm's signal. Idle groups of live consumers report 0 on any Redis.
   */
  unattendedEntries: "UnattendedEntries",
  /**
   * Groups of a stream that have held entries unread (no active consumer, position and pending unchanged) for the
   * monitor's stale window (the stream monitor's, dimension Stream).
   */
  staleGroups: "StaleGroups",
  /** Stale groups the stream monitor destroyed by policy (SLUICE_MONITOR_EXPIRE_STALE_GROUPS_MS), per run. */
  staleGroupsExpired: "StaleGroupsExpired",
  processed: "EntriesProcessed",
  failed: "EntriesFailed",
  deadLettered: "EntriesDeadLettered",
  /** Dead-letter moves of a durable runner that no replica confirmed within the wait (a failover may undo them). */
  deadLettersUnreplicated: "DeadLettersUnreplicated",
  handlerDuration: "HandlerDurationMs",
  /** From the producer's `ts` to the acknowledgement, per entry (also without dimensions, for the app's p99). */
  produceToAck: "ProduceToAckMs",
  trimmed: "EntriesTrimmed",
  trimDropped: "EntriesDroppedUnconsumed",
  overCap: "EntriesOverCap",
  overAge: "OverAgeMs",
} as const;

/** What each lake writer run did, per stream and group (the lag age after the run is StreamMetric.lagAge). */
export const LakeMetric = {
  eventsWritten: "LakeEventsWritten",
  bytesWritten: "LakeBytesWritten",
  filesWritten: "LakeFilesWritten",
  runDuration: "LakeRunDurationMs",
  /** 1 for a run that failed (0 otherwise): the next run retries what it left. */
  runFailures: "LakeRunFailures",
  /** 1 for a run that found the stream's lock held by another run and did nothing (0 otherwise). */
  runLocked: "LakeRunLocked",
  /**
   * 1 for a durable run that stopped because a replica did not confirm a segment's range or commit within the wait
   * (nothing trimmed; the next run goes on), 0 otherwise.
   */
  runUnreplicated: "LakeRunUnreplicated",
  /** The most runs a segment of the run needed: above 1, segments are being retried. */
  segmentAttempts: "LakeSegmentAttempts",
} as const;

/** What each backup job run did (no dimension: one Redis per app). */
export const BackupMetric = {
  snapshotEntries: "SnapshotEntries",
  snapshotBytes: "SnapshotBytes",
  snapshotStreams: "SnapshotStreams",
  snapshotDuration: "SnapshotDurationMs",
  incrementEntries: "IncrementEntries",
  incrementBytes: "IncrementBytes",
  /** Entries gone (trimmed, deleted) before a backup could take them: the recovery point was missed for them. */
  incrementGapEntries: "IncrementGapEntries",
  incrementDuration: "IncrementDurationMs",
  /** 1 when the daily verification failed or could not run, 0 when the newest backup restored as its manifest says. */
  verificationFailed: "BackupVerificationFailed",
  verifiedEntries: "VerifiedEntries",
  verificationDuration: "VerificationDurationMs",
  retentionDeletedSnapshots: "RetentionDeletedSnapshots",
  retentionKeptSnapshots: "RetentionKeptSnapshots",
} as const;

/** What the operations jobs found (no dimension unless said: one Redis per app). */
export const OpsMetric = {
  /** 1 when the day's ElastiCache snapshot was started, 0 when it was skipped (quota, one in progress). */
  nativeSnapshotCreated: "NativeSnapshotCreated",
  /** Exports and deletions of old snapshots that failed (the run itself went on). */
  nativeSnapshotProblems: "NativeSnapshotProblems",
  /** The fullest master's used memory as a share of its maxmemory (absent without maxmemory). */
  memoryUsedPercent: "MemoryUsedPercent",
  /** Used memory of all masters. */
  memoryUsedBytes: "MemoryUsedBytes",
  /** The highest mem_fragmentation_ratio (RSS / used) of the masters. */
  fragmentationRatio: "MemoryFragmentationRatio",
  /** Keys evicted since the servers started: any is a lost stream or key under a stream buffer's policy. */
  evictedKeys: "EvictedKeys",
  /** Streams the eviction policy may delete whole. */
  evictionExposedStreams: "EvictionExposedStreams",
  /** What group-aware retention would free now. */
  trimmableBytes: "TrimmableBytes",
  /** Hours until maxmemory at the last 6 hours' growth (absent when memory does not grow). */
  timeToFullHours: "MemoryTimeToFullHours",
  memoryCriticalFindings: "MemoryCriticalFindings",
  /** A stream's MEMORY USAGE (dimension Stream). */
  streamBytes: "StreamBytes",
  /** The configuration audit's findings by severity. */
  configCriticalFindings: "ConfigCriticalFindings",
  configWarningFindings: "ConfigWarningFindings",
} as const;

/** Writes producers could not make (dimensions Stream and Reason: out_of_memory, unavailable, ...). */
export const PublishMetric = {
  failures: "PublishFailures",
} as const;

/**
 * Every scheduled job's outcome (dimension Job: the key of functions/jobs/job-table.ts): one JobSucceeded, JobFailed or
 * JobLocked datum per run, so "no success lately" is the freshness alarm.
 */
export const JobMetric = {
  succeeded: "JobSucceeded",
  failed: "JobFailed",
  /** A run that found another run holding its lock and did nothing: no failure, and no success either. */
  locked: "JobLocked",
  duration: "JobDurationMs",
} as const;

/** Dimension names: a stream alone, a stream and one of its consumer groups, a failure's reason, a job. */
export const Dimension = { stream: "Stream", group: "Group", reason: "Reason", job: "Job" } as const;

export type MetricUnit = "Count" | "Milliseconds" | "Bytes" | "Percent" | "None";
