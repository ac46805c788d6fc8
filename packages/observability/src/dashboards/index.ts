// The dashboards generated from the alarm catalog (CloudWatch and Grafana), the subpath
// `@sluice/observability/dashboards`: import-free like the catalog they read, for infra/dashboards.ts.
export { type CloudWatchDashboardInput, cloudWatchDashboard } from "./cloudwatch-dashboard.ts";
export { grafanaDashboard } from "./grafana-dashboard.ts";
export { SCOPE_DIMENSIONS } from "./panel-queries.ts";
