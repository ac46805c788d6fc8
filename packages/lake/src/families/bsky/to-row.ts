// Bluesky stream entry → lake row, with the checks that decide whether an entry can be written at all. Anything
// that fails throws an InvalidInputError (code `lake.invalid_event`, details.field naming the field) so the caller
// can dead-letter the entry; retrying would fail the same way.
import type { StreamEntry } from "@sluice/streams";
import { arrivalTime, invalidEntry as invalid, MAX_EVENT_MS, MIN_EVENT_MS } from "../../entry-checks.ts";
import { BSKY_EVENT_TYPES, type BskyEventType } from "./bsky-events.ts";
import type { BskyRows, CommonRow, EmbedRow, FacetRow, PostRow } from "./row-types.ts";

/** time_us must fall in [2000-01-01, 2100-01-01): catches milliseconds or seconds sent as microseconds. */
const MIN_TIME_US = MIN_EVENT_MS * 1000;
const MAX_TIME_US = MAX_EVENT_MS * 1000;
const MAX_INT32 = 2 ** 31 - 1;

type Json = Record<string, unknown>;

export function isBskyEventType(type: string): type is BskyEventType {
  return (BSKY_EVENT_TYPES as readonly string[]).includes(type);
}

/** Converts one entry; throws InvalidInputError naming the first bad field. */
export function toRow<T extends BskyEventType>(type: T, entry: StreamEntry): BskyRows[T];
export function toRow(type: BskyEventType, entry: StreamEntry): BskyRows[BskyEventType] {
  if (!isBskyEventType(type))
    throw invalid("type", `is not a lake event type: ${JSON.stringify(type)}`, entry);
  const arrival_time = arrivalTime(entry);
  let event: unknown;
  try {
    event = JSON.parse(entry.data.toString("utf8"));
  } catch (error) {
    throw invalid("data", `is not valid JSON (${(error as Error).message})`, entry);
  }
  if (event === null || typeof event !== "object" || Array.isArray(event)) {
    throw invalid("data", "is not a JSON object", entry);
  }
  const r = new Reader(event as Json, entry);
  const timeUs = r.timeUs("time_us");
  const createdAt = Date.parse(r.string("createdAt"));
  // The common columns, then the type's own, in one object each (this runs for every event).
  const stream_id = entry.id;
  const event_time = Math.floor(timeUs / 1000);
  const time_us = BigInt(timeUs);
  const did = r.string("did");
  const rkey = r.string("rkey");
  const cid = r.string("cid");
  const created_at = Number.isNaN(createdAt) ? null : createdAt;
  const common = { stream_id, event_time, time_us, arrival_time, did, rkey, cid, created_at };
  switch (type) {
    case "bsky.post":
      return postRow(common, r);
    case "bsky.like":
    case "bsky.repost": {
      const subject = r.object("subject");
      const subject_uri = subject.string("uri");
      const subject_cid = subject.string("cid");
      return {
        stream_id,
        event_time,
        time_us,
        arrival_time,
        did,
        rkey,
        cid,
        created_at,
        subject_uri,
        subject_cid,
      };
    }
    case "bsky.follow":
    case "bsky.block": {
      const subject = r.string("subject");
      return { stream_id, event_time, time_us, arrival_time, did, rkey, cid, created_at, subject };
    }
  }
}

function postRow(common: CommonRow, r: Reader): PostRow {
  const reply = r.optionalObject("reply");
  const root = reply?.object("root");
  const parent = reply?.object("parent");
  const facets = r.optionalArray("facets", (f): FacetRow => {
    const kind = f.string("kind");
    return { kind, value: f.string("value"), byte_start: f.int32("byteStart"), byte_end: f.int32("byteEnd") };
  });
  const embed = r.optionalObject("embed");
  let embedRow: EmbedRow | null = null;
  if (embed !== undefined) {
    embedRow = {
      kind: embed.string("kind"),
      alts: embed.optionalStrings("alts"),
      uri: embed.optionalString("uri"),
      title: embed.optionalString("title"),
    };
  }
  return {
    ...common,
    text: r.string("text"),
    langs: r.optionalStrings("langs") ?? [],
    reply_root_uri: root?.string("uri") ?? null,
    reply_root_cid: root?.string("cid") ?? null,
    reply_parent_uri: parent?.string("uri") ?? null,
    reply_parent_cid: parent?.string("cid") ?? null,
    facets,
    embed: embedRow,
  };
}

/**
 * A wrong value in a message: a number as it is, anything else by its type. Never the value itself, which may be
 * huge or nested deeply enough (as bytes, nothing bounds it) to make JSON.stringify throw RangeError.
 */
function shown(value: unknown): string {
  return typeof value === "number" ? String(value) : Array.isArray(value) ? "an array" : typeof value;
}

/** Typed reads of one JSON object; errors carry the field's path (`reply.root.uri`, `facets[2].byteStart`). */
class Reader {
  readonly #json: Json;
  readonly #entry: StreamEntry;
  readonly #path: string;

  constructor(json: Json, entry: StreamEntry, path = "") {
    this.#json = json;
    this.#entry = entry;
    this.#path = path;
  }

  #fail(field: string, message: string): never {
    throw invalid(this.#path + field, message, this.#entry);
  }

  #required(field: string): unknown {
    const value = this.#json[field];
    if (value === undefined || value === null) this.#fail(field, "is missing");
    return value;
  }

  string(field: string): string {
    const value = this.#required(field);
    if (typeof value !== "string") this.#fail(field, `must be a string, got ${typeof value}`);
    return value;
  }

  optionalString(field: string): string | null {
    return this.#json[field] == null ? null : this.string(field);
  }

  int32(field: string): number {
    const value = this.#required(field);
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_INT32) {
      this.#fail(field, `must be a non-negative 32-bit integer, got ${shown(value)}`);
    }
    return value;
  }

  timeUs(field: string): number {
    const value = this.#required(field);
    if (typeof value !== "number" || !Number.isSafeInteger(value)) {
      this.#fail(field, `must be an integer (microseconds since the epoch), got ${shown(value)}`);
    }
    if (value < MIN_TIME_US || value >= MAX_TIME_US) {
      this.#fail(field, `is out of range (years 2000-2099 in microseconds), got ${value}`);
    }
    return value;
  }

  object(field: string): Reader {
    const value = this.#required(field);
    if (typeof value !== "object" || Array.isArray(value)) this.#fail(field, "must be an object");
    return new Reader(value as Json, this.#entry, `${this.#path}${field}.`);
  }

  optionalObject(field: string): Reader | undefined {
    return this.#json[field] == null ? undefined : this.object(field);
  }

  optionalArray<T>(field: string, item: (r: Reader) => T): T[] | null {
    const value = this.#json[field];
    if (value == null) return null;
    if (!Array.isArray(value)) this.#fail(field, "must be an array");
    return value.map((v, i) => {
      if (v === null || typeof v !== "object" || Array.isArray(v))
        this.#fail(`${field}[${i}]`, "must be an object");
      return item(new Reader(v as Json, this.#entry, `${this.#path}${field}[${i}].`));
    });
  }

  optionalStrings(field: string): string[] | null {
    const value = this.#json[field];
    if (value == null) return null;
    if (!Array.isArray(value)) this.#fail(field, "must be an array of strings");
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== "string") this.#fail(`${field}[${i}]`, "must be a string");
    }
    return value as string[];
  }
}
