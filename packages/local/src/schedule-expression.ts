// Parses EventBridge Scheduler expressions (what SST's `sst.aws.CronV2` takes), `rate(value unit)` and the AWS
// six-field `cron(...)`, and finds their next fire time in UTC, so npm start runs jobs on the cloud's schedules.
import { nextCronRun } from "./cron-next-run.ts";
import { type CronSchedule, parseCron } from "./cron-schedule.ts";
import { InvalidScheduleError } from "./invalid-schedule-error.ts";

export type { CronSchedule, DayRule } from "./cron-schedule.ts";

/**
 * `rate(value unit)`: every `intervalMs`, counted from a start. AWS counts from the schedule's creation time;
 * the local scheduler counts from its own start.
 */
export interface RateSchedule {
  kind: "rate";
  expression: string;
  value: number;
  unit: "minute" | "hour" | "day";
  intervalMs: number;
}

export type Schedule = RateSchedule | CronSchedule;

const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/** Parses `rate(...)` or `cron(...)`; a bad expression throws `InvalidScheduleError` (`local.invalid_schedule`). */
export function parseSchedule(expression: string): Schedule {
  const match = /^(rate|cron)\((.*)\)$/.exec(expression);
  const body = match?.[2];
  if (match?.[1] === "cron" && body !== undefined) return parseCron(expression, body);
  if (match?.[1] === "rate" && body !== undefined) return parseRate(expression, body);
  const problem = expression.startsWith("at(")
    ? "one-time at(...) schedules are not supported locally"
    : "expected rate(value unit) or cron(minutes hours day-of-month month day-of-week year)";
  throw new InvalidScheduleError(expression, problem);
}

/**
 * The first fire time strictly after `after`, or undefined when there is none: a cron whose year field has
 * ended (or never matches, like Feb 30). A rate fires at `start` + k × interval (k ≥ 1); `start` defaults to
 * `after`, giving `after` + interval.
 */
export function nextRun(schedule: Schedule, after: Date, start: Date = after): Date | undefined {
  if (schedule.kind === "cron") return nextCronRun(schedule, after);
  const elapsed = after.getTime() - start.getTime();
  const intervals = elapsed < 0 ? 1 : Math.floor(elapsed / schedule.intervalMs) + 1;
  const next = new Date(start.getTime() + intervals * schedule.intervalMs);
  return Number.isNaN(next.getTime()) ? undefined : next;
}

function parseRate(expression: string, body: string): RateSchedule {
  const [text = "", unitText = "", extra] = body.split(" ");
  if (extra !== undefined || unitText === "") {
    throw new InvalidScheduleError(expression, `expected rate(value unit), like rate(5 minutes)`);
  }
  const value = /^\d+$/.test(text) ? Number(text) : 0;
  if (!(value >= 1 && Number.isSafeInteger(value))) {
    throw new InvalidScheduleError(expression, `value "${text}" is not a positive integer`, {
      field: "value",
      value: text,
    });
  }
  const plural = unitText.endsWith("s");
  const unit = plural ? unitText.slice(0, -1) : unitText;
  if (!Object.hasOwn(UNIT_MS, unit)) {
    throw new InvalidScheduleError(expression, `unit "${unitText}" is not minute(s), hour(s) or day(s)`, {
      field: "unit",
      value: unitText,
    });
  }
  if (plural !== value > 1) {
    const wanted = value > 1 ? `${unit}s` : unit;
    throw new InvalidScheduleError(
      expression,
      `unit "${unitText}" must be "${wanted}" for the value ${value} (AWS wants the singular for 1 only)`,
      { field: "unit", value: unitText },
    );
  }
  const rateUnit = unit as keyof typeof UNIT_MS;
  return { kind: "rate", expression, value, unit: rateUnit, intervalMs: value * UNIT_MS[rateUnit] };
}
