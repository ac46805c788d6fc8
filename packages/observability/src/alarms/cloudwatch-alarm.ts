// One catalog entry bound to a resource, as the arguments of a CloudWatch metric alarm (the field names of
// PutMetricAlarm in camelCase, which is also what Pulumi's aws.cloudwatch.MetricAlarm takes).
import { type AlarmSpec, runbookPath, type Statistic } from "./alarm-spec.ts";
import { insightsSql } from "./insights-sql.ts";

/**
 * The resource an alarm watches: its dimensions, and what a relative threshold needs. Dimension values are `V`:
 * strings, or the deploy-time values of infra (Pulumi outputs) passed through untouched.
 */
export interface AlarmTarget<V = string> {
  /** Appended to the alarm's name (a node id, a function's name); none for the app's single alarm. */
  id?: string;
  dimensions: Record<string, V>;
  /** The cache node's vCPUs (thresholdBasis "per-vcpu"). */
  vcpus?: number;
  /** The function's timeout, ms (thresholdBasis "percent-of-timeout"). */
  timeoutMs?: number;
  /** Catalog alarms that do not fit this resource, e.g. a function that runs to a budget near its timeout by design. */
  skip?: readonly string[];
}

interface MetricStat<V> {
  metricName: string;
  namespace: string;
  period: number;
  stat: string;
  dimensions?: Record<string, V | string>;
}

export interface CloudWatchAlarmArgs<V = string, N = number> {
  name: string;
  alarmDescription: string;
  comparisonOperator: AlarmSpec["comparison"];
  evaluationPeriods: number;
  datapointsToAlarm: number;
  threshold: N;
  treatMissingData: AlarmSpec["missingData"];
  namespace?: string;
  metricName?: string;
  period?: number;
  statistic?: Exclude<Statistic, `p${number}`>;
  extendedStatistic?: string;
  dimensions?: Record<string, V | string>;
  metricQueries?: {
    id: string;
    expression?: string;
    label?: string;
    period?: number;
    returnData: boolean;
    metric?: MetricStat<V>;
  }[];
}

/** The alarm's name: `<prefix>-<Name>[-<target id>]` (CloudWatch allows 255 characters). */
export function alarmName(prefix: string, spec: AlarmSpec, target: Pick<AlarmTarget, "id">): string {
  return [prefix, spec.name, ...(target.id ? [target.id] : [])].join("-").slice(0, 255);
}

/** The threshold for a resource: as written, ÷ vCPUs, or a share of the timeout. */
export function thresholdFor(spec: AlarmSpec, target: Omit<AlarmTarget<unknown>, "dimensions">): number {
  switch (spec.thresholdBasis ?? "absolute") {
    case "absolute":
      return spec.threshold;
    case "per-vcpu":
      if (!target.vcpus) throw new Error(`${spec.name}: the target ${target.id ?? ""} has no vcpus`);
      return Math.round((spec.threshold / target.vcpus) * 10) / 10;
    case "percent-of-timeout":
      if (!target.timeoutMs) throw new Error(`${spec.name}: the target ${target.id ?? ""} has no timeoutMs`);
      return Math.round((spec.threshold / 100) * target.timeoutMs);
  }
}

const isPercentile = (statistic: Statistic): statistic is `p${number}` => statistic.startsWith("p");

/**
 * The alarm's arguments for a target. `threshold` defaults to thresholdFor(spec, target); infra passes its own when
 * the figure a relative threshold needs is known at deploy time only (a function's timeout).
 */
export function cloudWatchAlarm<V = string, N = number>(
  prefix: string,
  spec: AlarmSpec,
  target: AlarmTarget<V>,
  threshold?: N,
): CloudWatchAlarmArgs<V, N> {
  const common = {
    name: alarmName(prefix, spec, target),
    alarmDescription: `[${spec.severity}] ${spec.summary} Runbook: ${runbookPath(spec)}`.slice(0, 1024),
    comparisonOperator: spec.comparison,
    evaluationPeriods: spec.evaluationPeriods,
    datapointsToAlarm: spec.datapointsToAlarm,
    threshold: threshold ?? (thresholdFor(spec, target) as N),
    treatMissingData: spec.missingData,
  };
  const { query } = spec;
  switch (query.kind) {
    case "metric":
      return {
        ...common,
        namespace: query.namespace,
        metricName: query.metric,
        period: spec.periodSeconds,
        ...(isPercentile(query.statistic)
          ? { extendedStatistic: query.statistic }
          : { statistic: query.statistic }),
        dimensions: { ...query.dimensions, ...target.dimensions },
      };
    case "insights":
      return {
        ...common,
        metricQueries: [
          {
            id: "q",
            expression: insightsSql(query),
            period: spec.periodSeconds,
            label: spec.name,
            returnData: true,
          },
        ],
      };
    case "math":
      return {
        ...common,
        metricQueries: [
          ...Object.entries(query.metrics).map(([id, m]) => ({
            id,
            returnData: false,
            metric: {
              metricName: m.metric,
              namespace: m.namespace,
              period: spec.periodSeconds,
              stat: m.statistic,
              dimensions: { ...m.dimensions, ...target.dimensions },
            },
          })),
          { id: "result", expression: query.expression, label: query.label, returnData: true },
        ],
      };
  }
}

/** The composite rule that is ALARM while any of `names` is: the "platform degraded" alarm. */
export function anyInAlarm(names: readonly string[]): string {
  return names.map((n) => `ALARM("${n}")`).join(" OR ");
}
