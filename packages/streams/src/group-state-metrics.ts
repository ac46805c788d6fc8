import { type MetricDatum, StreamMetric } from "@sluice/observability";
import type { GroupStats, StreamStats } from "./stream-stats.ts";

/** A stream's own figures: its length and its dead-letter stream's. */
export function streamStateData(stats: StreamStats): MetricDatum[] {
  return [
    { name: StreamMetric.length, unit: "Count", value: stats.length },
    { name: StreamMetric.dlqLength, unit: "Count", value: stats.dlqLength },
  ];
}

/**
 * A group's lag; when Redis cannot tell (a group set to an arbitrary id, deletions inside its range) but an entry
 * waits, at least 1: an unknown lag must not read as nothing to do (liveness, scaling to zero).
 */
export function knownLag(group: GroupStats): number {
  return group.lag ?? (group.lagAgeMs > 0 ? 1 : 0);
}

/**
 * The state of one group of a stream, as the consumer runners and the stream monitor both emit it (dimensions
 * Stream and Group): the stream's figures, then lag, lag age, pending, oldest pending age, deliveries, consumers.
 */
export function groupStateData(stats: StreamStats, group: GroupStats): MetricDatum[] {
  return [
    ...streamStateData(stats),
    { name: StreamMetric.lag, unit: "Count", value: knownLag(group) },
    { name: StreamMetric.lagAge, unit: "Milliseconds", value: group.lagAgeMs },
    { name: StreamMetric.pending, unit: "Count", value: group.pending },
    { name: StreamMetric.oldestPendingAge, unit: "Milliseconds", value: group.oldestPendingAgeMs },
    { name: StreamMetric.maxDeliveryCount, unit: "Count", value: group.maxDeliveryCount },
    { name: StreamMetric.consumers, unit: "Count", value: group.consumers },
  ];
}
