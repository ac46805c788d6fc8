// The CloudWatch dashboard body, generated from the catalog: per section a text header and one graph per alarm
// (its query bound to each of the resources it watches, its threshold as a line), the stream panels first, and an
// alarm-status widget of every alarm created.
import type { AlarmSpec } from "../alarms/alarm-spec.ts";
import { type AlarmTarget, thresholdFor } from "../alarms/cloudwatch-alarm.ts";
import { insightsSql } from "../alarms/insights-sql.ts";
import { sections } from "./panel-queries.ts";

type MetricEntry<V> = (string | V | Record<string, unknown>)[];

interface Widget {
  type: "text" | "metric" | "alarm";
  x: number;
  y: number;
  width: number;
  height: number;
  properties: Record<string, unknown>;
}

/** The metrics array of a metric widget for one alarm over its targets. */
function widgetMetrics<V>(spec: AlarmSpec, targets: AlarmTarget<V>[]): MetricEntry<V>[] {
  const { query } = spec;
  switch (query.kind) {
    case "insights":
      return [[{ expression: insightsSql(query), label: spec.name, id: "q1" }]];
    case "metric":
      return targets.map((t) => {
        const dims = Object.entries({ ...query.dimensions, ...t.dimensions }).flat();
        return [query.namespace, query.metric, ...dims, { stat: query.statistic, label: t.id ?? spec.name }];
      });
    case "math":
      return targets.flatMap((t, i) => [
        [
          {
            expression: query.expression.replaceAll(/\b(\w+)\b/g, (word) =>
              word in query.metrics ? `${word}${i}` : word,
            ),
            label: `${query.label} ${t.id ?? ""}`.trim(),
            id: `e${i}`,
          },
        ],
        ...Object.entries(query.metrics).map(
          ([id, m]): MetricEntry<V> => [
            m.namespace,
            m.metric,
            ...Object.entries({ ...m.dimensions, ...t.dimensions }).flat(),
            { stat: m.statistic, id: `${id}${i}`, visible: false },
          ],
        ),
      ]);
  }
}

/** `V`: strings, or infra's deploy-time values (Pulumi outputs), placed in the body untouched. */
export interface CloudWatchDashboardInput<V = string> {
  region: V;
  alarms: readonly AlarmSpec[];
  /** Per alarm name, the resources it watches (an app-scope alarm: one target without dimensions). */
  targets: Record<string, AlarmTarget<V>[]>;
  /** The ARNs of every alarm created, the most important first: status widgets of 100 each (CloudWatch's limit). */
  alarmArns: V[];
}

/** Alarms one alarm-status widget can show. */
const ALARMS_PER_WIDGET = 100;

export function cloudWatchDashboard<V = string>(input: CloudWatchDashboardInput<V>): { widgets: Widget[] } {
  const widgets: Widget[] = [];
  let y = 0;
  for (let i = 0; i < input.alarmArns.length; i += ALARMS_PER_WIDGET) {
    const part = i === 0 ? "" : ` (${i / ALARMS_PER_WIDGET + 1})`;
    widgets.push({
      type: "alarm",
      x: 0,
      y,
      width: 24,
      height: 6,
      properties: {
        title: `Alarms${part}`,
        alarms: input.alarmArns.slice(i, i + ALARMS_PER_WIDGET),
        sortBy: "stateUpdatedTimestamp",
      },
    });
    y += 6;
  }
  for (const section of sections(input.alarms)) {
    widgets.push({
      type: "text",
      x: 0,
      y,
      width: 24,
      height: 1,
      properties: { markdown: `## ${section.title}` },
    });
    y += 1;
    section.alarms.forEach((spec, i) => {
      const targets = (input.targets[spec.name] ?? []).filter((t) => !t.skip?.includes(spec.name));
      if (targets.length === 0) return;
      // A threshold relative to each function's timeout differs per line: none is drawn.
      const threshold =
        spec.thresholdBasis === "percent-of-timeout"
          ? undefined
          : thresholdFor(spec, targets[0] as AlarmTarget<V>);
      widgets.push({
        type: "metric",
        x: (i % 3) * 8,
        y: y + Math.floor(i / 3) * 6,
        width: 8,
        height: 6,
        properties: {
          title: spec.name,
          region: input.region,
          view: "timeSeries",
          period: spec.periodSeconds,
          metrics: widgetMetrics(spec, targets),
          ...(threshold !== undefined && {
            annotations: {
              horizontal: [{ label: `alarm ${spec.comparison} ${threshold}`, value: threshold }],
            },
          }),
        },
      });
    });
    y += Math.ceil(section.alarms.length / 3) * 6;
  }
  return { widgets };
}
