// CloudWatch's alarm evaluation, locally, over the MetricStore: per alarm the N most recent whole periods, the
// statistic (or Metrics Insights aggregate) of each, missing periods treated as the alarm says, ALARM when M of the
// N breach. A grouped Metrics Insights alarm evaluates each series (contributor) alone and is ALARM when any is.
// Only the app's own alarms (namespace Sluice, scope app) can be evaluated here: AWS's metrics exist in AWS only.
import type { AlarmSpec, Comparison, InsightsAggregate, Statistic } from "../alarms/alarm-spec.ts";
import { NAMESPACE } from "../metric-names.ts";
import { percentile } from "../percentile.ts";
import { aggregateRange, type MetricStore, type MinuteAggregate, type Series } from "./metric-store.ts";

export type AlarmState = "OK" | "ALARM" | "INSUFFICIENT_DATA";

export interface Contributor {
  dimensions: Record<string, string>;
  state: AlarmState;
  /** The statistic of each evaluated period, oldest first; null where there was no data. */
  values: (number | null)[];
}

export interface AlarmEvaluation {
  name: string;
  state: AlarmState;
  /** Why, in a sentence. */
  reason: string;
  contributors: Contributor[];
}

/** Whether the local runtime can evaluate an alarm: its data is Sluice's own. */
export function isLocal(spec: AlarmSpec): boolean {
  return spec.scope === "app" && spec.query.kind !== "math" && spec.query.namespace === NAMESPACE;
}

/**
 * `observedSince`: when observing began (npm start's start). A period that ended before it without data is not
 * judged (nothing ran here then, which is no breach: a freshness alarm waits for its window); one with data (a log
 * replayed from an earlier run) is.
 */
export function evaluateAlarm(
  spec: AlarmSpec,
  store: MetricStore,
  now: number,
  previous: AlarmState = "INSUFFICIENT_DATA",
  observedSince = Number.NEGATIVE_INFINITY,
): AlarmEvaluation {
  if (!isLocal(spec)) throw new Error(`${spec.name} watches AWS metrics: it is evaluated in CloudWatch only`);
  const periodMs = spec.periodSeconds * 1000;
  const end = Math.floor(now / periodMs) * periodMs;
  const periods = Array.from({ length: spec.evaluationPeriods }, (_, i) => {
    const from = end - (spec.evaluationPeriods - i) * periodMs;
    return [from, from + periodMs] as const;
  });
  const judged = (values: (number | null)[]) =>
    values.filter((v, i) => v !== null || (periods[i] as readonly [number, number])[1] > observedSince);
  const groups = seriesGroups(spec, store);
  const contributors = groups.map(({ dimensions, series, value }) => {
    const values = periods.map(([from, to]) => {
      const parts = series
        .map((s) => aggregateRange(s, from, to))
        .filter((a): a is MinuteAggregate => a !== null);
      return parts.length === 0 ? null : value(merge(parts));
    });
    return { dimensions, values, state: decide(spec, judged(values), previous) };
  });
  // No series at all: every period is missing, as CloudWatch sees a query that returns nothing.
  const state =
    contributors.length === 0
      ? decide(spec, judged(periods.map(() => null)), previous)
      : contributors.some((c) => c.state === "ALARM")
        ? "ALARM"
        : contributors.every((c) => c.state === "INSUFFICIENT_DATA")
          ? "INSUFFICIENT_DATA"
          : "OK";
  return { name: spec.name, state, reason: reasonFor(spec, state, contributors), contributors };
}

interface SeriesGroup {
  dimensions: Record<string, string>;
  series: Series[];
  value: (agg: MinuteAggregate) => number;
}

function seriesGroups(spec: AlarmSpec, store: MetricStore): SeriesGroup[] {
  const { query } = spec;
  if (query.kind === "metric") {
    const want = query.dimensions ?? {};
    const series = store
      .series(query.namespace, query.metric)
      .filter((s) => sameDimensions(s.dimensions, want));
    return series.length === 0 ? [] : [{ dimensions: want, series, value: statistic(query.statistic) }];
  }
  if (query.kind !== "insights") return [];
  const schema = [...query.schema].sort().join(",");
  const matching = store.series(query.namespace, query.metric).filter((s) => {
    if (Object.keys(s.dimensions).sort().join(",") !== schema) return false;
    return Object.entries(query.exclude ?? {}).every(
      ([k, values]) => !values.includes(s.dimensions[k] ?? ""),
    );
  });
  const value = insightsAggregate(query.aggregate);
  if (!query.groupBy) return matching.length === 0 ? [] : [{ dimensions: {}, series: matching, value }];
  return matching.map((s) => ({ dimensions: s.dimensions, series: [s], value }));
}

function sameDimensions(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function merge(parts: MinuteAggregate[]): MinuteAggregate {
  return parts.reduce((acc, p) => ({
    count: acc.count + p.count,
    sum: acc.sum + p.sum,
    min: Math.min(acc.min, p.min),
    max: Math.max(acc.max, p.max),
    values: [...acc.values, ...p.values],
  }));
}

function statistic(stat: Statistic): (agg: MinuteAggregate) => number {
  switch (stat) {
    case "Maximum":
      return (a) => a.max;
    case "Minimum":
      return (a) => a.min;
    case "Average":
      return (a) => a.sum / a.count;
    case "Sum":
      return (a) => a.sum;
    case "SampleCount":
      return (a) => a.count;
    default: {
      const p = Number(stat.slice(1));
      return (a) => percentile(a.values, p);
    }
  }
}

function insightsAggregate(aggregate: InsightsAggregate): (agg: MinuteAggregate) => number {
  const byName = {
    MAX: "Maximum",
    MIN: "Minimum",
    SUM: "Sum",
    AVG: "Average",
    COUNT: "SampleCount",
  } as const;
  return statistic(byName[aggregate]);
}

const BREACHES: Record<Comparison, (v: number, t: number) => boolean> = {
  GreaterThanThreshold: (v, t) => v > t,
  GreaterThanOrEqualToThreshold: (v, t) => v >= t,
  LessThanThreshold: (v, t) => v < t,
  LessThanOrEqualToThreshold: (v, t) => v <= t,
};

/** M of N over the periods, a missing one counted as the alarm's missing-data treatment says. */
function decide(spec: AlarmSpec, values: (number | null)[], previous: AlarmState): AlarmState {
  const breaches = BREACHES[spec.comparison];
  let breaching = 0;
  let present = 0;
  for (const v of values) {
    if (v === null) {
      if (spec.missingData === "breaching") breaching++;
      if (spec.missingData === "breaching" || spec.missingData === "notBreaching") present++;
      continue;
    }
    present++;
    if (breaches(v, spec.threshold)) breaching++;
  }
  if (present === 0) return spec.missingData === "ignore" ? previous : "INSUFFICIENT_DATA";
  return breaching >= spec.datapointsToAlarm ? "ALARM" : "OK";
}

function reasonFor(spec: AlarmSpec, state: AlarmState, contributors: Contributor[]): string {
  if (state === "INSUFFICIENT_DATA") return "No data in the evaluated periods.";
  const window = `${spec.datapointsToAlarm} of ${spec.evaluationPeriods} periods of ${spec.periodSeconds} s`;
  if (state === "OK") return `Within the threshold (${spec.threshold}) over ${window}.`;
  const tripped = contributors.filter((c) => c.state === "ALARM");
  const which = tripped
    .map((c) => Object.values(c.dimensions).join("/"))
    .filter(Boolean)
    .join(", ");
  return `Breached ${spec.threshold} in ${window}${which ? `: ${which}` : ""}.`;
}
