// @sluice/ops/capacity: the weekly capacity report from the memory audit's samples (growth and rates per stream, the
// memory trend, the dates of 85% and 100%, the node type or shard count for the horizon) and its text.
export {
  type CapacityRecommendation,
  type CapacityReport,
  type CapacityReportOptions,
  capacityReport,
  type GroupCapacity,
  type StreamCapacity,
} from "./capacity-report.ts";
export { capacitySummary } from "./capacity-summary.ts";
