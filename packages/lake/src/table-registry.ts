// The registered families (families/index.ts) as the machinery looks them up: the tables an event type feeds (the
// drain and the encoder pool route entries with it), a table by its id (an encoder thread, which gets ids across
// threads), and the streams the lake writer drains by default. What the registrations must keep to (one table per id,
// one content type per event type) is tested in packages/lake/test/table-families.test.ts.
import { LAKE_FAMILIES } from "./families/index.ts";
import type { LakeTable } from "./lake-table.ts";

const TABLES = LAKE_FAMILIES.flatMap((family) => family.tables);
const byId = new Map(TABLES.map((table) => [table.id, table]));
const byEventType = new Map<string, LakeTable[]>();
for (const table of TABLES) {
  for (const type of table.eventTypes) byEventType.set(type, [...(byEventType.get(type) ?? []), table]);
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
