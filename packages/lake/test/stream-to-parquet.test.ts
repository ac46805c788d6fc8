import { toRow } from "@sluice/lake/bsky";
import {
  bulkyLikes,
  deadLetters,
  getObject,
  groupCursor,
  H10,
  HOUR,
  lakeEvent,
  lakeIds,
  listKeys,
  mixedEvents,
  produce,
  queryLake,
  useLakeKit,
} from "@sluice/lake/testing";
import { streamKeys } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { writeManifest } from "../src/index.ts";

const kit = useLakeKit();

describe("lake writer: Redis stream → Parquet on S3", () => {
  it("writes every event once, with exact values, read back by DuckDB; the group moves and Redis is trimmed", async () => {
    const stream = uniqueStream("lake");
    const events = mixedEvents(3000);
    const ids = await produce(kit.client, stream, events);
    // Another group that has read nothing yet: the trim after the run must keep everything for it.
    await kit.client.xgroup("CREATE", streamKeys(stream).stream, "other", "0");
    const report = await kit.drain(stream);
    expect(report).toMatchObject({ stoppedBy: "drained", rows: 3000, deadLettered: 0, lagAgeMs: 0 });
    expect(report.segments).toHaveLength(1);

    const inLake = await lakeIds(kit.s3, stream);
    expect(inLake.size).toBe(3000);
    expect([...inLake.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(inLake.keys())).toEqual(new Set(ids));

    // Per table: as many rows as events of the type, and every like's values as toRow makes them.
    const counts = await queryLake(
      kit.s3,
      `${stream}/type=`,
      `SELECT type, count(*)::INTEGER AS n FROM read_parquet('{lake}/${stream}/type=*/**/*.parquet',
         hive_partitioning = true, union_by_name = true) GROUP BY type ORDER BY type`,
    );
    const byType = new Map<string, number>();
    for (const event of events) byType.set(event.type, (byType.get(event.type) ?? 0) + 1);
    expect(counts).toEqual(
      [...byType]
        .map(([type, n]) => ({ type: `${type.slice(5)}_v1`, n }))
        .sort((a, b) => a.type.localeCompare(b.type)),
    );
    const likes = await queryLake(
      kit.s3,
      `${stream}/type=like_v1/`,
      `SELECT stream_id, epoch_ms(event_time)::DOUBLE AS event_time, time_us::VARCHAR AS time_us, did, rkey, cid,
         subject_uri, subject_cid FROM read_parquet('{lake}/${stream}/type=like_v1/**/*.parquet') ORDER BY stream_id`,
    );
    const expected = events
      .map((event, i) => ({ event, id: ids[i] as string }))
      .filter(({ event }) => event.type === "bsky.like")
      .map(({ event, id }) => {
        const row = toRow("bsky.like", {
          id,
          type: event.type,
          contentType: "application/json",
          data: Buffer.from(event.data as string),
          time: 0,
        });
        const { arrival_time, created_at, ...rest } = row;
        return { ...rest, time_us: String(row.time_us) };
      });
    const sortIds = (a: { stream_id: string }, b: { stream_id: string }) =>
      Number(a.stream_id.split("-")[0]) - Number(b.stream_id.split("-")[0]) ||
      Number(a.stream_id.split("-")[1]) - Number(b.stream_id.split("-")[1]);
    expect(likes.sort(sortIds as never)).toEqual(expected.sort(sortIds));

    expect(await groupCursor(kit.client, stream)).toBe(ids.at(-1));
    expect(report.trimmed).toBe(0);
    expect(await kit.client.xlen(streamKeys(stream).stream)).toBe(3000);
    // Once the other group has read everything, the next run's trim removes what the lake holds.
    await kit.client.xgroup("SETID", streamKeys(stream).stream, "other", "$");
    expect(await kit.drain(stream)).toMatchObject({ segments: [], trimmed: 3000 });
    expect(await kit.client.xlen(streamKeys(stream).stream)).toBe(0);
  });

  it("writes a manifest per run listing its files, rows, bytes and id ranges", async () => {
    const stream = uniqueStream("lake");
    await produce(kit.client, stream, mixedEvents(500));
    const report = await kit.drain(stream, { runId: "lake-manifest" });
    const key = await writeManifest(kit.s3, "lake", stream, report);
    expect(key).toMatch(
      new RegExp(
        `^${stream}/_manifests/year=\\d{4}/month=\\d\\d/day=\\d\\d/\\d{4}-\\d\\d-\\d\\dT.*Z_lake-manifest\\.json$`,
      ),
    );
    const manifest = JSON.parse((await getObject(kit.s3, key as string)).toString());
    const files = manifest.segments.flatMap((s: { files: unknown[] }) => s.files);
    expect(manifest).toMatchObject({ kind: "sluice.lake.run", stream, rows: 500, files: files.length });
    expect(files.reduce((sum: number, f: { rows: number }) => sum + f.rows, 0)).toBe(500);
    const keys = await listKeys(kit.s3, `${stream}/type=`);
    expect(files.map((f: { key: string }) => f.key).sort()).toEqual(keys);
    for (const file of files) {
      expect(file.key).toContain(`/${file.firstId}_${file.lastId}.parquet`);
      expect(file.bytes).toBe((await getObject(kit.s3, file.key)).byteLength);
    }
  });

  it("reports each committed segment as it goes (what a run killed later leaves in its manifest)", async () => {
    const stream = uniqueStream("lake");
    await produce(kit.client, stream, mixedEvents(3000));
    const seen: [string, number, number][] = [];
    const report = await kit.drain(stream, {
      maxSegmentEntries: 1000,
      chunkEntries: 500,
      onCommit: async (partial) => void seen.push([partial.stoppedBy, partial.segments.length, partial.rows]),
    });
    expect(seen).toEqual([
      ["running", 1, 1000],
      ["running", 2, 2000],
      ["running", 3, 3000],
    ]);
    expect(report).toMatchObject({ stoppedBy: "drained", rows: 3000 });
  });

  it("puts late and out-of-order events in the hour of their event time", async () => {
    const stream = uniqueStream("lake");
    await produce(kit.client, stream, [
      lakeEvent("bsky.follow", H10 + HOUR + 5_000, 1),
      lakeEvent("bsky.follow", H10 + HOUR - 1, 2), // 10:59:59.999, after an 11:00 event
      lakeEvent("bsky.follow", H10 - 2 * HOUR + 7, 3), // two hours late
      lakeEvent("bsky.follow", H10 + HOUR + 9_000, 4),
    ]);
    await kit.drain(stream);
    const rows = await queryLake(
      kit.s3,
      `${stream}/`,
      `SELECT did, hour::INTEGER AS hour FROM read_parquet('{lake}/${stream}/type=follow_v1/**/*.parquet',
         hive_partitioning = true) ORDER BY did`,
    );
    expect(rows.map((r) => [String(r.did).at(-1), r.hour])).toEqual([
      ["1", 11],
      ["2", 10],
      ["3", 8],
      ["4", 11],
    ]);
  });

  it("dead-letters malformed events with their reason, counts them, and writes the rest", async () => {
    const stream = uniqueStream("lake");
    const good = mixedEvents(200);
    const bad = [
      { type: "bsky.like", data: "{not json" },
      { type: "bsky.post", data: JSON.stringify({ did: "did:plc:x" }) },
      { type: "bsky.unknown", data: "{}" },
    ];
    const ids = await produce(kit.client, stream, [...good.slice(0, 100), ...bad, ...good.slice(100)]);
    const report = await kit.drain(stream);
    expect(report).toMatchObject({ rows: 200, deadLettered: 3 });
    const records = await deadLetters(kit.client, stream);
    expect(records.map((r) => r["x.id"])).toEqual(ids.slice(100, 103));
    expect(records[0]).toMatchObject({
      t: "bsky.like",
      d: "{not json",
      "x.stream": stream,
      "x.group": "lake",
    });
    expect(records[0]?.["x.error"]).toMatch(/data is not valid JSON/);
    expect(records[1]?.["x.error"]).toMatch(/rkey is missing|text is missing|time_us is missing/);
    expect(records[2]?.["x.error"]).toBe('event type "bsky.unknown" has no lake table');
    expect((await lakeIds(kit.s3, stream)).size).toBe(200);
    expect(await groupCursor(kit.client, stream)).toBe(ids.at(-1));
  });

  it("writes nothing for an empty stream, or once everything is written", async () => {
    const stream = uniqueStream("lake");
    const empty = await kit.drain(stream);
    expect(empty).toMatchObject({ stoppedBy: "drained", segments: [], rows: 0, files: 0 });
    await produce(kit.client, stream, mixedEvents(50));
    await kit.drain(stream);
    const before = await listKeys(kit.s3, `${stream}/`);
    const again = await kit.drain(stream);
    expect(again).toMatchObject({ stoppedBy: "drained", segments: [], files: 0 });
    expect(await listKeys(kit.s3, `${stream}/`)).toEqual(before);
  });

  it("stops a big backlog within its budget, and the next run continues where it stopped", async () => {
    const stream = uniqueStream("lake");
    const ids = await produce(kit.client, stream, mixedEvents(40_000));
    const options = { chunkEntries: 1000, maxSegmentEntries: 4000, finishReserveMs: 1 };
    // A budget well short of the backlog's time even on a fast machine (40,000 entries take about 1.5 s there). On a
    // busy one a run may end before its first segment is committed (starting the encoder threads alone can take the
    // budget): runs repeat with a budget half again as long until one commits, each within its budget.
    let written = 0;
    let budgetMs = 800;
    for (let run = 0; written === 0 && run < 8; run++) {
      const started = Date.now();
      const partial = await kit.drain(stream, { ...options, deadline: Date.now() + budgetMs });
      expect(partial.stoppedBy).toBe("budget");
      expect(Date.now() - started).toBeLessThan(budgetMs + 3000);
      written = partial.segments.reduce((sum, s) => sum + s.entries, 0);
      budgetMs = Math.round(budgetMs * 1.5);
    }
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(40_000);
    expect(await groupCursor(kit.client, stream)).toBe(ids[written - 1]);
    const second = await kit.drain(stream, options);
    expect(second.stoppedBy).toBe("drained");
    const inLake = await lakeIds(kit.s3, stream);
    expect(inLake.size).toBe(40_000);
    expect([...inLake.values()].every((n) => n === 1)).toBe(true);
  });

  it("lets one run at a time drain a stream", async () => {
    const stream = uniqueStream("lake");
    await produce(kit.client, stream, mixedEvents(20_000));
    const [a, b] = await Promise.all([
      kit.drain(stream, { runId: "run-a", chunkEntries: 500 }),
      kit.drain(stream, { runId: "run-b", chunkEntries: 500 }),
    ]);
    expect([a.stoppedBy, b.stoppedBy].sort()).toEqual(["drained", "locked"]);
    expect((await lakeIds(kit.s3, stream)).size).toBe(20_000);
    expect(await kit.client.exists(streamKeys(stream).lock("lake"))).toBe(0);
  });

  it("streams a file over one part through a staged multipart upload, leaving no staging object", async () => {
    const stream = uniqueStream("lake");
    await produce(kit.client, stream, bulkyLikes(80_000));
    const report = await kit.drain(stream, {
      partBytes: 5 * 1024 * 1024,
      layout: { zstdLevel: 1, rowGroupRows: 10_000 },
    });
    expect(report.files).toBe(1);
    expect(report.bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(await listKeys(kit.s3, "_staging/")).toEqual([]);
    expect((await lakeIds(kit.s3, stream)).size).toBe(80_000);
  });
});
