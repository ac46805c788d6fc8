// The Bluesky family: the firehose's events from the `bsky` stream, one table per event type.
import type { LakeFamily } from "../../lake-table.ts";
import { BSKY_TABLES } from "./tables.ts";

/** The stream the Bluesky family is drained from: where producers of firehose events write. */
export const BSKY_STREAM = "bsky";

export const BSKY_FAMILY: LakeFamily = {
  name: "bsky",
  streams: [BSKY_STREAM],
  tables: Object.values(BSKY_TABLES),
};
