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
  processed: "EntriesProcessed",
  failed: "EntriesFailed",
  deadLettered: "EntriesDeadLettered",
  handlerDuration: "HandlerDurationMs",
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
} as const;

/** Dimension names: a stream alone, or a stream and one of its consumer groups. */
export const Dimension = { stream: "Stream", group: "Group" } as const;

export type MetricUnit = "Count" | "Milliseconds" | "Bytes" | "Percent" | "None";
