// What a dashboard panel of an alarm plots: the alarm's own query, bound to a resource's dimensions or, in Grafana,
// to every resource of the kind (a wildcard), so each panel shows what its alarm sees.
import type { AlarmSpec } from "../alarms/alarm-spec.ts";

/** The dimension each resource-scoped alarm's metrics carry (the app scope has none). */
export const SCOPE_DIMENSIONS: Record<AlarmSpec["scope"], string[]> = {
  app: [],
  "cache-node": ["CacheClusterId"],
  "lambda-function": ["FunctionName"],
  "http-api": ["ApiId"],
  "fargate-service": ["ClusterName", "ServiceName"],
  "schedule-group": ["ScheduleGroup"],
  bucket: ["BucketName", "FilterId"],
};

/** The alarms a dashboard shows, by section, in catalog order. */
export function sections(alarms: readonly AlarmSpec[]): { title: string; alarms: AlarmSpec[] }[] {
  const titles: Record<AlarmSpec["group"], string> = {
    streams: "Streams",
    jobs: "Jobs and backups",
    elasticache: "ElastiCache",
    lambda: "Lambda",
    "api-gateway": "API Gateway",
    fargate: "Fargate",
    scheduler: "EventBridge Scheduler",
    s3: "S3",
  };
  const groups = [...new Set(alarms.map((a) => a.group))];
  return groups.map((group) => ({ title: titles[group], alarms: alarms.filter((a) => a.group === group) }));
}
