// The local runtime's CloudWatch: EMF lines in, per-minute aggregates of every series out (count, sum, min, max and
// a sample of the values for percentiles), kept as long as the longest alarm window looks back.

export interface MinuteAggregate {
  count: number;
  sum: number;
  min: number;
  max: number;
  /** A uniform sample of up to `maxValuesPerMinute` of the values (reservoir sampling over `count`), for percentiles. */
  values: number[];
}

export interface Series {
  namespace: string;
  metric: string;
  dimensions: Record<string, string>;
  /** Minute start (epoch ms) → aggregate. */
  minutes: Map<number, MinuteAggregate>;
}

interface EmfDirective {
  Namespace: string;
  Dimensions: string[][];
  Metrics: { Name: string }[];
}

export const MINUTE_MS = 60_000;

export class MetricStore {
  readonly #series = new Map<string, Series>();
  readonly #retentionMs: number;
  readonly #maxValues: number;

  /** Default retention 27 hours: the daily verification's freshness alarm looks back 26. */
  constructor(options: { retentionMs?: number; maxValuesPerMinute?: number } = {}) {
    this.#retentionMs = options.retentionMs ?? 27 * 3600_000;
    this.#maxValues = options.maxValuesPerMinute ?? 1000;
  }

  /** Takes one log line; returns whether it was an EMF record (other lines are ignored). */
  ingestLine(line: string): boolean {
    if (!line.startsWith('{"_aws"')) return false;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return false;
    }
    const aws = record._aws as { Timestamp?: number; CloudWatchMetrics?: EmfDirective[] } | undefined;
    if (!aws || !Array.isArray(aws.CloudWatchMetrics)) return false;
    const timestamp = typeof aws.Timestamp === "number" ? aws.Timestamp : Date.now();
    for (const directive of aws.CloudWatchMetrics) {
      for (const keys of directive.Dimensions) {
        const dimensions = Object.fromEntries(keys.map((k) => [k, String(record[k])]));
        for (const { Name } of directive.Metrics) {
          const raw = record[Name];
          const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is number => typeof v === "number");
          if (values.length > 0) this.add(directive.Namespace, Name, dimensions, values, timestamp);
        }
      }
    }
    return true;
  }

  add(
    namespace: string,
    metric: string,
    dimensions: Record<string, string>,
    values: number[],
    at: number,
  ): void {
    const key = seriesKey(namespace, metric, dimensions);
    let series = this.#series.get(key);
    if (!series) {
      series = { namespace, metric, dimensions, minutes: new Map() };
      this.#series.set(key, series);
    }
    const minute = Math.floor(at / MINUTE_MS) * MINUTE_MS;
    let agg = series.minutes.get(minute);
    if (!agg) {
      agg = { count: 0, sum: 0, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY, values: [] };
      series.minutes.set(minute, agg);
      this.#expire(series, minute);
    }
    for (const v of values) {
      agg.count += 1;
      agg.sum += v;
      agg.min = Math.min(agg.min, v);
      agg.max = Math.max(agg.max, v);
      if (agg.values.length < this.#maxValues) agg.values.push(v);
      else {
        const slot = Math.floor(Math.random() * agg.count);
        if (slot < this.#maxValues) agg.values[slot] = v;
      }
    }
  }

  /** Every series of a metric. */
  series(namespace: string, metric: string): Series[] {
    return [...this.#series.values()].filter((s) => s.namespace === namespace && s.metric === metric);
  }

  #expire(series: Series, newest: number): void {
    for (const minute of series.minutes.keys())
      if (minute < newest - this.#retentionMs) series.minutes.delete(minute);
  }
}

function seriesKey(namespace: string, metric: string, dimensions: Record<string, string>): string {
  const dims = Object.keys(dimensions)
    .sort()
    .map((k) => `${k}=${dimensions[k]}`)
    .join(",");
  return `${namespace}|${metric}|${dims}`;
}

/** The aggregate of a series' minutes in [from, to). */
export function aggregateRange(series: Series, from: number, to: number): MinuteAggregate | null {
  let out: MinuteAggregate | null = null;
  for (let minute = from; minute < to; minute += MINUTE_MS) {
    const agg = series.minutes.get(minute);
    if (!agg) continue;
    out ??= { count: 0, sum: 0, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY, values: [] };
    out.count += agg.count;
    out.sum += agg.sum;
    out.min = Math.min(out.min, agg.min);
    out.max = Math.max(out.max, agg.max);
    out.values.push(...agg.values);
  }
  return out;
}
