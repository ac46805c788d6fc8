// The Bluesky family: the firehose's events from the `bsky` stream, one table per event type. `@sluice/lake/bsky`:
// the events' shapes, the tables and the row conversion.
import type { LakeFamily } from "../../lake-table.ts";
import { BSKY_TABLES } from "./tables.ts";

export * from "./bsky-events.ts";
export type { BskyRows } from "./row-types.ts";
export { BSKY_TABLES } from "./tables.ts";
export { isBskyEventType, toRow } from "./to-row.ts";

/** The stream the Bluesky family is drained from: where producers of firehose events write. */
export const BSKY_STREAM = "bsky";

export const BSKY_FAMILY: LakeFamily = {
  name: "bsky",
  streams: [BSKY_STREAM],
  tables: Object.values(BSKY_TABLES),
};
