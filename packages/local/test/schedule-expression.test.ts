import { describe, expect, it } from "vitest";
import { daysOf } from "../src/cron-next-run.ts";
import type { CronSchedule } from "../src/cron-schedule.ts";
import { InvalidScheduleError } from "../src/invalid-schedule-error.ts";
import { nextRun, parseSchedule } from "../src/schedule-expression.ts";

// Thursday 15 January 2026, mid-minute.
const BASE = "2026-01-15T12:34:56.789Z";

/** The next `count` fire times after `after`, as ISO strings. */
function fires(expression: string, after: string, count = 1): (string | undefined)[] {
  const schedule = parseSchedule(expression);
  const times: (string | undefined)[] = [];
  let from: Date | undefined = new Date(after);
  for (let i = 0; i < count && from; i++) {
    from = nextRun(schedule, from);
    times.push(from?.toISOString());
  }
  return times;
}

function cron(expression: string): CronSchedule {
  const schedule = parseSchedule(expression);
  if (schedule.kind !== "cron") throw new Error(`${expression} is not a cron`);
  return schedule;
}

function problem(expression: string): InvalidScheduleError {
  try {
    parseSchedule(expression);
  } catch (error) {
    if (error instanceof InvalidScheduleError) return error;
    throw error;
  }
  throw new Error(`${expression} parsed`);
}

describe("rate expressions", () => {
  it.each([
    ["rate(1 minute)", "minute", 60_000],
    ["rate(5 minutes)", "minute", 300_000],
    ["rate(10 minutes)", "minute", 600_000],
    ["rate(15 minutes)", "minute", 900_000],
    ["rate(1 hour)", "hour", 3_600_000],
    ["rate(12 hours)", "hour", 43_200_000],
    ["rate(1 day)", "day", 86_400_000],
    ["rate(7 days)", "day", 604_800_000],
  ])("parses %s", (expression, unit, intervalMs) => {
    expect(parseSchedule(expression)).toMatchObject({ kind: "rate", expression, unit, intervalMs });
  });

  it("fires every interval counted from the start, strictly after `after`", () => {
    const schedule = parseSchedule("rate(5 minutes)");
    const start = new Date("2026-01-15T10:00:00.000Z");
    const after = (iso: string) => nextRun(schedule, new Date(iso), start)?.toISOString();
    expect(after("2026-01-15T10:00:00.000Z")).toBe("2026-01-15T10:05:00.000Z");
    expect(after("2026-01-15T10:07:30.000Z")).toBe("2026-01-15T10:10:00.000Z");
    expect(after("2026-01-15T10:10:00.000Z")).toBe("2026-01-15T10:15:00.000Z");
    expect(after("2026-01-15T09:00:00.000Z")).toBe("2026-01-15T10:05:00.000Z");
    expect(nextRun(schedule, start)?.toISOString()).toBe("2026-01-15T10:05:00.000Z");
  });

  it("counts from `after` when no start is given", () => {
    expect(fires("rate(1 hour)", BASE, 2)).toEqual(["2026-01-15T13:34:56.789Z", "2026-01-15T14:34:56.789Z"]);
    expect(fires("rate(1 day)", BASE)).toEqual(["2026-01-16T12:34:56.789Z"]);
  });

  it.each([
    ["rate(0 minutes)", "value", "0", 'rate(0 minutes): value "0" is not a positive integer'],
    ["rate(-1 minutes)", "value", "-1", 'value "-1" is not a positive integer'],
    ["rate(1.5 hours)", "value", "1.5", 'value "1.5" is not a positive integer'],
    ["rate(five minutes)", "value", "five", 'value "five" is not a positive integer'],
    [
      "rate(1 minutes)",
      "unit",
      "minutes",
      'rate(1 minutes): unit "minutes" must be "minute" for the value 1',
    ],
    ["rate(1 hours)", "unit", "hours", 'unit "hours" must be "hour" for the value 1'],
    ["rate(1 days)", "unit", "days", 'unit "days" must be "day" for the value 1'],
    ["rate(5 minute)", "unit", "minute", 'unit "minute" must be "minutes" for the value 5'],
    ["rate(2 hour)", "unit", "hour", 'unit "hour" must be "hours" for the value 2'],
    ["rate(3 day)", "unit", "day", 'unit "day" must be "days" for the value 3'],
    ["rate(5 seconds)", "unit", "seconds", 'unit "seconds" is not minute(s), hour(s) or day(s)'],
    ["rate(2 weeks)", "unit", "weeks", 'unit "weeks" is not minute(s), hour(s) or day(s)'],
    ["rate(5 Minutes)", "unit", "Minutes", 'unit "Minutes" is not minute(s), hour(s) or day(s)'],
  ])("rejects %s", (expression, field, value, message) => {
    const error = problem(expression);
    expect(error.message).toContain(message);
    expect(error).toMatchObject({
      code: "local.invalid_schedule",
      kind: "invalid",
      name: "InvalidScheduleError",
    });
    expect(error.details).toEqual({ expression, field, value });
  });

  it.each(["rate(5)", "rate()", "rate(5  minutes)", "rate(5 minutes now)", "rate( 5 minutes)"])(
    "rejects the malformed %s",
    (expression) => {
      expect(problem(expression).message).toBe(
        `${expression}: expected rate(value unit), like rate(5 minutes)`,
      );
    },
  );
});

