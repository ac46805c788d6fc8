// Checks of request fields beyond what @sluice/streams checks itself, with messages that name the field.
import { InvalidInputError } from "@sluice/streams";

function invalid(field: string, message: string, details: Record<string, unknown> = {}): InvalidInputError {
  return new InvalidInputError("grpc.invalid_argument", `${field}: ${message}`, {
    details: { field, ...details },
  });
}

/** A repeated field with `min` to `max` items: "events: 1 to 1000 events, got 0". */
export function assertCount<T>(field: string, items: T[] | null | undefined, min: number, max: number): T[] {
  const list = items ?? [];
  if (list.length < min || list.length > max) {
    throw invalid(field, `${min} to ${max} ${field}, got ${list.length}`, { count: list.length });
  }
  return list;
}

/** A message field that must be set: "event: required". */
export function required<T>(field: string, value: T | null | undefined): T {
  if (value === null || value === undefined) throw invalid(field, "required");
  return value;
}

/** A count where 0 means the default: "max_in_flight: 1 to 1000 (0 means 100), got 5000". */
export function countOrDefault(
  field: string,
  value: number | null | undefined,
  max: number,
  fallback: number,
): number {
  if (!value) return fallback;
  if (value > max) throw invalid(field, `1 to ${max} (0 means ${fallback}), got ${value}`, { value });
  return value;
}

/** How protobuf.js decodes a uint64: a number, or a `Long` when it has one. */
export type Uint64 = number | { toNumber(): number };

/** A uint64 as a JavaScript number; beyond 2^53 - 1 it cannot be one. */
export function safeInteger(field: string, value: Uint64 | null | undefined): number {
  const number =
    value === null || value === undefined ? 0 : typeof value === "number" ? value : value.toNumber();
  if (!Number.isSafeInteger(number) || number < 0) {
    throw invalid(field, `a non-negative integer up to ${Number.MAX_SAFE_INTEGER}, got ${String(value)}`);
  }
  return number;
}

const ENTRY_ID = /^\d+-\d+$/;

/** Stream entry ids as Redis assigns them: "1700000000000-0". */
export function assertEntryIds(field: string, ids: string[]): void {
  const bad = ids.find((id) => !ENTRY_ID.test(id));
  if (bad !== undefined)
    throw invalid(field, `${JSON.stringify(bad)} is not a stream entry id like 1700000000000-0`);
}

/** An inclusive range bound: a stream id, or empty for the open end. */
export function optionalEntryId(field: string, id: string | null | undefined, open: "-" | "+"): string {
  if (!id) return open;
  assertEntryIds(field, [id]);
  return id;
}
