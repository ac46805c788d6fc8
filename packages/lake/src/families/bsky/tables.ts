// The Bluesky tables: one per event type, named after it (`bsky.post` → `post_v1`), with the columns every event
// carries first, then the record's own. `time_us` keeps the firehose's microseconds as a plain INT64 next to the
// millisecond `event_time` the table is partitioned by.
import { JSON_CONTENT_TYPE } from "@sluice/streams";
import { type LakeTable, lakeTable } from "../../lake-table.ts";
import {
  type Column,
  int32,
  int64,
  leaf,
  list,
  string,
  struct,
  timestampMillis,
} from "../../parquet-columns.ts";
import type { BskyEventType } from "./bsky-events.ts";
import type { CommonRow } from "./row-types.ts";
import { toRow } from "./to-row.ts";

/** Columns every table starts with, in this order. */
const COMMON: Column[] = [
  leaf(string("stream_id"), true),
  leaf(timestampMillis("event_time")),
  leaf(int64("time_us")),
  leaf(timestampMillis("arrival_time")),
  leaf(string("did")),
  leaf(string("rkey"), true),
  leaf(string("cid"), true),
  leaf(timestampMillis("created_at", true)),
];

const SUBJECT_REF: Column[] = [...COMMON, leaf(string("subject_uri")), leaf(string("subject_cid"))];
const SUBJECT_DID: Column[] = [...COMMON, leaf(string("subject"))];

const POST: Column[] = [
  ...COMMON,
  leaf(string("text"), true),
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
];

function bskyTable<T extends BskyEventType>(type: T, version: number, columns: Column[]): LakeTable {
  return lakeTable<CommonRow>({
    name: type.slice(type.indexOf(".") + 1),
    version,
    eventTypes: [type],
    contentType: JSON_CONTENT_TYPE,
    columns,
    rows: (entry) => toRow(type, entry),
    partitionTime: { event: "event_time", arrival: "arrival_time" },
  });
}

/** Each event type's table; the version is the table's schema version (`post_v1`). */
export const BSKY_TABLES: Record<BskyEventType, LakeTable> = {
  "bsky.post": bskyTable("bsky.post", 1, POST),
  "bsky.like": bskyTable("bsky.like", 1, SUBJECT_REF),
  "bsky.repost": bskyTable("bsky.repost", 1, SUBJECT_REF),
  "bsky.follow": bskyTable("bsky.follow", 1, SUBJECT_DID),
  "bsky.block": bskyTable("bsky.block", 1, SUBJECT_DID),
};