describe("schedule expressions", () => {
  it.each([
    ["", '"": expected rate(value unit) or cron(minutes hours day-of-month month day-of-week year)'],
    ["every 5 minutes", '"every 5 minutes": expected rate(value unit) or cron('],
    ["CRON(0 10 * * ? *)", "CRON(0 10 * * ? *): expected rate(value unit) or cron("],
    [" rate(5 minutes)", '" rate(5 minutes)": expected'],
    [
      "at(2026-01-01T00:00:00)",
      "at(2026-01-01T00:00:00): one-time at(...) schedules are not supported locally",
    ],
  ])("rejects %j", (expression, message) => {
    expect(problem(expression).message).toContain(message);
  });
});

describe("the AWS documentation examples", () => {
  it.each([
    ["cron(0 10 * * ? *)", BASE, ["2026-01-16T10:00:00.000Z", "2026-01-17T10:00:00.000Z"]],
    ["cron(15 12 * * ? *)", BASE, ["2026-01-16T12:15:00.000Z", "2026-01-17T12:15:00.000Z"]],
    [
      "cron(0 18 ? * MON-FRI *)",
      BASE,
      ["2026-01-15T18:00:00.000Z", "2026-01-16T18:00:00.000Z", "2026-01-19T18:00:00.000Z"],
    ],
    ["cron(0 8 1 * ? *)", BASE, ["2026-02-01T08:00:00.000Z", "2026-03-01T08:00:00.000Z"]],
    [
      "cron(0/15 * * * ? *)",
      BASE,
      ["2026-01-15T12:45:00.000Z", "2026-01-15T13:00:00.000Z", "2026-01-15T13:15:00.000Z"],
    ],
    ["cron(0/10 * ? * MON-FRI *)", BASE, ["2026-01-15T12:40:00.000Z", "2026-01-15T12:50:00.000Z"]],
    ["cron(0/10 * ? * MON-FRI *)", "2026-01-16T23:55:00.000Z", ["2026-01-19T00:00:00.000Z"]],
    ["cron(0/5 8-17 ? * MON-FRI *)", BASE, ["2026-01-15T12:35:00.000Z", "2026-01-15T12:40:00.000Z"]],
    ["cron(0/5 8-17 ? * MON-FRI *)", "2026-01-15T17:55:00.000Z", ["2026-01-16T08:00:00.000Z"]],
    ["cron(0/5 8-17 ? * MON-FRI *)", "2026-01-16T17:56:00.000Z", ["2026-01-19T08:00:00.000Z"]],
    // The first Monday: Feb 1 2026 is a Sunday, Mar 1 too.
    ["cron(0 9 ? * 2#1 *)", BASE, ["2026-02-02T09:00:00.000Z", "2026-03-02T09:00:00.000Z"]],
  ])("%s after %s", (expression, after, expected) => {
    expect(fires(expression, after, expected.length)).toEqual(expected);
  });
});

