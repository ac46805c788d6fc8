// The alarm catalog: every alarm Sluice defines, in groups, and the rules CloudWatch holds alarms to, checked here so
// that a wrong entry fails a test instead of a deploy.
import type { AlarmGroup, AlarmSpec } from "./alarm-spec.ts";
import {
  API_ALARMS,
  FARGATE_ALARMS,
  LAMBDA_ALARMS,
  S3_ALARMS,
  SCHEDULER_ALARMS,
} from "./aws-service-alarms.ts";
import { ELASTICACHE_ALARMS } from "./elasticache-alarms.ts";
import { JOB_ALARMS } from "./job-alarms.ts";
import { STREAM_ALARMS } from "./stream-alarms.ts";

export const ALARM_GROUPS: AlarmGroup[] = [
  "streams",
  "jobs",
  "elasticache",
  "lambda",
  "api-gateway",
  "fargate",
  "scheduler",
  "s3",
];

export const ALARMS: readonly AlarmSpec[] = [
  ...STREAM_ALARMS,
  ...JOB_ALARMS,
  ...ELASTICACHE_ALARMS,
  ...LAMBDA_ALARMS,
  ...API_ALARMS,
  ...FARGATE_ALARMS,
  ...SCHEDULER_ALARMS,
  ...S3_ALARMS,
];

/** What is wrong with the catalog, one line each (empty when CloudWatch would take every alarm). */
export function catalogProblems(alarms: readonly AlarmSpec[] = ALARMS): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const a of alarms) {
    const at = (what: string) => problems.push(`${a.name}: ${what}`);
    if (!/^[A-Z][A-Za-z0-9]*$/.test(a.name)) at("the name must be PascalCase");
    if (names.has(a.name)) at("the name is used twice");
    names.add(a.name);
    if (!(a.periodSeconds >= 60 && a.periodSeconds % 60 === 0)) at("the period must be a multiple of 60 s");
    if (!(a.datapointsToAlarm >= 1 && a.datapointsToAlarm <= a.evaluationPeriods))
      at("datapointsToAlarm must be between 1 and evaluationPeriods");
    const range = a.periodSeconds * a.evaluationPeriods;
    // PutMetricAlarm: a day for periods under an hour, a week otherwise; Metrics Insights alarms see 3 hours.
    const limit = a.query.kind === "insights" ? 3 * 3600 : a.periodSeconds < 3600 ? 86_400 : 7 * 86_400;
    if (range > limit) at(`period × evaluation periods is ${range} s, over the ${limit} s CloudWatch allows`);
    if (a.query.kind === "insights" && a.query.schema.length === 0)
      at("a Metrics Insights schema needs a dimension");
    if (a.query.kind === "math" && Object.keys(a.query.metrics).length > 10)
      at("metric math takes 10 metrics at most");
    if (a.summary.length === 0 || !a.summary.endsWith(".")) at("the summary must be a sentence");
  }
  for (const group of new Set(alarms.map((a) => a.group)))
    if (!ALARM_GROUPS.includes(group)) problems.push(`group ${group} is not in ALARM_GROUPS`);
  return problems;
}
