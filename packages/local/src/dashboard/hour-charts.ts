import {
  Dimension,
  type MetricStore,
  MINUTE_MS,
  type MinuteAggregate,
  NAMESPACE,
  percentile,
  StreamMetric,
} from "@sluice/observability";

export interface ChartSeries {
  /** `stream/group` */
  label: string;
  /** [minute start (epoch ms), value], oldest first; minutes without data are left out. */
  points: [number, number][];
}

export interface Chart {
  title: string;
  metric: string;
  unit: "ms" | "count";
  series: ChartSeries[];
}

export interface HourCharts {
  /** The hour charted: its points are the minutes that start after `from`, up to the current one, `to`. */
  from: number;
  to: number;
  charts: Chart[];
}

const maximum = (agg: MinuteAggregate) => agg.max;

/** What the page charts per stream and group, each minute's figure from the store's aggregate of it. */
const CHARTS: (Omit<Chart, "series"> & { value: (agg: MinuteAggregate) => number })[] = [
  { title: "Lag age (max)", metric: StreamMetric.lagAge, unit: "ms", value: maximum },
  { title: "Pending entries (max)", metric: StreamMetric.pending, unit: "count", value: maximum },
  { title: "Dead-letter stream length (max)", metric: StreamMetric.dlqLength, unit: "count", value: maximum },
  {
    title: "Produce to ack (p99)",
    metric: StreamMetric.produceToAck,
    unit: "ms",
    value: (agg) => percentile(agg.values, 99),
  },
];

const isGroupSeries = (dimensions: Record<string, string>) =>
  Object.keys(dimensions).length === 2 && Dimension.stream in dimensions && Dimension.group in dimensions;

/** The last hour of each charted metric, one series per stream and group that has data in it. */
export function hourCharts(store: MetricStore, now: number): HourCharts {
  const to = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  const from = to - 60 * MINUTE_MS;
  const charts = CHARTS.map(({ value, ...chart }) => {
    const series = store
      .series(NAMESPACE, chart.metric)
      .filter((s) => isGroupSeries(s.dimensions))
      .map((s) => ({
        label: `${s.dimensions[Dimension.stream]}/${s.dimensions[Dimension.group]}`,
        points: [...s.minutes]
          .filter(([minute]) => minute > from && minute <= to)
          .sort(([a], [b]) => a - b)
          .map(([minute, agg]): [number, number] => [minute, value(agg)]),
      }))
      .filter((s) => s.points.length > 0)
      .sort((a, b) => a.label.localeCompare(b.label));
    return { ...chart, series };
  });
  return { from, to, charts };
}
