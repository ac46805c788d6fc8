import { describe, expect, it } from "vitest";
import { LAKE_FAMILIES, LAKE_STREAMS, tableById, tablesFor } from "../src/index.ts";

const tables = LAKE_FAMILIES.flatMap((family) => family.tables);

describe("the registered table families", () => {
  it("name each table once, and each stream once", () => {
    expect(new Set(tables.map((table) => table.id)).size).toBe(tables.length);
    expect(new Set(LAKE_STREAMS).size).toBe(LAKE_STREAMS.length);
    for (const table of tables) expect(tableById(table.id)).toBe(table);
  });

  it("give the tables of an event type one content type, and each event type to one family", () => {
    for (const family of LAKE_FAMILIES) {
      for (const type of new Set(family.tables.flatMap((table) => table.eventTypes))) {
        const fed = tablesFor(type);
        expect(new Set(fed.map((table) => table.contentType)).size).toBe(1);
        expect(fed.every((table) => family.tables.includes(table))).toBe(true);
      }
    }
  });

  it("route an event type no table takes nowhere", () => {
    expect(tablesFor("bsky.unknown")).toEqual([]);
    expect(() => tableById("unknown_v1")).toThrow(RangeError);
  });
});
