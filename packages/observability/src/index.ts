export { criticalNames, type PlannedAlarm, planAlarms } from "./alarms/alarm-plan.ts";
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
} from "./alarms/alarm-spec.ts";
export { alarmRows, describeCondition, describeQuery, formatAlarmTable } from "./alarms/alarm-table.ts";
export { ALARM_GROUPS, ALARMS, catalogProblems } from "./alarms/catalog.ts";
export {
  type AlarmTarget,
  alarmName,
  anyInAlarm,
  type CloudWatchAlarmArgs,
  cloudWatchAlarm,
  thresholdFor,
} from "./alarms/cloudwatch-alarm.ts";
export { insightsSql } from "./alarms/insights-sql.ts";
export { BATCH_GROUPS } from "./alarms/stream-alarms.ts";
export { type CloudWatchDashboardInput, cloudWatchDashboard } from "./dashboards/cloudwatch-dashboard.ts";
export { grafanaDashboard } from "./dashboards/grafana-dashboard.ts";
export { SCOPE_DIMENSIONS } from "./dashboards/panel-queries.ts";
export { emfSink, type MetricDatum, type MetricsSink, routeMetrics } from "./emf.ts";
export { AlarmBoard, type BoardEntry, type Transition } from "./local/alarm-board.ts";
export {
  type AlarmEvaluation,
  type AlarmState,
  type Contributor,
  evaluateAlarm,
  isLocal,
} from "./local/alarm-evaluation.ts";
export {
  aggregateRange,
  MetricStore,
  MINUTE_MS,
  type MinuteAggregate,
  type Series,
} from "./local/metric-store.ts";
export {
  BackupMetric,
  Dimension,
  JobMetric,
  LakeMetric,
  type MetricUnit,
  NAMESPACE,
  OpsMetric,
  PublishMetric,
  StreamMetric,
} from "./metric-names.ts";
export { percentile, percentileOfSorted } from "./percentile.ts";
