export { emfSink, type MetricDatum, type MetricsSink } from "./emf.ts";
export {
  BackupMetric,
  Dimension,
  LakeMetric,
  type MetricUnit,
  NAMESPACE,
  StreamMetric,
} from "./metric-names.ts";
