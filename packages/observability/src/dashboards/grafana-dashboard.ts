// The Grafana dashboard (CloudWatch data source), generated from the catalog: per section a row and one time-series
// panel per alarm — its query over every resource of its kind (a wildcard dimension), its threshold as a red line —
// the stream panels first. infra/grafana/sluice.json is this, written by `npm run alarms -- grafana`.
import type { AlarmSpec } from "../alarms/alarm-spec.ts";
import { insightsSql } from "../alarms/insights-sql.ts";
import { SCOPE_DIMENSIONS, sections } from "./panel-queries.ts";

// biome-ignore lint/suspicious/noTemplateCurlyInString: Grafana's variable syntax (the dashboard's data source).
const DATASOURCE = { type: "cloudwatch", uid: "${datasource}" };

interface Target {
  refId: string;
  [field: string]: unknown;
}

function targets(spec: AlarmSpec): Target[] {
  const { query } = spec;
  const common = {
    datasource: DATASOURCE,
    region: "default",
    period: String(spec.periodSeconds),
    queryMode: "Metrics",
  };
  const wildcard = Object.fromEntries(SCOPE_DIMENSIONS[spec.scope].map((d) => [d, ["*"]]));
  switch (query.kind) {
    case "insights":
      return [
        { refId: "A", ...common, metricQueryType: 1, metricEditorMode: 1, sqlExpression: insightsSql(query) },
      ];
    case "metric":
      return [
        {
          refId: "A",
          ...common,
          metricQueryType: 0,
          metricEditorMode: 0,
          namespace: query.namespace,
          metricName: query.metric,
          statistic: query.statistic,
          dimensions: {
            ...Object.fromEntries(Object.entries(query.dimensions ?? {}).map(([k, v]) => [k, [v]])),
            ...wildcard,
          },
          // Exactly the alarm's dimension set (a function's metrics also come per version, the API's per stage).
          matchExact: true,
        },
      ];
    case "math":
      return [
        // Grafana's CloudWatch math names the other queries by their `id`, as CloudWatch does.
        ...Object.entries(query.metrics).map(([id, m]) => ({
          refId: id,
          id,
          ...common,
          metricQueryType: 0,
          metricEditorMode: 0,
          namespace: m.namespace,
          metricName: m.metric,
          statistic: m.statistic,
          dimensions: wildcard,
          matchExact: true,
          hide: true,
        })),
        {
          refId: "result",
          ...common,
          metricQueryType: 0,
          metricEditorMode: 1,
          expression: query.expression,
        },
      ];
  }
}

function panel(spec: AlarmSpec, id: number, x: number, y: number): Record<string, unknown> {
  const relative = spec.thresholdBasis && spec.thresholdBasis !== "absolute";
  return {
    id,
    type: "timeseries",
    title: spec.name,
    description: `[${spec.severity}] ${spec.summary}`,
    datasource: DATASOURCE,
    gridPos: { x, y, w: 8, h: 7 },
    targets: targets(spec),
    fieldConfig: {
      defaults: {
        custom: { thresholdsStyle: { mode: relative ? "off" : "line" } },
        thresholds: {
          mode: "absolute",
          steps: [
            { color: "green", value: null },
            { color: "red", value: spec.threshold },
          ],
        },
      },
      overrides: [],
    },
    options: { legend: { displayMode: "list", placement: "bottom" }, tooltip: { mode: "multi" } },
  };
}

export function grafanaDashboard(alarms: readonly AlarmSpec[]): Record<string, unknown> {
  const panels: Record<string, unknown>[] = [];
  let id = 1;
  let y = 0;
  for (const section of sections(alarms)) {
    panels.push({
      id: id++,
      type: "row",
      title: section.title,
      collapsed: false,
      gridPos: { x: 0, y, w: 24, h: 1 },
      panels: [],
    });
    y += 1;
    section.alarms.forEach((spec, i) => {
      panels.push(panel(spec, id++, (i % 3) * 8, y + Math.floor(i / 3) * 7));
    });
    y += Math.ceil(section.alarms.length / 3) * 7;
  }
  return {
    title: "Sluice",
    uid: "sluice",
    description:
      "Generated from the alarm catalog of @sluice/observability: one panel per alarm, threshold in red.",
    tags: ["sluice", "redis-streams"],
    timezone: "utc",
    schemaVersion: 39,
    version: 1,
    editable: true,
    refresh: "1m",
    time: { from: "now-6h", to: "now" },
    templating: {
      list: [
        { name: "datasource", label: "CloudWatch", type: "datasource", query: "cloudwatch", current: {} },
      ],
    },
    panels,
  };
}
