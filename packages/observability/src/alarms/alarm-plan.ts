// Which CloudWatch alarms an app gets: every catalog entry once per resource of its scope. infra/alarms.ts creates
// exactly this plan, and a test holds it to the catalog: an entry whose scope has no resource is an error, not an
// alarm silently missing.
import type { AlarmSpec } from "./alarm-spec.ts";
import { type AlarmTarget, alarmName } from "./cloudwatch-alarm.ts";

export interface PlannedAlarm<V = string> {
  spec: AlarmSpec;
  target: AlarmTarget<V>;
  /** The CloudWatch alarm's name. */
  name: string;
}

/**
 * `targets` by scope; a scope listed in `absent` (resources this deployment does not create, e.g. the Fargate
 * services under `sst dev`) plans no alarm instead of failing.
 */
export function planAlarms<V>(
  prefix: string,
  alarms: readonly AlarmSpec[],
  targets: Partial<Record<AlarmSpec["scope"], AlarmTarget<V>[]>>,
  absent: readonly AlarmSpec["scope"][] = [],
): PlannedAlarm<V>[] {
  return alarms.flatMap((spec) => {
    const list = targets[spec.scope] ?? [];
    if (list.length === 0 && !absent.includes(spec.scope)) {
      throw new Error(`${spec.name}: no resource of scope ${spec.scope} to watch`);
    }
    return list
      .filter((target) => !target.skip?.includes(spec.name))
      .map((target) => ({ spec, target, name: alarmName(prefix, spec, target) }));
  });
}

/** The names of the planned critical alarms: the composite "platform degraded" alarm is ALARM while one is. */
export function criticalNames(plan: readonly PlannedAlarm<unknown>[]): string[] {
  return plan.filter((p) => p.spec.severity === "critical").map((p) => p.name);
}
