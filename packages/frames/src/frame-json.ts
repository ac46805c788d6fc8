// The proto3 JSON mapping (https://protobuf.dev/programming-guides/json/) of sluice.frames.v1, both ways, by walking
// the schema table. protobuf.js's own fromObject/toObject are not it: they treat a Timestamp as {seconds, nanos} and
// silently drop unknown keys and unknown enum names, where a strict parser must reject them.
import { InvalidInputError } from "@sluice/streams";
import { type Field, isDefault, type MessageType, PROCESSED_FRAME, type ValueType } from "./frame-schema.ts";
import { checkFrameShape, type DecodeOptions, validateFrame } from "./frame-validation.ts";
import { google, type sluice } from "./generated/frames.js";
import { type Int64Value, int64ToBigInt, longFromBigInt, UINT64_MAX } from "./int64.ts";
import { formatTimestamp, parseTimestamp, type TimestampProperties } from "./timestamp.ts";

type FrameProperties = sluice.frames.v1.ProcessedFrame.$Properties;
type ProcessedFrame = sluice.frames.v1.ProcessedFrame;

/**
 * The frame as proto3 JSON: lowerCamelCase names, enums by name, bytes in standard base64, uint64 as decimal
 * strings, Timestamps as RFC 3339 in UTC, default values left out. Checks types (InvalidInputError
 * `frames.invalid_frame`) but not Sluice's rules, so an invalid frame can still be shown. Unknown fields kept from
 * binary decoding have no JSON form and are dropped.
 */
export function frameToJson(frame: FrameProperties): Record<string, unknown> {
  checkFrameShape(frame);
  return messageToJson(frame, PROCESSED_FRAME);
}

/**
 * Parses proto3 JSON as a parser must accept it (either field name style, enums by name or number, standard or
 * URL-safe base64 with or without padding, integers as numbers or strings, RFC 3339 with any offset, null for a
 * default), strictly: anything else, including unknown fields, is InvalidInputError `frames.invalid_json` naming the
 * field's path as written. The result is validated (validateFrame).
 */
export function frameFromJson(value: unknown, options: DecodeOptions = {}): ProcessedFrame {
  const frame = messageFromJson(value, PROCESSED_FRAME, "") as ProcessedFrame;
  if (options.validate !== false) validateFrame(frame);
  return frame;
}

function messageToJson(message: object, type: MessageType): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const field of type.fields) {
    const value = (message as Record<string, unknown>)[field.jsonName];
    if (value == null) continue;
    if (field.label === "repeated") {
      const items = value as unknown[];
      if (items.length > 0) json[field.jsonName] = items.map((item) => valueToJson(item, field.type));
    } else if (field.label === "map") {
      const entries = Object.entries(value);
      if (entries.length > 0) {
        json[field.jsonName] = entriesToObject(
          entries.map(([key, item]) => [key, valueToJson(item, field.type)]),
        );
      }
    } else if (!isDefault(value, field.type)) {
      json[field.jsonName] = valueToJson(value, field.type);
    }
  }
  return json;
}

function valueToJson(value: unknown, type: ValueType): unknown {
  switch (type) {
    case "string":
    case "bool":
    case "uint32":
      return value;
    case "double":
      return Number.isFinite(value) ? value : String(value); // "NaN", "Infinity", "-Infinity"
    case "uint64":
      return int64ToBigInt(value as Int64Value, true).toString();
    case "bytes": {
      const bytes = value as Uint8Array;
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
    }
  }
  if (type.kind === "enum") return type.names.get(value as number) ?? value; // an unknown number stays a number
  if (type.kind === "timestamp") return formatTimestamp(value as TimestampProperties);
  return messageToJson(value as object, type);
}

function messageFromJson(value: unknown, type: MessageType, path: string): object {
  if (!isPlainObject(value))
    throw invalidJson(path, `expected a JSON object (${type.name}), got ${describe(value)}`);
  const properties: Record<string, unknown> = {};
  const seen = new Map<Field, string>();
  for (const [key, item] of Object.entries(value)) {
    const at = path === "" ? key : `${path}.${key}`;
    const field = type.fieldsByKey.get(key);
    if (field === undefined)
      throw invalidJson(at, `unknown field (${type.name} has no field ${JSON.stringify(key)})`);
    const other = seen.get(field);
    if (other !== undefined)
      throw invalidJson(at, `the same field as ${JSON.stringify(other)}, which is also given`);
    seen.set(field, key);
    if (item === null) continue; // null means the default
    const parsed = fieldFromJson(item, field, at);
    if (parsed !== undefined) properties[field.jsonName] = parsed;
  }
  return type.create(properties);
}

/** A field's value, or undefined when it is the default (left unset, as binary decoding leaves it). */
function fieldFromJson(value: unknown, field: Field, path: string): unknown {
  if (field.label === "repeated") {
    if (!Array.isArray(value)) throw invalidJson(path, `expected a JSON array, got ${describe(value)}`);
    return value.map((item, index) => elementFromJson(item, field.type, `${path}[${index}]`));
  }
  if (field.label === "map") {
    if (!isPlainObject(value))
      throw invalidJson(path, `expected a JSON object (a map), got ${describe(value)}`);
    return entriesToObject(
      Object.entries(value).map(([key, item]) => {
        const at = `${path}[${JSON.stringify(key)}]`;
        if (!key.isWellFormed())
          throw invalidJson(at, "key is not well-formed Unicode (it has a lone surrogate)");
        return [key, elementFromJson(item, field.type, at)];
      }),
    );
  }
  const parsed = valueFromJson(value, field.type, path);
  return isDefault(parsed, field.type) ? undefined : parsed;
}

