// The Parquet schema of each lake table: one table per event type, flat columns for everything analytics filter
// on, Parquet LIST and STRUCT types for lists and nested records. Times are TIMESTAMP(MILLIS, UTC), the precision
// Athena reads; `time_us` keeps the firehose's microseconds as a plain INT64.
import type { SchemaElement } from "hyparquet-writer";
import type { BskyEventType } from "./bsky-events.ts";

/**
 * The version of each table's schema. Adding an OPTIONAL column keeps the version (old files read it as null);
 * any other change (rename, removal, type change, REQUIRED → OPTIONAL of an existing column) bumps it, which
 * starts a new table under a new key prefix (`type=post_v2`). See packages/lake/README.md.
 */
export const SCHEMA_VERSION: Record<BskyEventType, number> = {
  "bsky.post": 1,
  "bsky.like": 1,
  "bsky.repost": 1,
  "bsky.follow": 1,
  "bsky.block": 1,
};

/** The table an event type is written to, as it appears in object keys and Athena: `post_v1`, `like_v1`, ... */
export function tableName(type: BskyEventType): string {
  return `${type.slice(type.indexOf(".") + 1)}_v${SCHEMA_VERSION[type]}`;
}

const string = (name: string, optional = false): SchemaElement => ({
  name,
  type: "BYTE_ARRAY",
  converted_type: "UTF8",
  logical_type: { type: "STRING" },
  repetition_type: optional ? "OPTIONAL" : "REQUIRED",
});

const timestampMillis = (name: string, optional = false): SchemaElement => ({
  name,
  type: "INT64",
  converted_type: "TIMESTAMP_MILLIS",
  logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" },
  repetition_type: optional ? "OPTIONAL" : "REQUIRED",
});

const int64 = (name: string): SchemaElement => ({ name, type: "INT64", repetition_type: "REQUIRED" });
const int32 = (name: string): SchemaElement => ({ name, type: "INT32", repetition_type: "REQUIRED" });

/** A nullable column of a nested type: a schema element and its children, flattened depth-first. */
interface Column {
  elements: SchemaElement[];
}

const leaf = (element: SchemaElement): Column => ({ elements: [element] });

/** The standard three-level LIST: `optional group <name> (LIST) { repeated group list { <element> } }`. */
function list(name: string, element: Column): Column {
  const [head, ...rest] = element.elements as [SchemaElement, ...SchemaElement[]];
  return {
    elements: [
      {
        name,
        repetition_type: "OPTIONAL",
        converted_type: "LIST",
        logical_type: { type: "LIST" },
        num_children: 1,
      },
      { name: "list", repetition_type: "REPEATED", num_children: 1 },
      { ...head, name: "element" },
      ...rest,
    ],
  };
}

function struct(name: string, fields: Column[], optional: boolean): Column {
  return {
    elements: [
      { name, repetition_type: optional ? "OPTIONAL" : "REQUIRED", num_children: fields.length },
      ...fields.flatMap((f) => f.elements),
    ],
  };
}

/** Columns every table starts with, in this order. */
const COMMON: Column[] = [
  leaf(string("stream_id")),
  leaf(timestampMillis("event_time")),
  leaf(int64("time_us")),
  leaf(timestampMillis("arrival_time")),
  leaf(string("did")),
  leaf(string("rkey")),
  leaf(string("cid")),
  leaf(timestampMillis("created_at", true)),
];

const COLUMNS: Record<BskyEventType, Column[]> = {
  "bsky.post": [
    ...COMMON,
    leaf(string("text")),
    list("langs", leaf(string("element"))),
    leaf(string("reply_root_uri", true)),
    leaf(string("reply_root_cid", true)),
    leaf(string("reply_parent_uri", true)),
    leaf(string("reply_parent_cid", true)),
    list(
      "facets",
      struct(
        "element",
        [leaf(string("kind")), leaf(string("value")), leaf(int32("byte_start")), leaf(int32("byte_end"))],
        false,
      ),
    ),
    struct(
      "embed",
      [
        leaf(string("kind")),
        list("alts", leaf(string("element"))),
        leaf(string("uri", true)),
        leaf(string("title", true)),
      ],
      true,
    ),
  ],
  "bsky.like": [...COMMON, leaf(string("subject_uri")), leaf(string("subject_cid"))],
  "bsky.repost": [...COMMON, leaf(string("subject_uri")), leaf(string("subject_cid"))],
  "bsky.follow": [...COMMON, leaf(string("subject"))],
  "bsky.block": [...COMMON, leaf(string("subject"))],
};

/**
 * How a writer hands a top-level column to hyparquet-writer. `unique`: a string column whose values (nearly) never
 * repeat: written PLAIN (no dictionary attempt) from UTF-8 bytes it makes in one go. `statistics`: min/max that a
 * reader can prune row groups by: the stream id and the times; random strings (CIDs, text, DIDs) gain nothing from
 * them and cost a code-point comparison per value.
 */
export interface ColumnCoding {
  name: string;
  unique: boolean;
  statistics: boolean;
}

const UNIQUE_STRINGS = new Set(["stream_id", "rkey", "cid", "text"]);

export function columnCodings(type: BskyEventType): ColumnCoding[] {
  return COLUMNS[type].map((c) => {
    const head = c.elements[0] as SchemaElement;
    const scalar = c.elements.length === 1;
    return {
      name: head.name,
      unique: UNIQUE_STRINGS.has(head.name),
      statistics: head.name === "stream_id" || (scalar && head.type !== "BYTE_ARRAY"),
    };
  });
}

/** A table's top-level column names, in file order. */
export function columnNames(type: BskyEventType): string[] {
  return COLUMNS[type].map((c) => (c.elements[0] as SchemaElement).name);
}

/** The flattened Parquet schema (root first) of a table, as hyparquet-writer takes it. */
export function parquetSchema(type: BskyEventType): SchemaElement[] {
  const columns = COLUMNS[type];
  return [{ name: "schema", num_children: columns.length }, ...columns.flatMap((c) => c.elements)];
}
