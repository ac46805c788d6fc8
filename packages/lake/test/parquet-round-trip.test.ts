// Files written by Sluice (hyparquet-writer) and read back by DuckDB, a different Parquet implementation.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BSKY_TABLES, type BskyEventType, type BskyRows, toRow } from "@sluice/lake/bsky";
import { entry, query } from "@sluice/lake/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileSink, ParquetFileWriter, type ParquetFileWriterOptions } from "../src/index.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lake-rt-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeFile<T extends BskyEventType>(
  name: string,
  type: T,
  rows: BskyRows[T][],
  options?: ParquetFileWriterOptions,
): Promise<{ path: string; rows: number; rowGroups: number; bytes: number; chunks: number }> {
  const path = join(dir, name);
  const file = await fileSink(path);
  let chunks = 0;
  const writer = new ParquetFileWriter(
    BSKY_TABLES[type],
    (c) => {
      chunks++;
      return file.sink(c);
    },
    options,
  );
  for (const row of rows) await writer.write(row);
  const summary = await writer.close();
  await file.close();
  return { path, ...summary, chunks };
}

const T0 = Date.UTC(2025, 2, 4, 5, 6, 7, 890); // 2025-03-04T05:06:07.890Z
const DID = "did:plc:abcdefghijklmnopqrstuvwx";
const CID = "bafyreiaaaabbbbccccddddeeeeffffgggghhhhiiiijjjjkkkkllllmmmm";
const base = (i: number) => ({
  did: DID,
  rkey: `3lenax2s5lk${String(i).padStart(2, "0")}`,
  cid: CID,
  time_us: T0 * 1000 + 123 + i,
  createdAt: new Date(T0 - 250).toISOString(),
});
const ref = { uri: `at://${DID}/app.bsky.feed.post/3lenax2s5lkaa`, cid: CID };

