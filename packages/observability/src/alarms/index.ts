// The alarm catalog and its renderings (CloudWatch alarms, the table of `npm run alarms -- list`), the subpath
// `@sluice/observability/alarms`: these modules import only each other, the metric names and the local evaluation
// (itself import-free), so infra/ can bundle them into the SST app's config without the rest of the package.
export { criticalNames, type PlannedAlarm, planAlarms } from "./alarm-plan.ts";
export {
  type AlarmGroup,
  type AlarmQuery,
  type AlarmScope,
  type AlarmSpec,
  COMPARISON_SYMBOL,
  type Comparison,
  type InsightsQuery,
  type MissingData,
  runbookPath,
  type Severity,
  type Statistic,
} from "./alarm-spec.ts";
export { alarmRows, describeCondition, describeQuery, formatAlarmTable } from "./alarm-table.ts";
export { ALARM_GROUPS, ALARMS, catalogProblems } from "./catalog.ts";
export {
  type AlarmTarget,
  alarmName,
  anyInAlarm,
  type CloudWatchAlarmArgs,
  cloudWatchAlarm,
  thresholdFor,
} from "./cloudwatch-alarm.ts";
export { insightsSql } from "./insights-sql.ts";
export { BATCH_GROUPS } from "./stream-alarms.ts";
