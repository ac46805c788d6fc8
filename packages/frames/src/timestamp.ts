// google.protobuf.Timestamp: conversions to and from milliseconds, and its proto3 JSON form (RFC 3339).
import { InvalidInputError } from "@sluice/streams";
import { google } from "./generated/frames.js";
import { isLongLike } from "./int64.ts";

export type Timestamp = google.protobuf.Timestamp;
export type TimestampProperties = google.protobuf.Timestamp.$Properties;

/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the range a Timestamp may hold (timestamp.proto). */
export const MIN_TIMESTAMP_SECONDS = -62_135_596_800;
export const MAX_TIMESTAMP_SECONDS = 253_402_300_799;
const RANGE = "0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z";

/**
 * The Timestamp `ms` milliseconds after the epoch (as Date.now() or a Date's getTime() gives), to the microsecond:
 * finer digits of a double millisecond count are rounding noise at present-day values.
 */
export function timestampFromMs(ms: number): Timestamp {
  let seconds = Math.floor(ms / 1000);
  let nanos = Math.round((ms - seconds * 1000) * 1000) * 1000;
  if (nanos >= 1e9) {
    seconds += 1;
    nanos -= 1e9;
  }
  if (!(seconds >= MIN_TIMESTAMP_SECONDS && seconds <= MAX_TIMESTAMP_SECONDS)) {
    throw new InvalidInputError(
      "frames.invalid_timestamp",
      `${ms} ms is outside the Timestamp range ${RANGE}`,
    );
  }
  return new google.protobuf.Timestamp({ seconds, nanos });
}

/** Milliseconds after the epoch, with the nanoseconds as a fraction; seconds may be a number or a Long. */
export function msFromTimestamp(timestamp: TimestampProperties): number {
  return timestampSeconds(timestamp) * 1000 + (timestamp.nanos ?? 0) / 1e6;
}

/** Whole seconds of a Timestamp as a number (exact: the valid range is far below 2^53). */
export function timestampSeconds(timestamp: TimestampProperties): number {
  const seconds = timestamp.seconds ?? 0;
  return typeof seconds === "number" ? seconds : seconds.high * 2 ** 32 + (seconds.low >>> 0);
}

/** Why `value` is not a valid Timestamp (wrong types, nanos outside 0-999999999, outside the range), or undefined. */
export function timestampProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return "must be a Timestamp object";
  const { seconds = 0, nanos = 0 } = value as { seconds?: unknown; nanos?: unknown };
  if (!(Number.isInteger(seconds) || isLongLike(seconds))) return "seconds must be an integer or a Long";
  if (!(Number.isInteger(nanos) && (nanos as number) >= 0 && (nanos as number) <= 999_999_999)) {
    return `nanos must be an integer 0-999999999, got ${String(nanos)}`;
  }
  const whole = timestampSeconds(value as TimestampProperties);
  if (whole < MIN_TIMESTAMP_SECONDS || whole > MAX_TIMESTAMP_SECONDS) {
    return `seconds ${whole} is outside the Timestamp range ${RANGE}`;
  }
  return undefined;
}

/** RFC 3339 in UTC ("Z") with 0, 3, 6 or 9 fractional digits, as the proto3 JSON mapping prints. Expects a valid Timestamp. */
export function formatTimestamp(timestamp: TimestampProperties): string {
  const base = new Date(timestampSeconds(timestamp) * 1000).toISOString().slice(0, 19);
  const nanos = timestamp.nanos ?? 0;
  if (nanos === 0) return `${base}Z`;
  const digits = String(nanos).padStart(9, "0");
  const fraction = nanos % 1e6 === 0 ? digits.slice(0, 3) : nanos % 1e3 === 0 ? digits.slice(0, 6) : digits;
  return `${base}.${fraction}Z`;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Parses an RFC 3339 date-time with any offset (the proto3 JSON form of a Timestamp); a string says what is wrong. */
export function parseTimestamp(text: string): { seconds: number; nanos: number } | string {
  const match = RFC3339.exec(text);
  if (match === null)
    return `expected an RFC 3339 timestamp like "2024-05-01T12:30:00.250Z", got ${quote(text)}`;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [, , , , , , , fraction = "", sign, offsetHours = "0", offsetMinutes = "0"] = match;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const validDate = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (
    !validDate ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    Number(offsetHours) > 23 ||
    Number(offsetMinutes) > 59
  ) {
    return `${quote(text)} is not a valid date and time`;
  }
  const offset = (sign === "-" ? -1 : 1) * (Number(offsetHours) * 3600 + Number(offsetMinutes) * 60);
  const seconds = date.getTime() / 1000 + hour * 3600 + minute * 60 + second - offset;
  if (seconds < MIN_TIMESTAMP_SECONDS || seconds > MAX_TIMESTAMP_SECONDS) {
    return `${quote(text)} is outside the Timestamp range ${RANGE}`;
  }
  return { seconds, nanos: Number(fraction.padEnd(9, "0")) };
}

function quote(text: string): string {
  return JSON.stringify(text.length > 64 ? `${text.slice(0, 64)}…` : text);
}