describe("round trip through DuckDB", () => {
  it("writes bsky.post with lists, nested structs, nulls and exact timestamps", async () => {
    const events = [
      {
        ...base(0),
        text: "hello @bob https://x.example #tag",
        langs: ["en", "ja"],
        reply: { root: ref, parent: { uri: `${ref.uri}2`, cid: "bafyparent" } },
        facets: [
          { kind: "mention", value: "did:plc:bob", byteStart: 6, byteEnd: 10 },
          { kind: "tag", value: "tag", byteStart: 31, byteEnd: 35 },
        ],
        embed: { kind: "images", alts: ["a cat", ""] },
      },
      { ...base(1), text: "", langs: [], createdAt: "not a date" },
      { ...base(2), text: "quote", embed: { kind: "record", uri: ref.uri, title: "T" }, facets: [] },
    ];
    const rows = events.map((e, i) => toRow("bsky.post", entry("bsky.post", e, T0 + 5, i)));
    const { path } = await writeFile("post.parquet", "bsky.post", rows);
    const read = await query(
      `SELECT stream_id, strftime(event_time, '%Y-%m-%dT%H:%M:%S.%g') AS event_time, time_us,
        epoch_ms(arrival_time) AS arrival_ms, epoch_ms(created_at) AS created_ms, did, rkey, cid, text, langs,
        reply_root_uri, reply_root_cid, reply_parent_uri, reply_parent_cid, facets, embed
       FROM '${path}' ORDER BY stream_id`,
    );
    expect(read).toHaveLength(3);
    expect(read[0]).toEqual({
      stream_id: `${T0 + 5}-0`,
      event_time: "2025-03-04T05:06:07.890",
      time_us: String(T0 * 1000 + 123),
      arrival_ms: String(T0 + 5),
      created_ms: String(T0 - 250),
      did: DID,
      rkey: "3lenax2s5lk00",
      cid: CID,
      text: "hello @bob https://x.example #tag",
      langs: ["en", "ja"],
      reply_root_uri: ref.uri,
      reply_root_cid: CID,
      reply_parent_uri: `${ref.uri}2`,
      reply_parent_cid: "bafyparent",
      facets: [
        { kind: "mention", value: "did:plc:bob", byte_start: 6, byte_end: 10 },
        { kind: "tag", value: "tag", byte_start: 31, byte_end: 35 },
      ],
      embed: { kind: "images", alts: ["a cat", ""], uri: null, title: null },
    });
    expect(read[1]).toMatchObject({
      created_ms: null,
      text: "",
      langs: [],
      reply_root_uri: null,
      reply_parent_cid: null,
      facets: null,
      embed: null,
    });
    expect(read[2]).toMatchObject({
      facets: [],
      embed: { kind: "record", alts: null, uri: ref.uri, title: "T" },
    });
    const types = await query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '${path}')`);
    expect(Object.fromEntries(types.map((t) => [t.column_name, t.column_type]))).toMatchObject({
      event_time: "TIMESTAMP WITH TIME ZONE",
      arrival_time: "TIMESTAMP WITH TIME ZONE",
      created_at: "TIMESTAMP WITH TIME ZONE",
      time_us: "BIGINT",
      langs: "VARCHAR[]",
      facets: 'STRUCT(kind VARCHAR, "value" VARCHAR, byte_start INTEGER, byte_end INTEGER)[]',
      embed: "STRUCT(kind VARCHAR, alts VARCHAR[], uri VARCHAR, title VARCHAR)",
    });
  });

  for (const type of ["bsky.like", "bsky.repost"] as const) {
    it(`writes ${type}`, async () => {
      const rows = [0, 1, 2].map((i) =>
        toRow(type, entry(type, { ...base(i), subject: { uri: `${ref.uri}${i}`, cid: `c${i}` } }, T0 + i)),
      );
      const { path } = await writeFile(`${type}.parquet`, type, rows);
      const read = await query(
        `SELECT stream_id, epoch_ms(event_time) AS ms, time_us, subject_uri, subject_cid FROM '${path}'`,
      );
      expect(read).toEqual(
        [0, 1, 2].map((i) => ({
          stream_id: `${T0 + i}-0`,
          ms: String(T0),
          time_us: String(T0 * 1000 + 123 + i),
          subject_uri: `${ref.uri}${i}`,
          subject_cid: `c${i}`,
        })),
      );
    });
  }

  for (const type of ["bsky.follow", "bsky.block"] as const) {
    it(`writes ${type}`, async () => {
      const rows = [0, 1].map((i) =>
        toRow(type, entry(type, { ...base(i), subject: `did:plc:s${i}` }, T0 + i)),
      );
      const { path } = await writeFile(`${type}.parquet`, type, rows);
      const read = await query(`SELECT stream_id, did, rkey, subject FROM '${path}'`);
      expect(read).toEqual([
        { stream_id: `${T0}-0`, did: DID, rkey: "3lenax2s5lk00", subject: "did:plc:s0" },
        { stream_id: `${T0 + 1}-0`, did: DID, rkey: "3lenax2s5lk01", subject: "did:plc:s1" },
      ]);
    });
  }

  it("splits row groups, records zstd and min/max statistics, streams chunks", async () => {
    const n = 25_000;
    const rows = Array.from({ length: n }, (_, i) =>
      toRow(
        "bsky.like",
        entry("bsky.like", { ...base(i % 90), time_us: T0 * 1000 + i * 1000, subject: ref }, T0 + i),
      ),
    );
    const written = await writeFile("groups.parquet", "bsky.like", rows, { rowGroupRows: 10_000 });
    expect(written).toMatchObject({ rows: n, rowGroups: 3 });
    expect(written.chunks).toBeGreaterThanOrEqual(4); // header + a chunk per row group + footer
    const counts = await query(
      `SELECT count(*) AS n, count(DISTINCT stream_id) AS ids FROM '${written.path}'`,
    );
    expect(counts).toEqual([{ n: String(n), ids: String(n) }]);
    const meta = await query(
      `SELECT row_group_id, row_group_num_rows, compression, stats_min_value, stats_max_value, stats_null_count
       FROM parquet_metadata('${written.path}') WHERE path_in_schema = 'time_us' ORDER BY row_group_id`,
    );
    expect(meta).toEqual(
      [
        ["0", "10000", 0, 9_999],
        ["1", "10000", 10_000, 19_999],
        ["2", "5000", 20_000, 24_999],
      ].map(([g, rowsInGroup, lo, hi]) => ({
        row_group_id: g,
        row_group_num_rows: rowsInGroup,
        compression: "ZSTD",
        stats_min_value: String(T0 * 1000 + Number(lo) * 1000),
        stats_max_value: String(T0 * 1000 + Number(hi) * 1000),
        stats_null_count: "0",
      })),
    );
    const codecs = await query(`SELECT DISTINCT compression FROM parquet_metadata('${written.path}')`);
    expect(codecs).toEqual([{ compression: "ZSTD" }]);
    const kv = await query(
      `SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${written.path}') ORDER BY k`,
    );
    expect(kv).toEqual(
      expect.arrayContaining([
        { k: "sluice.schema_version", v: "1" },
        { k: "sluice.table", v: "like_v1" },
      ]),
    );
  });

  it("flushes a row group early by estimated bytes", async () => {
    const rows = Array.from({ length: 100 }, (_, i) =>
      toRow("bsky.post", entry("bsky.post", { ...base(0), text: "x".repeat(1000), langs: [] }, T0 + i)),
    );
    const written = await writeFile("bytes.parquet", "bsky.post", rows, { rowGroupBytes: 20_000 });
    // ~1 kB per row: a row group closes every ~20 rows instead of at 100,000.
    expect(written.rowGroups).toBeGreaterThanOrEqual(5);
    expect(written.rowGroups).toBeLessThanOrEqual(10);
    expect(await query(`SELECT count(*) AS n FROM '${written.path}'`)).toEqual([{ n: "100" }]);
  });

  it("writes a valid empty file", async () => {
    const written = await writeFile("empty.parquet", "bsky.block", []);
    expect(written).toMatchObject({ rows: 0, rowGroups: 0 });
    expect(await query(`SELECT count(*) AS n FROM '${written.path}'`)).toEqual([{ n: "0" }]);
  });
});
