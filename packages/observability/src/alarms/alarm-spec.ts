// The shape of one alarm of the catalog: data, so CloudWatch (infra/alarms.ts), the dashboards, the local evaluator,
// `npm run alarms -- list` and the runbooks all read the same definition.

export type AlarmGroup =
  | "elasticache"
  | "streams"
  | "jobs"
  | "lambda"
  | "api-gateway"
  | "fargate"
  | "scheduler"
  | "s3";

export type Severity = "critical" | "warning";

export type Comparison =
  | "GreaterThanThreshold"
  | "GreaterThanOrEqualToThreshold"
  | "LessThanThreshold"
  | "LessThanOrEqualToThreshold";

/** CloudWatch's treatments of a period without data. */
export type MissingData = "breaching" | "notBreaching" | "ignore" | "missing";

/** A CloudWatch statistic, or a percentile such as p99 (an extended statistic). */
export type Statistic = "Maximum" | "Minimum" | "Average" | "Sum" | "SampleCount" | `p${number}`;

/** Metrics Insights aggregates (no percentiles there). */
export type InsightsAggregate = "MAX" | "MIN" | "SUM" | "AVG" | "COUNT";

/**
 * What the alarm's series are bound to: "app" is one alarm for the whole app; the others are one alarm per resource
 * of that kind, whose dimensions infra/alarms.ts supplies.
 */
export type AlarmScope =
  | "app"
  | "cache-node"
  | "lambda-function"
  | "http-api"
  | "fargate-service"
  | "schedule-group"
  | "bucket";

/** One metric, its statistic per period and the dimensions the alarm fixes (the scope's are added to them). */
export interface MetricQuery {
  kind: "metric";
  namespace: string;
  metric: string;
  statistic: Statistic;
  dimensions?: Record<string, string>;
}

/**
 * A Metrics Insights query over every series of a schema: `SELECT <aggregate>(<metric>) FROM SCHEMA(<namespace>,
 * <schema...>) [WHERE ...] [GROUP BY <schema...>]`. Grouped, each series (a stream's group, say) is a contributor
 * that can trip the alarm alone; ungrouped, the aggregate over all of them is one series.
 */
export interface InsightsQuery {
  kind: "insights";
  namespace: string;
  metric: string;
  aggregate: InsightsAggregate;
  schema: string[];
  /** Series left out: dimension → values it must not have. */
  exclude?: Record<string, string[]>;
  groupBy: boolean;
}

/** Metric math over metrics of the scope's resource, e.g. `ABS(DIFF(m1))`. */
export interface MathQuery {
  kind: "math";
  namespace: string;
  expression: string;
  label: string;
  metrics: Record<string, Omit<MetricQuery, "kind">>;
}

export type AlarmQuery = MetricQuery | InsightsQuery | MathQuery;

/** How a threshold applies to a resource: as written, divided by the node's vCPUs, or as % of the timeout (ms). */
export type ThresholdBasis = "absolute" | "per-vcpu" | "percent-of-timeout";

export interface AlarmSpec {
  /** PascalCase, unique; the CloudWatch alarm is `<app>-<stage>-<name>[-<resource>]`, the runbook is named after it. */
  name: string;
  group: AlarmGroup;
  severity: Severity;
  /** One sentence: what the alarm means when it fires. */
  summary: string;
  scope: AlarmScope;
  query: AlarmQuery;
  periodSeconds: number;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  threshold: number;
  thresholdBasis?: ThresholdBasis;
  comparison: Comparison;
  missingData: MissingData;
}

/** The runbook of an alarm, from the repository root: docs/runbooks/<kebab-case name>.md. */
export function runbookPath(spec: Pick<AlarmSpec, "name">): string {
  const kebab = spec.name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
  return `docs/runbooks/${kebab}.md`;
}

/** The comparison as a symbol, for tables and pages. */
export const COMPARISON_SYMBOL: Record<Comparison, string> = {
  GreaterThanThreshold: ">",
  GreaterThanOrEqualToThreshold: "≥",
  LessThanThreshold: "<",
  LessThanOrEqualToThreshold: "≤",
};
