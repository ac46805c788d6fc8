import {
  type AlarmBoard,
  type AlarmSpec,
  type AlarmState,
  describeCondition,
  isLocal,
  runbookPath,
} from "@sluice/observability";

export interface ContributorRow {
  /** Its dimension values, e.g. `demo/workers`; empty for an alarm over one series. */
  label: string;
  state: AlarmState;
  /** The statistic of each evaluated period, oldest first; null where there was no data. */
  values: (number | null)[];
}

interface AlarmRowBase {
  name: string;
  group: string;
  severity: string;
  summary: string;
  /** As `npm run alarms -- list` shows them: the query, the comparison and the datapoints. */
  query: string;
  when: string;
  datapoints: string;
  /** From the repository root: docs/runbooks/<name>.md. */
  runbook: string;
}

/** A catalog alarm: evaluated here on the local metrics, or on AWS's own metrics in CloudWatch only. */
export type AlarmRow =
  | (AlarmRowBase & {
      where: "local";
      state: AlarmState;
      /** When it entered its state; null before the first evaluation. */
      since: number | null;
      reason: string;
      contributors: ContributorRow[];
    })
  | (AlarmRowBase & { where: "cloud" });

/** Every alarm of `alarms`, in catalog order, with the board's state for the local ones. */
export function alarmStates(board: AlarmBoard, alarms: readonly AlarmSpec[]): AlarmRow[] {
  const entries = new Map(board.entries().map((entry) => [entry.name, entry]));
  return alarms.map((spec): AlarmRow => {
    const { name, group, severity, summary } = spec;
    const base = { name, group, severity, summary, ...describeCondition(spec), runbook: runbookPath(spec) };
    if (!isLocal(spec)) return { ...base, where: "cloud" };
    const entry = entries.get(name);
    return {
      ...base,
      where: "local",
      state: entry?.state ?? "INSUFFICIENT_DATA",
      since: entry?.since ?? null,
      reason: entry?.reason ?? "Not evaluated yet.",
      contributors: (entry?.contributors ?? []).map((c) => ({
        label: Object.values(c.dimensions).join("/"),
        state: c.state,
        values: c.values,
      })),
    };
  });
}
