// Where a lake file lives: Hive-style partitions Athena (and Glue partition projection) read directly.

export interface ObjectKeyParts {
  /** Key prefix without a trailing slash, e.g. `lake` (may be empty). */
  prefix: string;
  /** The table's id, e.g. `post_v1`. */
  table: string;
  /** Any time in the partition's hour; only its UTC year, month, day and hour are used. */
  hour: Date;
  /** Stream ids of the file's first and last rows. */
  firstId: string;
  lastId: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** `<prefix>/type=<table>/year=YYYY/month=MM/day=DD/hour=HH/<first-id>_<last-id>.parquet`, table `post_v1` etc. */
export function objectKey({ prefix, table, hour, firstId, lastId }: ObjectKeyParts): string {
  const time = hour.getTime();
  if (Number.isNaN(time)) throw new RangeError("objectKey: hour is an invalid Date");
  const head = prefix.replace(/\/+$/, "");
  return (
    `${head === "" ? "" : `${head}/`}${tablePrefix(table)}year=${pad(hour.getUTCFullYear(), 4)}/` +
    `month=${pad(hour.getUTCMonth() + 1)}/day=${pad(hour.getUTCDate())}/hour=${pad(hour.getUTCHours())}/` +
    `${firstId}_${lastId}.parquet`
  );
}

/** The part of a key naming the table, `type=post_v1/`: an Athena table's LOCATION is `<prefix>/type=post_v1/`. */
export function tablePrefix(table: string): string {
  return `type=${table}/`;
}
