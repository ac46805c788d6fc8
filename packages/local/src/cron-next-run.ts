// The first minute after a given time at which a parsed cron schedule fires, in UTC. It walks the allowed values
// field by field (year, month, day, hour, minute), so even a schedule that never fires ends after 2199.
import type { CronSchedule, DayRule } from "./cron-schedule.ts";

const MINUTE_MS = 60_000;

/** The first fire time strictly after `after`, or undefined when the year field has no year left with one. */
export function nextCronRun(schedule: CronSchedule, after: Date): Date | undefined {
  const from = new Date((Math.floor(after.getTime() / MINUTE_MS) + 1) * MINUTE_MS);
  const [year0, month0, day0] = [from.getUTCFullYear(), from.getUTCMonth() + 1, from.getUTCDate()];
  const [hour0, minute0] = [from.getUTCHours(), from.getUTCMinutes()];
  for (const year of schedule.years) {
    if (year < year0) continue;
    const inFirstYear = year === year0;
    for (const month of schedule.months) {
      if (inFirstYear && month < month0) continue;
      const inFirstMonth = inFirstYear && month === month0;
      for (const day of daysOf(schedule.days, year, month)) {
        if (inFirstMonth && day < day0) continue;
        const onFirstDay = inFirstMonth && day === day0;
        for (const hour of schedule.hours) {
          if (onFirstDay && hour < hour0) continue;
          const inFirstHour = onFirstDay && hour === hour0;
          const minute = inFirstHour ? schedule.minutes.find((m) => m >= minute0) : schedule.minutes[0];
          if (minute !== undefined) return new Date(Date.UTC(year, month - 1, day, hour, minute));
        }
      }
    }
  }
  return undefined;
}

/** The days (ascending) of `month` (1-12) of `year` that a day rule selects. */
export function daysOf(rule: DayRule, year: number, month: number): number[] {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const weekdayOf = (day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1; // 1 = Sunday
  switch (rule.kind) {
    case "days-of-month":
      return rule.days.filter((day) => day <= last);
    case "last-day-of-month":
      return [last];
    case "last-weekday-of-month":
      return [nearestWeekday(last, last, weekdayOf(last))];
    case "nearest-weekday":
      // Like a plain day number, a day the month does not have (31W in April) does not fire.
      return rule.day > last ? [] : [nearestWeekday(rule.day, last, weekdayOf(rule.day))];
    case "days-of-week":
      return Array.from({ length: last }, (_, i) => i + 1).filter((day) =>
        rule.weekdays.includes(weekdayOf(day)),
      );
    case "last-weekday-in-month":
      return [last - ((weekdayOf(last) - rule.weekday + 7) % 7)];
    case "nth-weekday": {
      const day = 1 + ((rule.weekday - weekdayOf(1) + 7) % 7) + 7 * (rule.nth - 1);
      return day <= last ? [day] : [];
    }
  }
}

/** The weekday nearest `day` within its month: a Saturday moves to Friday, a Sunday to Monday, unless that leaves the month. */
function nearestWeekday(day: number, last: number, weekday: number): number {
  if (weekday === 7) return day === 1 ? 3 : day - 1;
  if (weekday === 1) return day === last ? day - 2 : day + 1;
  return day;
}
