export { emfSink, type MetricDatum, type MetricsSink } from "./emf.ts";
export { Dimension, type MetricUnit, NAMESPACE, StreamMetric } from "./metric-names.ts";
