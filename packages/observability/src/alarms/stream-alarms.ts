// Sluice's own stream alarms: what no public rule set has. Each is a Metrics Insights query over every stream and
// group (new streams join without a deploy), grouped so that one stuck group trips the alarm alone. The figures come
// from the stream monitor (every minute, whether or not a consumer runs), the consumer runners, the producers and
// retention.
import { Dimension, NAMESPACE, PublishMetric, StreamMetric } from "../metric-names.ts";
import type { AlarmSpec, Comparison, InsightsAggregate, InsightsQuery, Severity } from "./alarm-spec.ts";

/** Groups read in batches by scheduled jobs (the lake writer's): their lag is their schedule, watched by freshness. */
export const BATCH_GROUPS = ["lake"];

/** One series per value of `schema`: each stream (and group, or reason) trips the alarm on its own. */
const each = (
  metric: string,
  aggregate: InsightsAggregate,
  schema: string[],
  exclude?: InsightsQuery["exclude"],
): InsightsQuery => ({
  kind: "insights",
  namespace: NAMESPACE,
  metric,
  aggregate,
  schema,
  ...(exclude && { exclude }),
  groupBy: true,
});

/** Per stream and group, the batch groups left out. */
const perGroup = (metric: string, aggregate: InsightsAggregate) =>
  each(metric, aggregate, [Dimension.stream, Dimension.group], { [Dimension.group]: BATCH_GROUPS });

/** A stream alarm: one-minute periods, M of N, no data is no breach (the freshness alarms watch the sources). */
function alarm(
  name: string,
  severity: Severity,
  summary: string,
  query: AlarmSpec["query"],
  when: {
    threshold: number;
    periods: number;
    datapoints?: number;
    comparison?: Comparison;
    periodSeconds?: number;
  },
): AlarmSpec {
  return {
    name,
    group: "streams",
    severity,
    summary,
    scope: "app",
    query,
    periodSeconds: when.periodSeconds ?? 60,
    evaluationPeriods: when.periods,
    datapointsToAlarm: when.datapoints ?? when.periods,
    threshold: when.threshold,
    comparison: when.comparison ?? "GreaterThanThreshold",
    missingData: "notBreaching",
  };
}

export const STREAM_ALARMS: AlarmSpec[] = [
  alarm(
    "StreamLagAge",
    "critical",
    "The oldest entry no consumer of a group has been given is over 5 minutes old: the group is falling behind.",
    perGroup(StreamMetric.lagAge, "MAX"),
    { threshold: 300_000, periods: 3 },
  ),
  alarm(
    "StreamLag",
    "warning",
    "A group has over 100,000 entries not yet delivered to any of its consumers.",
    perGroup(StreamMetric.lag, "MAX"),
    { threshold: 100_000, periods: 5 },
  ),
  alarm(
    "StreamPending",
    "warning",
    "A group holds over 10,000 entries delivered and not acknowledged: handlers are slow or failing.",
    perGroup(StreamMetric.pending, "MAX"),
    { threshold: 10_000, periods: 5 },
  ),
  alarm(
    "StreamOldestPendingAge",
    "warning",
    "An entry added over 15 minutes ago is delivered and still unacknowledged: a handler hangs or fails it.",
    perGroup(StreamMetric.oldestPendingAge, "MAX"),
    { threshold: 900_000, periods: 3 },
  ),
  alarm(
    "StreamMaxDeliveryCount",
    "warning",
    "An entry has been delivered 3 times or more without success: poison on its way to the dead-letter stream.",
    perGroup(StreamMetric.maxDeliveryCount, "MAX"),
    { threshold: 3, periods: 2, comparison: "GreaterThanOrEqualToThreshold" },
  ),
  alarm(
    "DlqInflow",
    "warning",
    "Entries were dead-lettered in the last minute: their handler failed them on every delivery.",
    // Every group, the lake writer's too: a dead letter is news whatever the schedule.
    each(StreamMetric.deadLettered, "SUM", [Dimension.stream, Dimension.group]),
    { threshold: 0, periods: 1 },
  ),
  alarm(
    "DlqLength",
    "warning",
    "A dead-letter stream has held entries for 15 minutes, waiting to be inspected and redriven.",
    // Per stream (the monitor's figure): one whose groups were destroyed is watched too.
    each(StreamMetric.dlqLength, "MAX", [Dimension.stream]),
    { threshold: 0, periods: 15 },
  ),
  alarm(
    "PublishFailures",
    "critical",
    "Redis refused writes (out of memory under noeviction, or unreachable): producers get errors.",
    each(PublishMetric.failures, "SUM", [Dimension.stream, Dimension.reason]),
    // Two minutes of three: a failover's reconnect refuses writes for seconds, and is not a page on its own.
    { threshold: 0, periods: 3, datapoints: 2 },
  ),
  alarm(
    "ConsumerLiveness",
    "critical",
    "A group has had entries waiting for 3 minutes with no consumer reading: its service is down or stuck.",
    // Not "no active consumer" alone: a group with nothing to do may have none (a service scaled to zero), and on
    // Redis before 7.2 a consumer's idle time grows while its reads find nothing.
    perGroup(StreamMetric.unattendedEntries, "MAX"),
    { threshold: 0, periods: 3 },
  ),
  alarm(
    "StaleGroups",
    "warning",
    "A group has held entries nobody reads for over an hour: abandoned, it pins retention and memory.",
    // Per stream (the monitor's count of its stale groups); the window is the monitor's (SLUICE_MONITOR_STALE_GROUP_MS).
    each(StreamMetric.staleGroups, "MAX", [Dimension.stream]),
    { threshold: 0, periods: 3 },
  ),
  alarm(
    "TrimLossRisk",
    "warning",
    "A stream is over its retention cap with entries a group still needs: kept for now, at risk if dropped.",
    each(StreamMetric.overCap, "MAX", [Dimension.stream]),
    { threshold: 0, periods: 5 },
  ),
  alarm(
    "TrimDroppedUnconsumed",
    // A stream configured to drop (the frame pipeline's bounded buffers) does so by choice: worth knowing, not a page.
    "warning",
    "Retention with onUnconsumed=drop removed entries a group had not acknowledged: they are lost to it.",
    each(StreamMetric.trimDropped, "SUM", [Dimension.stream]),
    { threshold: 0, periods: 1 },
  ),
  alarm(
    "ProduceToAckP99",
    "warning",
    "The 99th percentile from an entry's production to its acknowledgement is over 5 s.",
    // Metrics Insights has no percentiles: the runners also emit this without dimensions (EMF rollup).
    { kind: "metric", namespace: NAMESPACE, metric: StreamMetric.produceToAck, statistic: "p99" },
    { threshold: 5000, periods: 3, periodSeconds: 300 },
  ),
];
