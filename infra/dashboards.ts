// The dashboards, generated from the alarm catalog of @sluice/observability so that every alarm has its panel: the
// CloudWatch dashboard "<app>-<stage>" (alarm status, then per section one graph per alarm over the resources it
// watches, its threshold drawn), and the Grafana dashboard for a CloudWatch data source, infra/grafana/sluice.json
// (written here when the catalog changed it, and by `npm run alarms -- grafana`; a test keeps the committed file
// current). The alarm-status widgets list the composite and the critical alarms first.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ALARMS } from "@sluice/observability/alarms";
import { cloudWatchDashboard, grafanaDashboard } from "@sluice/observability/dashboards";
import { alarms, plan, platformDegraded, prefix, targets } from "./alarms";

export const dashboard = new aws.cloudwatch.Dashboard("Dashboard", {
  dashboardName: prefix,
  dashboardBody: $jsonStringify(
    cloudWatchDashboard<$util.Input<string>>({
      region: aws.getRegionOutput().region,
      alarms: ALARMS,
      targets: Object.fromEntries(ALARMS.map((spec) => [spec.name, targets[spec.scope]])),
      alarmArns: [
        platformDegraded.arn,
        ...alarms.filter((_, i) => plan[i]?.spec.severity === "critical").map((a) => a.arn),
        ...alarms.filter((_, i) => plan[i]?.spec.severity !== "critical").map((a) => a.arn),
      ],
    }),
  ),
});

// The config runs bundled elsewhere: the file is found from the project root.
const grafanaFile = join($cli.paths.root, "infra/grafana/sluice.json");
const grafana = `${JSON.stringify(grafanaDashboard(ALARMS), null, 2)}\n`;
if (readFileSync(grafanaFile, "utf8") !== grafana) writeFileSync(grafanaFile, grafana);
