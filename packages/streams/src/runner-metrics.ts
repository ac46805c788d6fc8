import { Dimension, type MetricDatum, type MetricsSink, StreamMetric } from "@sluice/observability";
import type { StreamStats } from "./stream-stats.ts";

/** Counts what a runner did between flushes, and turns that plus a stream's stats into one EMF record. */
export class RunnerMetrics {
  processed = 0;
  failed = 0;
  deadLettered = 0;
  readonly #durations: number[] = [];

  recordBatch(durationMs: number): void {
    if (this.#durations.length < 100) this.#durations.push(durationMs);
  }

  flush(sink: MetricsSink, stream: string, group: string, stats: StreamStats | undefined): void {
    const data: MetricDatum[] = [
      { name: StreamMetric.processed, unit: "Count", value: this.processed },
      { name: StreamMetric.failed, unit: "Count", value: this.failed },
      { name: StreamMetric.deadLettered, unit: "Count", value: this.deadLettered },
      { name: StreamMetric.handlerDuration, unit: "Milliseconds", value: this.#durations.splice(0) },
    ];
    const groupStats = stats?.groups.find((g) => g.name === group);
    if (stats && groupStats) {
      data.push(
        { name: StreamMetric.length, unit: "Count", value: stats.length },
        { name: StreamMetric.dlqLength, unit: "Count", value: stats.dlqLength },
        { name: StreamMetric.lag, unit: "Count", value: groupStats.lag ?? 0 },
        { name: StreamMetric.lagAge, unit: "Milliseconds", value: groupStats.lagAgeMs },
        { name: StreamMetric.pending, unit: "Count", value: groupStats.pending },
        { name: StreamMetric.oldestPendingAge, unit: "Milliseconds", value: groupStats.oldestPendingAgeMs },
        { name: StreamMetric.maxDeliveryCount, unit: "Count", value: groupStats.maxDeliveryCount },
        { name: StreamMetric.consumers, unit: "Count", value: groupStats.consumers },
      );
    }
    sink.put({ [Dimension.stream]: stream, [Dimension.group]: group }, data);
    this.processed = 0;
    this.failed = 0;
    this.deadLettered = 0;
  }
}
