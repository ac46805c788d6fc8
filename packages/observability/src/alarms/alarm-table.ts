// The catalog as a plain-text table (`npm run alarms -- list`), one row an alarm, grouped, with a count per group.
import { isLocal } from "../local/alarm-evaluation.ts";
import { type AlarmQuery, type AlarmSpec, COMPARISON_SYMBOL, runbookPath } from "./alarm-spec.ts";
import { ALARM_GROUPS } from "./catalog.ts";

/** The query in a few words: `MAX(LagAgeMs) by Stream,Group`, `ProduceToAckMs p99`, `ABS(DIFF(role))`. */
export function describeQuery(query: AlarmQuery): string {
  switch (query.kind) {
    case "metric": {
      const dims = Object.entries(query.dimensions ?? {}).map(([k, v]) => `${k}=${v}`);
      return `${query.metric} ${query.statistic}${dims.length > 0 ? ` ${dims.join(",")}` : ""}`;
    }
    case "insights": {
      const excluded = Object.entries(query.exclude ?? {}).flatMap(([k, vs]) => vs.map((v) => `${k}≠${v}`));
      const by = query.groupBy ? ` by ${query.schema.join(",")}` : ` over ${query.schema.join(",")}`;
      return `${query.aggregate}(${query.metric})${by}${excluded.length > 0 ? ` (${excluded.join(",")})` : ""}`;
    }
    case "math":
      return `${query.expression} of ${Object.values(query.metrics)
        .map((m) => m.metric)
        .join(",")}`;
  }
}

function threshold(spec: AlarmSpec): string {
  const value = spec.threshold.toLocaleString("en-US");
  const basis =
    spec.thresholdBasis === "per-vcpu"
      ? " ÷ vCPUs"
      : spec.thresholdBasis === "percent-of-timeout"
        ? " % of timeout"
        : "";
  return `${COMPARISON_SYMBOL[spec.comparison]} ${value}${basis}`;
}

/** An alarm's condition in words: its query, when it alarms (`> 300,000`), its datapoints (`3/3 × 60 s`). */
export function describeCondition(spec: AlarmSpec): { query: string; when: string; datapoints: string } {
  return {
    query: describeQuery(spec.query),
    when: threshold(spec),
    datapoints: `${spec.datapointsToAlarm}/${spec.evaluationPeriods} × ${spec.periodSeconds} s`,
  };
}

export function alarmRows(alarms: readonly AlarmSpec[]): string[][] {
  return alarms.map((a) => {
    const { query, when, datapoints } = describeCondition(a);
    return [
      a.group,
      a.name,
      a.severity,
      a.query.namespace,
      query,
      when,
      datapoints,
      a.missingData,
      isLocal(a) ? "local+cloud" : "cloud",
      runbookPath(a),
    ];
  });
}

const HEADER = [
  "group",
  "alarm",
  "severity",
  "namespace",
  "query",
  "alarm when",
  "datapoints",
  "missing",
  "evaluated",
  "runbook",
];

export function formatAlarmTable(alarms: readonly AlarmSpec[]): string {
  const sorted = [...alarms].sort((a, b) => ALARM_GROUPS.indexOf(a.group) - ALARM_GROUPS.indexOf(b.group));
  const rows = [HEADER, ...alarmRows(sorted)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const counts = ALARM_GROUPS.map((g) => `${g} ${alarms.filter((a) => a.group === g).length}`).join(", ");
  return [
    line(rows[0] as string[]),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.slice(1).map(line),
    "",
    `${alarms.length} alarms: ${counts}`,
  ].join("\n");
}
