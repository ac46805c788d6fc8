export { emfSink, type MetricDatum, type MetricsSink } from "./emf.ts";
export {
  BackupMetric,
  Dimension,
  LakeMetric,
  type MetricUnit,
  NAMESPACE,
  OpsMetric,
  StreamMetric,
} from "./metric-names.ts";
