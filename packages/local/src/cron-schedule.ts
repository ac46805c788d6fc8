// Parses the six fields of an AWS `cron(...)` schedule expression into sorted value lists and one day rule. The
// values and wildcards each field takes follow the EventBridge cron expressions reference.
import { InvalidScheduleError } from "./invalid-schedule-error.ts";

/** Which days of a month fire: from day-of-month or from day-of-week, whichever is not `?`. Weekday 1 is Sunday. */
export type DayRule =
  | { kind: "days-of-month"; days: number[] }
  | { kind: "last-day-of-month" } // L
  | { kind: "last-weekday-of-month" } // LW
  | { kind: "nearest-weekday"; day: number } // 15W
  | { kind: "days-of-week"; weekdays: number[] }
  | { kind: "last-weekday-in-month"; weekday: number } // 6L: the last Friday
  | { kind: "nth-weekday"; weekday: number; nth: number }; // 3#2: the second Tuesday

/** A parsed `cron(minutes hours day-of-month month day-of-week year)`, evaluated in UTC. */
export interface CronSchedule {
  kind: "cron";
  expression: string;
  minutes: number[];
  hours: number[];
  months: number[];
  years: number[];
  days: DayRule;
}

interface Field {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** Whether it takes `/` increments (AWS allows none in day-of-week). */
  steps: boolean;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const MINUTE: Field = { name: "minutes", min: 0, max: 59, steps: true };
const HOUR: Field = { name: "hours", min: 0, max: 23, steps: true };
const DAY_OF_MONTH: Field = { name: "day-of-month", min: 1, max: 31, steps: true };
const MONTH: Field = { name: "month", min: 1, max: 12, names: MONTHS, steps: true };
const DAY_OF_WEEK: Field = { name: "day-of-week", min: 1, max: 7, names: WEEKDAYS, steps: false };
const YEAR: Field = { name: "year", min: 1970, max: 2199, steps: true };

/** Parses the inside of `cron(...)`; throws `InvalidScheduleError` naming the field and value at fault. */
export function parseCron(expression: string, body: string): CronSchedule {
  const parts = body.split(" ");
  const [minutes = "", hours = "", dayOfMonth = "", month = "", dayOfWeek = "", year = ""] = parts;
  if (parts.length !== 6) {
    throw new InvalidScheduleError(
      expression,
      `expected 6 fields separated by single spaces (minutes hours day-of-month month day-of-week year), got ${parts.length}`,
    );
  }
  return {
    kind: "cron",
    expression,
    minutes: parseList(expression, MINUTE, minutes),
    hours: parseList(expression, HOUR, hours),
    months: parseList(expression, MONTH, month),
    years: parseList(expression, YEAR, year),
    days: parseDays(expression, dayOfMonth, dayOfWeek),
  };
}

/** AWS wants exactly one of day-of-month and day-of-week to be `?`; the other one decides. */
function parseDays(expression: string, dayOfMonth: string, dayOfWeek: string): DayRule {
  if (dayOfMonth === "?" && dayOfWeek === "?") {
    throw new InvalidScheduleError(expression, `day-of-month and day-of-week are both "?"; only one may be`, {
      field: "day-of-month",
      value: "?",
    });
  }
  if (dayOfMonth !== "?" && dayOfWeek !== "?") {
    throw new InvalidScheduleError(
      expression,
      `day-of-month "${dayOfMonth}" and day-of-week "${dayOfWeek}" are both set; one of them must be "?"`,
      { field: "day-of-week", value: dayOfWeek },
    );
  }
  return dayOfWeek === "?" ? parseDayOfMonth(expression, dayOfMonth) : parseDayOfWeek(expression, dayOfWeek);
}

function parseDayOfMonth(expression: string, text: string): DayRule {
  const upper = text.toUpperCase();
  if (upper === "L") return { kind: "last-day-of-month" };
  if (upper === "LW") return { kind: "last-weekday-of-month" };
  if (/^\d+W$/.test(upper)) {
    return { kind: "nearest-weekday", day: parseValue(expression, DAY_OF_MONTH, text.slice(0, -1), text) };
  }
  if (/[LW]/.test(upper)) {
    throw invalid(
      expression,
      DAY_OF_MONTH,
      text,
      "puts L or W in a list, range or offset; they take the whole field (L, LW or like 15W)",
    );
  }
  return { kind: "days-of-month", days: parseList(expression, DAY_OF_MONTH, text) };
}

function parseDayOfWeek(expression: string, text: string): DayRule {
  // Alone, L is the last day of the week: Saturday.
  if (text.toUpperCase() === "L") return { kind: "days-of-week", weekdays: [7] };
  if (/^\w+L$/i.test(text)) {
    const weekday = parseValue(expression, DAY_OF_WEEK, text.slice(0, -1), text);
    return { kind: "last-weekday-in-month", weekday };
  }
  const [day = "", nth, extra] = text.split("#");
  if (nth !== undefined && extra === undefined) {
    const weekday = parseValue(expression, DAY_OF_WEEK, day, text);
    if (!/^[1-5]$/.test(nth))
      throw invalid(expression, DAY_OF_WEEK, text, `has a number after "#" that is not 1-5`);
    return { kind: "nth-weekday", weekday, nth: Number(nth) };
  }
  if (/[L#]/i.test(text)) {
    throw invalid(
      expression,
      DAY_OF_WEEK,
      text,
      `puts "L" or "#" in a list or range; they take the whole field (like 6L or 3#2)`,
    );
  }
  return { kind: "days-of-week", weekdays: parseList(expression, DAY_OF_WEEK, text) };
}

/** A list of `*`, values and ranges `a-b`, each with an optional increment `/n`: the sorted values it selects. */
function parseList(expression: string, field: Field, text: string): number[] {
  const values = new Set<number>();
  for (const item of text.split(",")) {
    const [range = "", step, extra] = item.split("/");
    if (extra !== undefined) throw invalid(expression, field, item, `has more than one "/"`);
    if (step !== undefined && !field.steps) throw invalid(expression, field, item, `takes no "/" increments`);
    const [from, to] = parseRange(expression, field, range, item, step !== undefined);
    const by = step === undefined ? 1 : parseStep(expression, field, step, item);
    for (let value = from; value <= to; value += by) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}

function parseRange(expression: string, field: Field, range: string, item: string, stepped: boolean) {
  if (range === "*") return [field.min, field.max] as const;
  if (range === "?") {
    throw invalid(expression, field, item, `is only allowed as the whole day-of-month or day-of-week field`);
  }
  const bounds = range.split("-");
  const [first = "", last, extra] = bounds;
  if (extra !== undefined) throw invalid(expression, field, item, "is not a value or a range a-b");
  const from = parseValue(expression, field, first, item);
  if (last === undefined) return [from, stepped ? field.max : from] as const;
  const to = parseValue(expression, field, last, item);
  if (to < from) throw invalid(expression, field, item, "is a range that runs backwards; split it in two");
  return [from, to] as const;
}

function parseValue(expression: string, field: Field, token: string, item: string): number {
  if (/^\d+$/.test(token)) {
    const value = Number(token);
    if (value < field.min || value > field.max) {
      throw invalid(expression, field, token, `is out of range ${field.min}-${field.max}`);
    }
    return value;
  }
  const index = field.names?.indexOf(token.toUpperCase()) ?? -1;
  if (index >= 0) return field.min + index;
  const names = field.names ? ` or ${field.names[0]}-${field.names.at(-1)}` : "";
  if (token === "") throw invalid(expression, field, item, `is missing a value`);
  throw invalid(expression, field, token, `is not a value: expected ${field.min}-${field.max}${names}`);
}

function parseStep(expression: string, field: Field, step: string, item: string): number {
  const most = field.max - field.min + 1;
  const value = /^\d+$/.test(step) ? Number(step) : 0;
  if (value < 1 || value > most)
    throw invalid(expression, field, item, `has an increment that is not 1-${most}`);
  return value;
}

function invalid(expression: string, field: Field, value: string, problem: string): InvalidScheduleError {
  return new InvalidScheduleError(expression, `${field.name} "${value}" ${problem}`, {
    field: field.name,
    value,
  });
}
