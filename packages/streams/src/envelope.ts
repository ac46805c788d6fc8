import { InvalidInputError, TooLargeError } from "./errors.ts";

/** What a producer hands in. Only `type` and `data` are required. */
export interface EntryInput {
  /** Event type such as `bsky.like`: 1-128 characters a-z A-Z 0-9 . _ - / : */
  type: string;
  /** The payload: bytes, or a string stored as UTF-8. */
  data: Uint8Array | string;
  /** Default `application/json`. */
  contentType?: string;
  /** Producer time, epoch ms. Default: the time Redis adds the entry (read from its id, so nothing is stored). */
  time?: number;
  traceId?: string;
  /** Ordering key. */
  key?: string;
  /** Request-reply: where the answer goes, and until when (epoch ms) the caller waits. */
  replyKey?: string;
  deadline?: number;
  /**
   * A retry of a send with the same key within the producer's idempotency window writes nothing and returns the
   * first write's id: 1-200 characters A-Z a-z 0-9 . _ : @ / -. Not stored in the entry.
   */
  idempotencyKey?: string;
}

/** An entry as a consumer receives it. */
export interface StreamEntry {
  id: string;
  type: string;
  contentType: string;
  data: Buffer;
  /** Producer time, or else the time Redis added the entry. */
  time: number;
  traceId?: string;
  key?: string;
  replyKey?: string;
  deadline?: number;
}

export const JSON_CONTENT_TYPE = "application/json";
const PROTOBUF_PREFIX = "application/x-protobuf; type=";
const OCTET_STREAM = "application/octet-stream";
const EVENT_TYPE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]{0,127}$/;
const MAX_HEADER_CHARS = 256;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
const IDEMPOTENCY_KEY = new RegExp(`^[A-Za-z0-9._:@/-]{1,${MAX_IDEMPOTENCY_KEY_LENGTH}}$`);

/**
 * Content types are stored as short codes, since Redis keeps every value of every entry: JSON (the default) is
 * omitted, `p:<Message>` is protobuf, `o` is raw bytes; anything else is stored as written.
 */
function encodeContentType(contentType: string): string | undefined {
  if (contentType === JSON_CONTENT_TYPE) return undefined;
  if (contentType === OCTET_STREAM) return "o";
  if (contentType.startsWith(PROTOBUF_PREFIX)) return `p:${contentType.slice(PROTOBUF_PREFIX.length)}`;
  return contentType;
}

function decodeContentType(code: string | undefined): string {
  if (code === undefined) return JSON_CONTENT_TYPE;
  if (code === "o") return OCTET_STREAM;
  if (code.startsWith("p:")) return PROTOBUF_PREFIX + code.slice(2);
  return code;
}

function invalid(message: string, details?: Record<string, unknown>): InvalidInputError {
  return new InvalidInputError("streams.invalid_entry", message, { details });
}

function assertHeader(name: string, value: string | undefined): void {
  if (value === undefined) return;
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_HEADER_CHARS) {
    throw invalid(`Entry ${name} must be a string of 1-${MAX_HEADER_CHARS} characters`);
  }
}

function assertEpochMs(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
    throw invalid(`Entry ${name} must be epoch milliseconds (a non-negative integer), got ${value}`);
  }
}

/** Checks an entry before it is written; throws `invalid` or `too_large` with what is wrong. */
export function validateEntry(entry: EntryInput, maxPayloadBytes: number): void {
  if (entry === null || typeof entry !== "object") throw invalid("Entry must be an object");
  if (typeof entry.type !== "string" || !EVENT_TYPE.test(entry.type)) {
    throw invalid(
      `Invalid event type ${JSON.stringify(entry.type)}: use 1-128 characters A-Z a-z 0-9 . _ - / :`,
      { type: entry.type },
    );
  }
  const { data } = entry;
  if (typeof data !== "string" && !(data instanceof Uint8Array)) {
    throw invalid("Entry data must be bytes or a string");
  }
  const size = typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;
  if (size > maxPayloadBytes) {
    throw new TooLargeError(
      "streams.payload_too_large",
      `Payload of ${size} bytes is over the limit of ${maxPayloadBytes} bytes`,
      { details: { bytes: size, limit: maxPayloadBytes } },
    );
  }
  assertHeader("contentType", entry.contentType);
  assertHeader("traceId", entry.traceId);
  assertHeader("key", entry.key);
  assertHeader("replyKey", entry.replyKey);
  assertEpochMs("time", entry.time);
  assertEpochMs("deadline", entry.deadline);
  assertIdempotencyKey(entry.idempotencyKey);
}

