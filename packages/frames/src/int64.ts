// 64-bit integers as protobuf.js represents them: a JS number, or a `Long` (what decoding always produces).
import $protobuf from "protobufjs/minimal.js";
import type { sluice } from "./generated/frames.js";

/** long.js's Long, the type the generated code declares for int64/uint64 fields. */
export type Long = Exclude<sluice.frames.v1.ProcessedFrame["sequence"], number>;

/** What an int64/uint64 field holds: a number, or any Long-compatible `{ low, high }` pair of 32-bit halves. */
export type Int64Value = number | { low: number; high: number; unsigned?: boolean };

const LongClass = $protobuf.util.Long as unknown as new (
  low: number,
  high: number,
  unsigned: boolean,
) => Long;

export const UINT64_MAX = 2n ** 64n - 1n;
export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/** A Long-compatible value: two 32-bit integer halves. */
export function isLongLike(value: unknown): value is { low: number; high: number } {
  if (typeof value !== "object" || value === null) return false;
  const { low, high } = value as { low?: unknown; high?: unknown };
  return Number.isInteger(low) && Number.isInteger(high);
}

/** The exact value of an int64/uint64 field; a Long's bits are read as unsigned or signed as asked. */
export function int64ToBigInt(value: Int64Value, unsigned: boolean): bigint {
  if (typeof value === "number") return BigInt(value);
  const bits = (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
  return unsigned ? bits : BigInt.asIntN(64, bits);
}

/** A Long holding `value`, which must fit 64 bits (signed or unsigned as asked). */
export function longFromBigInt(value: bigint, unsigned: boolean): Long {
  const bits = BigInt.asUintN(64, value);
  return new LongClass(Number(BigInt.asIntN(32, bits)), Number(BigInt.asIntN(32, bits >> 32n)), unsigned);
}
