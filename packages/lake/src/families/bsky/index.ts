// The Bluesky family: the firehose's events from the `bsky` stream, one table per event type.
import type { LakeFamily } from "../../lake-table.ts";
import { BSKY_TABLES } from "./tables.ts";

export const BSKY_FAMILY: LakeFamily = {
  name: "bsky",
  streams: ["bsky"],
  tables: Object.values(BSKY_TABLES),
};