describe("the schedules Sluice uses", () => {
  it.each([
    ["rate(1 minute)", "2026-01-15T12:35:56.789Z"],
    ["rate(5 minutes)", "2026-01-15T12:39:56.789Z"],
    ["rate(10 minutes)", "2026-01-15T12:44:56.789Z"],
    ["rate(15 minutes)", "2026-01-15T12:49:56.789Z"],
    ["rate(1 hour)", "2026-01-15T13:34:56.789Z"],
    ["cron(30 3 * * ? *)", "2026-01-16T03:30:00.000Z"],
    ["cron(0 5 * * ? *)", "2026-01-16T05:00:00.000Z"],
    ["cron(0 2 ? * SUN *)", "2026-01-18T02:00:00.000Z"],
    ["cron(0 4 ? * TUE *)", "2026-01-20T04:00:00.000Z"],
  ])("%s first fires at %s", (expression, expected) => {
    expect(fires(expression, BASE)).toEqual([expected]);
  });

  it("fires the weekly ones a week apart", () => {
    expect(fires("cron(0 2 ? * SUN *)", BASE, 3)).toEqual([
      "2026-01-18T02:00:00.000Z",
      "2026-01-25T02:00:00.000Z",
      "2026-02-01T02:00:00.000Z",
    ]);
  });
});

