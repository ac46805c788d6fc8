// The registered families (families/index.ts) as the machinery looks them up: the tables an event type feeds (the
// drain and the encoder pool route entries with it), a table by its id (an encoder thread, which gets ids across
// threads), and the streams the lake writer drains by default. Checked once at load: a table id is one table, and the
// tables of an event type read one content type.
import { LAKE_FAMILIES } from "./families/index.ts";
import type { LakeTable } from "./lake-table.ts";

const byId = new Map<string, LakeTable>();
const byEventType = new Map<string, LakeTable[]>();
for (const table of LAKE_FAMILIES.flatMap((family) => family.tables)) {
  if (byId.has(table.id)) throw new Error(`lake table ${table.id} is registered twice`);
  byId.set(table.id, table);
  for (const type of table.eventTypes) {
    const tables = byEventType.get(type) ?? [];
    const other = tables.find((t) => t.contentType !== table.contentType);
    if (other)
      throw new Error(`lake tables ${other.id} and ${table.id} read ${type} as different content types`);
    byEventType.set(type, [...tables, table]);
  }
}

/** Every registered family's streams, in registration order: what the lake writer drains unless told otherwise. */
export const LAKE_STREAMS: readonly string[] = LAKE_FAMILIES.flatMap((family) => family.streams);

const NONE: readonly LakeTable[] = [];

/** The tables entries of `type` feed; none for a type the lake has no table for. */
export function tablesFor(type: string): readonly LakeTable[] {
  return byEventType.get(type) ?? NONE;
}

export function tableById(id: string): LakeTable {
  const table = byId.get(id);
  if (table === undefined) throw new RangeError(`no lake table ${id}`);
  return table;
}

/** Entries per read of `stream`, when its family asks for fewer than the drain's default. */
export function chunkEntriesOf(stream: string): number | undefined {
  return LAKE_FAMILIES.find((family) => family.streams.includes(stream))?.chunkEntries;
}
