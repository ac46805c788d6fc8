import { Dimension, type MetricDatum, type MetricsSink, StreamMetric } from "@sluice/observability";
import type { StreamEntry } from "./envelope.ts";
import { groupStateData } from "./group-state-metrics.ts";
import type { StreamStats } from "./stream-stats.ts";

/** Observations of one distribution one EMF value list holds. */
const MAX_VALUES = 100;
/**
 * Produce-to-ack times kept per flush, sent as records of MAX_VALUES: a busy runner's sample outweighs a quiet
 * one's (up to this cap), so the app-wide percentile is not one flush, one vote.
 */
const MAX_LATENCY_SAMPLES = 1000;

/** Counts what a runner did between flushes, and turns that plus a stream's stats into EMF records. */
export class RunnerMetrics {
  processed = 0;
  failed = 0;
  deadLettered = 0;
  deadLettersUnreplicated = 0;
  readonly #durations: number[] = [];
  /** A uniform sample of the produce-to-ack times since the last flush (reservoir sampling over `#acknowledged`). */
  readonly #produceToAck: number[] = [];
  #acknowledged = 0;

  recordBatch(durationMs: number): void {
    if (this.#durations.length < MAX_VALUES) this.#durations.push(durationMs);
  }

  /** From each entry's producer time (`ts`, else the time Redis added it) to its acknowledgement at `now`. */
  recordAcknowledged(entries: readonly StreamEntry[], now = Date.now()): void {
    for (const entry of entries) {
      const latency = Math.max(0, now - entry.time);
      this.#acknowledged += 1;
      if (this.#produceToAck.length < MAX_LATENCY_SAMPLES) this.#produceToAck.push(latency);
      else {
        const slot = Math.floor(Math.random() * this.#acknowledged);
        if (slot < MAX_LATENCY_SAMPLES) this.#produceToAck[slot] = latency;
      }
    }
  }

  flush(sink: MetricsSink, stream: string, group: string, stats: StreamStats | undefined): void {
    const data: MetricDatum[] = [
      { name: StreamMetric.processed, unit: "Count", value: this.processed },
      { name: StreamMetric.failed, unit: "Count", value: this.failed },
      { name: StreamMetric.deadLettered, unit: "Count", value: this.deadLettered },
      { name: StreamMetric.deadLettersUnreplicated, unit: "Count", value: this.deadLettersUnreplicated },
      { name: StreamMetric.handlerDuration, unit: "Milliseconds", value: this.#durations.splice(0) },
    ];
    const groupStats = stats?.groups.find((g) => g.name === group);
    if (stats && groupStats) data.push(...groupStateData(stats, groupStats));
    const dimensions = { [Dimension.stream]: stream, [Dimension.group]: group };
    sink.put(dimensions, data);
    // Their own records: only these also count app-wide (the series of the produce-to-ack percentile alarm).
    const produceToAck = this.#produceToAck.splice(0);
    for (let i = 0; i < produceToAck.length; i += MAX_VALUES) {
      const value = produceToAck.slice(i, i + MAX_VALUES);
      sink.put(dimensions, [{ name: StreamMetric.produceToAck, unit: "Milliseconds", value }], undefined, {
        rollup: true,
      });
    }
    this.processed = 0;
    this.failed = 0;
    this.deadLettered = 0;
    this.deadLettersUnreplicated = 0;
    this.#acknowledged = 0;
  }
}
