import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BSKY_TABLES, toRow } from "@sluice/lake/bsky";
import { entry, query } from "@sluice/lake/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { localFileTarget, PartitionedWriter, partitionHour } from "../src/index.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lake-part-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const H10 = Date.UTC(2025, 5, 7, 10); // 2025-06-07T10:00Z
const FOLLOWS = BSKY_TABLES["bsky.follow"];
const follow = (eventMs: number, arrivalMs: number, seq = 0) =>
  toRow(
    "bsky.follow",
    entry(
      "bsky.follow",
      {
        did: "did:plc:a",
        rkey: "3lenax2s5lkmc",
        cid: "bafyx",
        time_us: eventMs * 1000,
        createdAt: "2025-06-07T10:00:00Z",
        subject: "did:plc:b",
      },
      arrivalMs,
      seq,
    ),
  );

async function files(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

describe("PartitionedWriter", () => {
  it("puts late and out-of-order events in their own event-time hour", async () => {
    const writer = new PartitionedWriter({ prefix: "lake", open: () => localFileTarget(dir) });
    // Arrivals in the 11:00 hour; one event is from 10:59 (out of order), one 3 hours late.
    const rows = [
      follow(H10 + 3_600_000 + 1_000, H10 + 3_600_000 + 2_000),
      follow(H10 + 3_599_999, H10 + 3_600_000 + 2_001),
      follow(H10 + 3_600_000 + 5_000, H10 + 3_600_000 + 6_000),
      follow(H10 - 2 * 3_600_000 + 7, H10 + 3_600_000 + 6_000, 1),
    ];
    for (const row of rows) await writer.write(FOLLOWS, row);
    const written = await writer.close();
    const h11 = H10 + 3_600_000;
    expect(await files(dir)).toEqual([
      `lake/type=follow_v1/year=2025/month=06/day=07/hour=08/${h11 + 6_000}-1_${h11 + 6_000}-1.parquet`,
      `lake/type=follow_v1/year=2025/month=06/day=07/hour=10/${h11 + 2_001}-0_${h11 + 2_001}-0.parquet`,
      `lake/type=follow_v1/year=2025/month=06/day=07/hour=11/${h11 + 2_000}-0_${h11 + 6_000}-0.parquet`,
    ]);
    expect(written.map((f) => f.rows).sort()).toEqual([1, 1, 2]);
    const hour11 = join(dir, written.find((f) => f.rows === 2)?.key ?? "");
    expect(await query(`SELECT stream_id FROM '${hour11}'`)).toEqual([
      { stream_id: `${h11 + 2_000}-0` },
      { stream_id: `${h11 + 6_000}-0` },
    ]);
  });

  it("partitions by arrival time when asked", async () => {
    const writer = new PartitionedWriter({
      prefix: "lake",
      partitionBy: "arrival",
      open: () => localFileTarget(dir),
    });
    await writer.write(FOLLOWS, follow(H10 - 5 * 3_600_000, H10 + 10));
    await writer.write(FOLLOWS, follow(H10 + 20, H10 + 30));
    const [file, ...rest] = await writer.close();
    expect(rest).toEqual([]);
    expect(file?.key).toBe(
      `lake/type=follow_v1/year=2025/month=06/day=07/hour=10/${H10 + 10}-0_${H10 + 30}-0.parquet`,
    );
    expect(partitionHour(FOLLOWS, follow(H10 - 1, H10 + 1), "arrival")).toBe(H10);
    expect(partitionHour(FOLLOWS, follow(H10 - 1, H10 + 1))).toBe(H10 - 3_600_000);
  });

  it("rolls files at maxFileRows and reads back every row", async () => {
    const writer = new PartitionedWriter({
      prefix: "p",
      maxFileRows: 400,
      rowGroupRows: 150,
      open: () => localFileTarget(dir),
    });
    for (let i = 0; i < 1_000; i++) await writer.write(FOLLOWS, follow(H10 + i, H10 + i));
    const written = await writer.close();
    expect(written.map((f) => [f.rows, f.rowGroups, f.firstId, f.lastId])).toEqual([
      [400, 3, `${H10}-0`, `${H10 + 399}-0`],
      [400, 3, `${H10 + 400}-0`, `${H10 + 799}-0`],
      [200, 2, `${H10 + 800}-0`, `${H10 + 999}-0`],
    ]);
    const glob = join(dir, "p/type=follow_v1/**/*.parquet");
    expect(await query(`SELECT count(*) AS n, count(DISTINCT stream_id) AS ids FROM '${glob}'`)).toEqual([
      { n: "1000", ids: "1000" },
    ]);
    expect((await files(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("abort removes the open files' temporary data", async () => {
    const writer = new PartitionedWriter({ prefix: "p", open: () => localFileTarget(dir) });
    await writer.write(FOLLOWS, follow(H10, H10));
    await writer.abort();
    expect(await files(dir)).toEqual([]);
  });
});
