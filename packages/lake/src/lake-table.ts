// The seam between the lake's machinery and what it stores. A LakeTable says what a table is (name, version,
// Parquet columns), which stream entries feed it and how an entry becomes rows, and which of a row's times picks its
// hour. The drain, the encoder threads, the partitioner, object keys and the file writer know tables through this
// alone. A LakeFamily is the tables of one source with the streams the lake writer drains for it: each family is a
// folder under families/, registered in families/index.ts.
import type { StreamEntry } from "@sluice/streams";
import type { Column } from "./parquet-columns.ts";

/** Which time picks a row's hour: the event's own (`event`, the default) or when Redis added the entry. */
export type PartitionTime = "event" | "arrival";

/** What every row has: the id of its stream entry, unique per stream: the dedupe key, and what names files. */
export interface LakeRow {
  stream_id: string;
}

export interface LakeTable {
  /** `<name>_v<version>`, as object keys and Athena know the table: `post_v1`, `camera_frames_v1`. */
  readonly id: string;
  readonly name: string;
  /**
   * Adding an OPTIONAL column at the end keeps the version (old files read it as null); any other change bumps it,
   * which starts a new table under a new key prefix (docs/lake.md, "Schema evolution").
   */
  readonly version: number;
  /** The event types of the entries it takes (an entry may feed several tables). */
  readonly eventTypes: readonly string[];
  /** The content type those entries carry; the drain dead-letters an entry with another. */
  readonly contentType: string;
  readonly columns: readonly Column[];
  /**
   * An entry's rows: one, several (one per region of a frame), or none (`[]`: nothing of this entry belongs here).
   * Throws InvalidInputError (`lake.invalid_event`, details.field) for an entry that can never be written: it is
   * dead-lettered. Tables fed by the same event type share their checks, so an entry is in every table it feeds or
   * dead-lettered once.
   */
  rows(entry: StreamEntry): LakeRow | readonly LakeRow[];
  /** The row fields (epoch ms) that pick its hour, by partition time. */
  readonly partitionTime: Readonly<Record<PartitionTime, string>>;
}

/** A family: its tables and the streams the lake writer drains for it (each under the key prefix `<stream>/`). */
export interface LakeFamily {
  readonly name: string;
  readonly streams: readonly string[];
  readonly tables: readonly LakeTable[];
  /** Entries per read of its streams (default the drain's, 5,000): fewer for entries of tens of KB. */
  readonly chunkEntries?: number;
}

type TimeField<Row> = { [K in keyof Row]: Row[K] extends number ? K : never }[keyof Row] & string;

/** A table whose rows are typed: its partition times must name number fields of its rows. */
export function lakeTable<Row extends LakeRow>(table: {
  name: string;
  version: number;
  eventTypes: readonly string[];
  contentType: string;
  columns: readonly Column[];
  rows(entry: StreamEntry): Row | readonly Row[];
  partitionTime: Record<PartitionTime, TimeField<Row>>;
}): LakeTable {
  return { ...table, id: `${table.name}_v${table.version}` };
}