describe("cron fields", () => {
  it("reads values, lists, ranges and increments", () => {
    expect(cron("cron(5,1,3 * * * ? *)").minutes).toEqual([1, 3, 5]);
    expect(cron("cron(10-13 * * * ? *)").minutes).toEqual([10, 11, 12, 13]);
    expect(cron("cron(*/20 * * * ? *)").minutes).toEqual([0, 20, 40]);
    expect(cron("cron(7/20 * * * ? *)").minutes).toEqual([7, 27, 47]);
    expect(cron("cron(10-40/15 * * * ? *)").minutes).toEqual([10, 25, 40]);
    expect(cron("cron(0 1,12-14,20/2 * * ? *)").hours).toEqual([1, 12, 13, 14, 20, 22]);
    expect(cron("cron(0 0 1/10 * ? *)").days).toEqual({ kind: "days-of-month", days: [1, 11, 21, 31] });
    expect(cron("cron(0 0 1 */4 ? *)").months).toEqual([1, 5, 9]);
    expect(cron("cron(0 0 1 1 ? 2027/50)").years).toEqual([2027, 2077, 2127, 2177]);
    expect(cron("cron(0 0 * * ? *)").years).toHaveLength(230);
  });

  it("reads month and weekday names in any case, alone and in ranges", () => {
    expect(cron("cron(0 0 1 JAN,mar,Dec ? *)").months).toEqual([1, 3, 12]);
    expect(cron("cron(0 0 1 FEB-APR ? *)").months).toEqual([2, 3, 4]);
    expect(cron("cron(0 0 1 JUL/2 ? *)").months).toEqual([7, 9, 11]);
    expect(cron("cron(0 0 ? * SUN,sat *)").days).toEqual({ kind: "days-of-week", weekdays: [1, 7] });
    expect(cron("cron(0 0 ? * MON-FRI *)").days).toEqual({ kind: "days-of-week", weekdays: [2, 3, 4, 5, 6] });
    expect(cron("cron(0 0 ? * 1-3,WED *)").days).toEqual({ kind: "days-of-week", weekdays: [1, 2, 3, 4] });
  });

  it("takes the day from whichever of day-of-month and day-of-week is not ?", () => {
    expect(fires("cron(0 0 * * ? *)", BASE)).toEqual(["2026-01-16T00:00:00.000Z"]);
    expect(fires("cron(0 0 ? * * *)", BASE)).toEqual(["2026-01-16T00:00:00.000Z"]);
    expect(fires("cron(0 0 20 * ? *)", BASE)).toEqual(["2026-01-20T00:00:00.000Z"]);
    expect(fires("cron(0 0 ? * 7 *)", BASE)).toEqual(["2026-01-17T00:00:00.000Z"]);
  });

  it.each([
    ["cron(0 10 * * * *)", 'day-of-month "*" and day-of-week "*" are both set; one of them must be "?"'],
    ["cron(0 10 1 * MON *)", 'day-of-month "1" and day-of-week "MON" are both set; one of them must be "?"'],
    ["cron(0 10 ? * ? *)", 'day-of-month and day-of-week are both "?"; only one may be'],
    ["cron(? 10 * * ? *)", 'minutes "?" is only allowed as the whole day-of-month or day-of-week field'],
    ["cron(0 10 1,? * * *)", 'day-of-month "1,?" and day-of-week "*" are both set; one of them must be "?"'],
  ])("enforces the ? rule: %s", (expression, message) => {
    expect(problem(expression).message).toBe(`${expression}: ${message}`);
  });

  it.each([
    ["cron(0 10 ? * 8 *)", "day-of-week", "8", 'day-of-week "8" is out of range 1-7'],
    ["cron(0 10 ? * 0 *)", "day-of-week", "0", 'day-of-week "0" is out of range 1-7'],
    ["cron(60 10 * * ? *)", "minutes", "60", 'minutes "60" is out of range 0-59'],
    ["cron(0 24 * * ? *)", "hours", "24", 'hours "24" is out of range 0-23'],
    ["cron(0 10 0 * ? *)", "day-of-month", "0", 'day-of-month "0" is out of range 1-31'],
    ["cron(0 10 32 * ? *)", "day-of-month", "32", 'day-of-month "32" is out of range 1-31'],
    ["cron(0 10 * 13 ? *)", "month", "13", 'month "13" is out of range 1-12'],
    ["cron(0 10 * * ? 1969)", "year", "1969", 'year "1969" is out of range 1970-2199'],
    ["cron(0 10 * * ? 2026-2200)", "year", "2200", 'year "2200" is out of range 1970-2199'],
    ["cron(0 10 * FOO ? *)", "month", "FOO", 'month "FOO" is not a value: expected 1-12 or JAN-DEC'],
    [
      "cron(0 10 ? * MONDAY *)",
      "day-of-week",
      "MONDAY",
      'day-of-week "MONDAY" is not a value: expected 1-7 or SUN-SAT',
    ],
    ["cron(x 10 * * ? *)", "minutes", "x", 'minutes "x" is not a value: expected 0-59'],
    ["cron(-5 10 * * ? *)", "minutes", "-5", 'minutes "-5" is missing a value'],
    ["cron(1,,2 10 * * ? *)", "minutes", "", 'minutes "" is missing a value'],
    ["cron(1-2-3 10 * * ? *)", "minutes", "1-2-3", 'minutes "1-2-3" is not a value or a range a-b'],
    ["cron(0 22-2 * * ? *)", "hours", "22-2", 'hours "22-2" is a range that runs backwards; split it in two'],
    ["cron(0/0 10 * * ? *)", "minutes", "0/0", 'minutes "0/0" has an increment that is not 1-60'],
    ["cron(*/61 10 * * ? *)", "minutes", "*/61", 'minutes "*/61" has an increment that is not 1-60'],
    ["cron(0/x 10 * * ? *)", "minutes", "0/x", 'minutes "0/x" has an increment that is not 1-60'],
    ["cron(0/5/2 10 * * ? *)", "minutes", "0/5/2", 'minutes "0/5/2" has more than one "/"'],
    ["cron(0 10 ? * 1/2 *)", "day-of-week", "1/2", 'day-of-week "1/2" takes no "/" increments'],
    [
      "cron(0 10 ? * 3#6 *)",
      "day-of-week",
      "3#6",
      'day-of-week "3#6" has a number after "#" that is not 1-5',
    ],
    [
      "cron(0 10 ? * 3#0 *)",
      "day-of-week",
      "3#0",
      'day-of-week "3#0" has a number after "#" that is not 1-5',
    ],
    ["cron(0 10 ? * 8#1 *)", "day-of-week", "8", 'day-of-week "8" is out of range 1-7'],
    [
      "cron(0 10 ? * 3#1,6#3 *)",
      "day-of-week",
      "3#1,6#3",
      'day-of-week "3#1,6#3" puts "L" or "#" in a list or range; they take the whole field',
    ],
    ["cron(0 10 ? * 1-5L *)", "day-of-week", "1-5L", 'day-of-week "1-5L" puts "L" or "#" in a list or range'],
    ["cron(0 10 ? * 8L *)", "day-of-week", "8", 'day-of-week "8" is out of range 1-7'],
    [
      "cron(0 10 L-3 * ? *)",
      "day-of-month",
      "L-3",
      'day-of-month "L-3" puts L or W in a list, range or offset; they take the whole field (L, LW or like 15W)',
    ],
    ["cron(0 10 1,L * ? *)", "day-of-month", "1,L", 'day-of-month "1,L" puts L or W in a list'],
    ["cron(0 10 1-15W * ? *)", "day-of-month", "1-15W", 'day-of-month "1-15W" puts L or W in a list, range'],
    ["cron(0 10 32W * ? *)", "day-of-month", "32", 'day-of-month "32" is out of range 1-31'],
  ])("rejects %s", (expression, field, value, message) => {
    const error = problem(expression);
    expect(error.message).toContain(`${expression}: ${message}`);
    expect(error.details).toEqual({ expression, field, value });
  });

  it.each(["cron(0 10 * * ?)", "cron(0 10 * * ? * *)", "cron(0  10 * * ? *)", "cron()"])(
    "rejects %s for its field count",
    (expression) => {
      expect(problem(expression).message).toMatch(
        /: expected 6 fields separated by single spaces .*, got \d+$/,
      );
    },
  );
});