/** Whether `key` is a valid idempotency key: 1 to MAX_IDEMPOTENCY_KEY_LENGTH characters of A-Z a-z 0-9 . _ : @ / -. */
export function isIdempotencyKey(key: unknown): key is string {
  return typeof key === "string" && IDEMPOTENCY_KEY.test(key);
}

function assertIdempotencyKey(key: string | undefined): void {
  if (key !== undefined && !isIdempotencyKey(key)) {
    throw new InvalidInputError(
      "streams.invalid_idempotency_key",
      `Invalid idempotency key ${JSON.stringify(key)}: use 1-${MAX_IDEMPOTENCY_KEY_LENGTH} characters A-Z a-z 0-9 . _ : @ / -`,
      { details: { idempotencyKey: key } },
    );
  }
}

/** The XADD field/value list of an entry; empty fields are left out (Redis stores every value of every entry). */
export function encodeEntry(entry: EntryInput): (string | Uint8Array)[] {
  const fields: (string | Uint8Array)[] = ["t", entry.type];
  const ct = encodeContentType(entry.contentType ?? JSON_CONTENT_TYPE);
  if (ct !== undefined) fields.push("ct", ct);
  // ioredis sends only Buffers as bytes (any other Uint8Array would be written as "1,2,3"): wrap, never copy.
  const { data } = entry;
  fields.push(
    "d",
    typeof data === "string" || Buffer.isBuffer(data)
      ? data
      : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  );
  if (entry.time !== undefined) fields.push("ts", String(entry.time));
  if (entry.traceId !== undefined) fields.push("tr", entry.traceId);
  if (entry.key !== undefined) fields.push("k", entry.key);
  if (entry.replyKey !== undefined) fields.push("rk", entry.replyKey);
  if (entry.deadline !== undefined) fields.push("dl", String(entry.deadline));
  return fields;
}

/** Why a stream entry is not a Sluice envelope (written by another tool), or undefined when it is one. */
export type DecodeResult = { entry: StreamEntry } | { foreign: string };

// Field names as bytes: decoding compares two bytes instead of building a string per field (the consumer's hot path).
const T = 0x74; // t
const D = 0x64; // d
const K = 0x6b; // k
const C = 0x63; // c
const S = 0x73; // s
const R = 0x72; // r
const L = 0x6c; // l

interface EnvelopeFields {
  t?: Buffer;
  d?: Buffer;
  ct?: Buffer;
  ts?: Buffer;
  tr?: Buffer;
  k?: Buffer;
  rk?: Buffer;
  dl?: Buffer;
}

function envelopeFields(fields: Buffer[]): EnvelopeFields {
  const found: EnvelopeFields = {};
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const name = fields[i] as Buffer;
    const value = fields[i + 1] as Buffer;
    const [a, b] = name;
    if (name.length === 1) {
      if (a === T) found.t = value;
      else if (a === D) found.d = value;
      else if (a === K) found.k = value;
    } else if (name.length === 2) {
      if (a === C && b === T) found.ct = value;
      else if (a === T && b === S) found.ts = value;
      else if (a === T && b === R) found.tr = value;
      else if (a === R && b === K) found.rk = value;
      else if (a === D && b === L) found.dl = value;
    }
  }
  return found;
}

/** Reads an entry as XREADGROUP returns it with Buffer replies. Never throws: foreign entries are reported. */
export function decodeEntry(id: string, fields: Buffer[]): DecodeResult {
  const found = envelopeFields(fields);
  if (found.t === undefined || found.d === undefined) {
    const missing = [found.t === undefined ? "t" : "", found.d === undefined ? "d" : ""]
      .filter(Boolean)
      .join(", ");
    return { foreign: `not a Sluice envelope: missing field ${missing}` };
  }
  const time = found.ts === undefined ? idTime(id) : Number(found.ts.toString());
  if (!Number.isSafeInteger(time)) return { foreign: "not a Sluice envelope: field ts is not epoch ms" };
  const entry: StreamEntry = {
    id,
    type: found.t.toString(),
    contentType: decodeContentType(found.ct?.toString()),
    data: found.d,
    time,
  };
  if (found.tr !== undefined) entry.traceId = found.tr.toString();
  if (found.k !== undefined) entry.key = found.k.toString();
  if (found.rk !== undefined) entry.replyKey = found.rk.toString();
  if (found.dl !== undefined) entry.deadline = Number(found.dl.toString());
  return { entry };
}

/** Epoch ms at which Redis added an entry, read from its id. */
export function idTime(id: string): number {
  return Number(id.slice(0, id.indexOf("-")));
}

/** Orders stream ids `<ms>-<seq>` as Redis does (negative: `a` comes first). */
export function compareIds(a: string, b: string): number {
  const [am = 0, as = 0] = a.split("-").map(Number);
  const [bm = 0, bs = 0] = b.split("-").map(Number);
  return am - bm || as - bs;
}
