export * from "./alarms/index.ts";
export * from "./dashboards/index.ts";
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