describe("cron fire times", () => {
  it("fires strictly after `after`, on whole minutes", () => {
    expect(fires("cron(0 10 * * ? *)", "2026-01-16T10:00:00.000Z")).toEqual(["2026-01-17T10:00:00.000Z"]);
    expect(fires("cron(0 10 * * ? *)", "2026-01-16T09:59:59.999Z")).toEqual(["2026-01-16T10:00:00.000Z"]);
    expect(fires("cron(* * * * ? *)", BASE, 2)).toEqual([
      "2026-01-15T12:35:00.000Z",
      "2026-01-15T12:36:00.000Z",
    ]);
  });

  it("rolls over hours, days, months and years", () => {
    expect(fires("cron(0 * * * ? *)", "2026-12-31T23:00:00.000Z")).toEqual(["2027-01-01T00:00:00.000Z"]);
    expect(fires("cron(59 23 31 12 ? *)", BASE, 2)).toEqual([
      "2026-12-31T23:59:00.000Z",
      "2027-12-31T23:59:00.000Z",
    ]);
    expect(fires("cron(0 0 1 JAN ? *)", BASE)).toEqual(["2027-01-01T00:00:00.000Z"]);
  });

  it("skips months without the day", () => {
    expect(fires("cron(0 0 31 * ? *)", BASE, 4)).toEqual([
      "2026-01-31T00:00:00.000Z",
      "2026-03-31T00:00:00.000Z",
      "2026-05-31T00:00:00.000Z",
      "2026-07-31T00:00:00.000Z",
    ]);
    expect(fires("cron(0 0 30 * ? *)", "2026-01-30T00:00:00.000Z")).toEqual(["2026-03-30T00:00:00.000Z"]);
  });

  it("knows leap years: Feb 29 every four years, but not in 2100", () => {
    expect(fires("cron(0 0 29 2 ? *)", BASE, 2)).toEqual([
      "2028-02-29T00:00:00.000Z",
      "2032-02-29T00:00:00.000Z",
    ]);
    expect(fires("cron(0 0 29 FEB ? *)", "2096-03-01T00:00:00.000Z")).toEqual(["2104-02-29T00:00:00.000Z"]);
    expect(fires("cron(0 0 L 2 ? *)", BASE, 3)).toEqual([
      "2026-02-28T00:00:00.000Z",
      "2027-02-28T00:00:00.000Z",
      "2028-02-29T00:00:00.000Z",
    ]);
  });

  it("L in day-of-month is the last day of each month", () => {
    expect(fires("cron(0 12 L * ? *)", BASE, 4)).toEqual([
      "2026-01-31T12:00:00.000Z",
      "2026-02-28T12:00:00.000Z",
      "2026-03-31T12:00:00.000Z",
      "2026-04-30T12:00:00.000Z",
    ]);
  });

  it("W is the nearest weekday in the same month", () => {
    // Nov 15 2026 is a Sunday: Monday 16. Aug 15 2026 is a Saturday: Friday 14.
    expect(fires("cron(0 9 15W 11 ? *)", BASE)).toEqual(["2026-11-16T09:00:00.000Z"]);
    expect(fires("cron(0 9 15W 8 ? *)", BASE)).toEqual(["2026-08-14T09:00:00.000Z"]);
    // Jan 15 2026 is a Thursday: itself.
    expect(fires("cron(0 9 15W * ? *)", "2026-01-01T00:00:00.000Z")).toEqual(["2026-01-15T09:00:00.000Z"]);
    // Aug 1 2026 is a Saturday: not July 31 but Monday Aug 3.
    expect(fires("cron(0 9 1W 8 ? *)", BASE)).toEqual(["2026-08-03T09:00:00.000Z"]);
    // May 31 2026 is a Sunday and the last day: not June 1 but Friday May 29; April has no 31st.
    expect(fires("cron(0 9 31W * ? *)", "2026-04-01T00:00:00.000Z")).toEqual(["2026-05-29T09:00:00.000Z"]);
  });

  it("LW is the last weekday of the month", () => {
    // Jan 31 2026 is a Saturday, Feb 28 a Saturday, Mar 31 a Tuesday, May 31 a Sunday.
    expect(fires("cron(0 18 LW * ? *)", BASE, 5)).toEqual([
      "2026-01-30T18:00:00.000Z",
      "2026-02-27T18:00:00.000Z",
      "2026-03-31T18:00:00.000Z",
      "2026-04-30T18:00:00.000Z",
      "2026-05-29T18:00:00.000Z",
    ]);
  });

  it("nL in day-of-week is the last such weekday of the month; L alone is Saturday", () => {
    expect(fires("cron(0 22 ? * 6L *)", BASE, 2)).toEqual([
      "2026-01-30T22:00:00.000Z",
      "2026-02-27T22:00:00.000Z",
    ]);
    expect(fires("cron(0 22 ? * FRIL *)", BASE)).toEqual(["2026-01-30T22:00:00.000Z"]);
    expect(fires("cron(0 22 ? * 1L *)", BASE)).toEqual(["2026-01-25T22:00:00.000Z"]);
    expect(fires("cron(0 22 ? * L *)", BASE, 2)).toEqual([
      "2026-01-17T22:00:00.000Z",
      "2026-01-24T22:00:00.000Z",
    ]);
  });

  it("# is the nth such weekday of the month, skipping months without one", () => {
    // Second Tuesday: Jan 13 2026 has passed; Feb 1 is a Sunday, so Feb 10.
    expect(fires("cron(0 9 ? * 3#2 *)", BASE, 2)).toEqual([
      "2026-02-10T09:00:00.000Z",
      "2026-03-10T09:00:00.000Z",
    ]);
    expect(fires("cron(0 9 ? * TUE#2 *)", BASE)).toEqual(["2026-02-10T09:00:00.000Z"]);
    // Fifth Thursday: Jan 29 2026, then none in February or March, then April 30.
    expect(fires("cron(0 9 ? * 5#5 *)", BASE, 2)).toEqual([
      "2026-01-29T09:00:00.000Z",
      "2026-04-30T09:00:00.000Z",
    ]);
  });

  it("stops where the year field ends", () => {
    expect(fires("cron(0 0 1 1 ? 2020)", BASE)).toEqual([undefined]);
    expect(fires("cron(0 0 1 1 ? 2030-2031)", BASE, 3)).toEqual([
      "2030-01-01T00:00:00.000Z",
      "2031-01-01T00:00:00.000Z",
      undefined,
    ]);
    expect(fires("cron(0 12 ? * MON 2027/2)", BASE)).toEqual(["2027-01-04T12:00:00.000Z"]);
    expect(fires("cron(* * * * ? *)", "2199-12-31T23:58:30.000Z", 2)).toEqual([
      "2199-12-31T23:59:00.000Z",
      undefined,
    ]);
  });

  it("ends quickly for a schedule that never fires", () => {
    const started = performance.now();
    expect(fires("cron(0 0 30 2 ? *)", BASE)).toEqual([undefined]);
    expect(fires("cron(0 0 31W 4 ? *)", BASE)).toEqual([undefined]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("finds 10,000 successive fire times quickly", () => {
    const schedule = parseSchedule("cron(0/5 8-17 ? * MON-FRI *)");
    const started = performance.now();
    let from: Date | undefined = new Date(BASE);
    for (let i = 0; i < 10_000 && from; i++) from = nextRun(schedule, from);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(from?.getUTCFullYear()).toBe(2026);
  });
});

/**
 * A slow reference written from the definitions, not from the walk: does `schedule` fire in the minute `time`?
 * Nearest weekday: the weekday of the month closest to the day; nth weekday: the day's week of the month.
 */
function firesAt(schedule: CronSchedule, time: Date): boolean {
  const [year, month, day] = [time.getUTCFullYear(), time.getUTCMonth() + 1, time.getUTCDate()];
  const { minutes, hours, months, years, days: rule } = schedule;
  if (!years.includes(year) || !months.includes(month)) return false;
  if (!hours.includes(time.getUTCHours()) || !minutes.includes(time.getUTCMinutes())) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const weekday = (d: number) => new Date(Date.UTC(year, month - 1, d)).getUTCDay() + 1;
  const workdays = Array.from({ length: last }, (_, i) => i + 1).filter(
    (d) => weekday(d) > 1 && weekday(d) < 7,
  );
  const nearest = (target: number) =>
    workdays.reduce((best, d) => (Math.abs(d - target) < Math.abs(best - target) ? d : best));
  switch (rule.kind) {
    case "days-of-month":
      return rule.days.includes(day);
    case "last-day-of-month":
      return day === last;
    case "last-weekday-of-month":
      return day === workdays.at(-1);
    case "nearest-weekday":
      return rule.day <= last && day === nearest(rule.day);
    case "days-of-week":
      return rule.weekdays.includes(weekday(day));
    case "last-weekday-in-month":
      return weekday(day) === rule.weekday && day + 7 > last;
    case "nth-weekday":
      return weekday(day) === rule.weekday && Math.ceil(day / 7) === rule.nth;
  }
}

describe("cron fire times against a brute-force reference", () => {
  const check = (expression: string, from: string, to: string, stepMs: number) => {
    const schedule = cron(expression);
    const [start, end] = [Date.parse(from), Date.parse(to)];
    const expected: number[] = [];
    for (let time = start + stepMs; time <= end; time += stepMs) {
      if (firesAt(schedule, new Date(time))) expected.push(time);
    }
    const actual: number[] = [];
    for (let next = nextRun(schedule, new Date(start)); next && next.getTime() <= end; ) {
      actual.push(next.getTime());
      next = nextRun(schedule, next);
    }
    expect(actual.length).toBeGreaterThan(0);
    expect(actual.map((t) => new Date(t).toISOString())).toEqual(
      expected.map((t) => new Date(t).toISOString()),
    );
  };

  it.each([
    "cron(0/5 8-17 ? * MON-FRI *)",
    "cron(7-50/13 */3 * * ? *)",
    "cron(0/10 * ? * MON-FRI *)",
    "cron(59 23 * * ? *)",
    "cron(0,30 0 L * ? *)",
  ])("every minute of 40 days: %s", (expression) => {
    check(expression, "2026-01-25T00:00:00.000Z", "2026-03-06T00:00:00.000Z", 60_000);
  });

  it.each([
    "cron(0 0 L * ? *)",
    "cron(0 0 LW * ? *)",
    "cron(0 0 1W * ? *)",
    "cron(0 0 15W * ? *)",
    "cron(0 0 31W * ? *)",
    "cron(0 0 29 2 ? *)",
    "cron(0 0 */3 JAN-MAR/2 ? *)",
    "cron(0 0 ? * MON,WED,FRI *)",
    "cron(0 0 ? * 6L *)",
    "cron(0 0 ? * 1L *)",
    "cron(0 0 ? * L *)",
    "cron(0 0 ? * 3#2 *)",
    "cron(0 0 ? * 5#5 *)",
    "cron(0 0 ? * 1#1 2027-2029)",
  ])("every day of 2026-2032: %s", (expression) => {
    check(expression, "2025-12-31T00:00:00.000Z", "2032-12-31T00:00:00.000Z", 86_400_000);
  });

  it("daysOf never returns a day the month does not have", () => {
    for (const expression of ["cron(0 0 31 * ? *)", "cron(0 0 31W * ? *)", "cron(0 0 ? * 7#5 *)"]) {
      const rule = cron(expression).days;
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(2027, month, 0)).getUTCDate();
        for (const day of daysOf(rule, 2027, month)) expect(day).toBeLessThanOrEqual(last);
      }
    }
  });
});