function elementFromJson(value: unknown, type: ValueType, path: string): unknown {
  if (value === null) throw invalidJson(path, "null is not allowed in a list or a map");
  return valueFromJson(value, type, path);
}

function valueFromJson(value: unknown, type: ValueType, path: string): unknown {
  switch (type) {
    case "string":
      if (typeof value !== "string") throw invalidJson(path, `expected a string, got ${describe(value)}`);
      if (!value.isWellFormed()) throw invalidJson(path, "not well-formed Unicode (it has a lone surrogate)");
      return value;
    case "bool":
      if (typeof value !== "boolean")
        throw invalidJson(path, `expected true or false, got ${describe(value)}`);
      return value;
    case "bytes":
      return bytesFromJson(value, path);
    case "double":
      return doubleFromJson(value, path);
    case "uint32":
      return Number(integerFromJson(value, path, 0n, 0xffff_ffffn, "uint32"));
    case "uint64":
      return longFromBigInt(integerFromJson(value, path, 0n, UINT64_MAX, "uint64"), true);
  }
  if (type.kind === "enum") {
    if (typeof value === "string") {
      const number = type.numbers.get(value);
      if (number !== undefined) return number;
      const known = [...type.numbers.keys()].join(", ");
      throw invalidJson(path, `unknown enum value ${JSON.stringify(value)} (${type.name} has ${known})`);
    }
    // proto3 enums are open: a number the schema does not name is kept, like binary decoding keeps it
    return Number(integerFromJson(value, path, -(2n ** 31n), 2n ** 31n - 1n, type.name, false));
  }
  if (type.kind === "timestamp") {
    if (typeof value !== "string")
      throw invalidJson(path, `expected an RFC 3339 string, got ${describe(value)}`);
    const parsed = parseTimestamp(value);
    if (typeof parsed === "string") throw invalidJson(path, parsed);
    const timestamp: TimestampProperties = {};
    if (parsed.seconds !== 0) timestamp.seconds = longFromBigInt(BigInt(parsed.seconds), false);
    if (parsed.nanos !== 0) timestamp.nanos = parsed.nanos;
    return new google.protobuf.Timestamp(timestamp);
  }
  return messageFromJson(value, type, path);
}

const DECIMAL = /^-?\d+$/;
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * A JSON integer: a number, a string holding one ("12", "1e2"), or a bigint (parseFrame's reader turns integer
 * literals beyond 2^53 into bigints so that uint64 values arrive exactly).
 */
function integerFromJson(
  value: unknown,
  path: string,
  min: bigint,
  max: bigint,
  typeName: string,
  strings = true,
): bigint {
  let integer: bigint;
  if (typeof value === "bigint") {
    integer = value;
  } else if (typeof value === "number" || (strings && typeof value === "string" && JSON_NUMBER.test(value))) {
    if (typeof value === "string" && DECIMAL.test(value)) {
      integer = BigInt(value);
    } else {
      const number = Number(value);
      if (!Number.isInteger(number)) throw invalidJson(path, `${describe(value)} is not an integer`);
      integer = BigInt(number);
    }
  } else {
    const expected = strings ? "an integer (a JSON number or a decimal string)" : "a name or a number";
    throw invalidJson(path, `expected ${expected}, got ${describe(value)}`);
  }
  if (integer < min || integer > max) {
    throw invalidJson(path, `${integer} is out of range for ${typeName} (${min} to ${max})`);
  }
  return integer;
}

function doubleFromJson(value: unknown, path: string): number {
  if (typeof value === "bigint") return Number(value);
  if (value === "NaN" || value === "Infinity" || value === "-Infinity") return Number(value);
  if (typeof value === "number" || (typeof value === "string" && JSON_NUMBER.test(value))) {
    const number = Number(value);
    // A JSON literal like 1e999 parses as Infinity: out of range, not infinite (that is spelled "Infinity").
    if (!Number.isFinite(number)) throw invalidJson(path, `${describe(value)} is out of range for double`);
    return number;
  }
  throw invalidJson(path, `expected a number, got ${describe(value)}`);
}

const BASE64 = /^(?:[A-Za-z0-9+/]*|[A-Za-z0-9_-]*)={0,2}$/;

function bytesFromJson(value: unknown, path: string): Uint8Array {
  if (typeof value !== "string") throw invalidJson(path, `expected a base64 string, got ${describe(value)}`);
  const unpadded = value.replace(/=+$/, "");
  const padded = unpadded.length !== value.length;
  if (!BASE64.test(value) || unpadded.length % 4 === 1 || (padded && value.length % 4 !== 0)) {
    throw invalidJson(path, "not valid base64 (standard or URL-safe alphabet, padded or not)");
  }
  return Buffer.from(value, "base64"); // Node's decoder takes both alphabets
}

/** A plain object from entries, `__proto__` included as an ordinary key. */
function entriesToObject(entries: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  return String(value);
}

function invalidJson(path: string, problem: string): InvalidInputError {
  return new InvalidInputError("frames.invalid_json", path === "" ? problem : `${path}: ${problem}`, {
    details: { field: path },
  });
}
