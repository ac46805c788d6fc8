// Where a lake file lives: Hive-style partitions Athena (and Glue partition projection) read directly.
import type { BskyEventType } from "./bsky-events.ts";
import { tableName } from "./table-schema.ts";

export interface ObjectKeyParts {
  /** Key prefix without a trailing slash, e.g. `lake` (may be empty). */
  prefix: string;
  type: BskyEventType;
  /** Any time in the partition's hour; only its UTC year, month, day and hour are used. */
  hour: Date;
  /** Stream ids of the file's first and last rows. */
  firstId: string;
  lastId: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** `<prefix>/type=<table>/year=YYYY/month=MM/day=DD/hour=HH/<first-id>_<last-id>.parquet`, table `post_v1` etc. */
export function objectKey({ prefix, type, hour, firstId, lastId }: ObjectKeyParts): string {
  const time = hour.getTime();
  if (Number.isNaN(time)) throw new RangeError("objectKey: hour is an invalid Date");
  const head = prefix.replace(/\/+$/, "");
  return (
    `${head === "" ? "" : `${head}/`}${tablePrefix(type)}year=${pad(hour.getUTCFullYear(), 4)}/` +
    `month=${pad(hour.getUTCMonth() + 1)}/day=${pad(hour.getUTCDate())}/hour=${pad(hour.getUTCHours())}/` +
    `${firstId}_${lastId}.parquet`
  );
}

/** The part of a key naming the table, `type=post_v1/`: an Athena table's LOCATION is `<prefix>/type=post_v1/`. */
export function tablePrefix(type: BskyEventType): string {
  return `type=${tableName(type)}/`;
}
