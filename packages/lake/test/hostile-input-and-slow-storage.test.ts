import { S3Client } from "@aws-sdk/client-s3";
import {
  BUCKET,
  deadLetters,
  groupCursor,
  H10,
  HOUR,
  lakeEvent,
  lakeIds,
  listKeys,
  mixedEvents,
  produce,
  useLakeKit,
} from "@sluice/lake/testing";
import { redrive, streamKeys } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import {
  drainStream,
  EncoderPool,
  LakeEncoderError,
  LakeRunError,
  s3FileTarget,
  writeLake,
} from "../src/index.ts";
import { SegmentStore } from "../src/segment-store.ts";

const kit = useLakeKit();

/** An S3 client of the kit's server whose PutObject calls are delayed, or fail for keys under `failUnder`. */
function s3With({ delayMs = 0, failUnder }: { delayMs?: number; failUnder?: string }): S3Client {
  const client = new S3Client(kit.s3Server.client());
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === "PutObjectCommand") {
        const key = (args.input as { Key?: string }).Key ?? "";
        if (failUnder && key.startsWith(failUnder)) throw new Error(`refused by the test: ${key}`);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
      return next(args);
    },
    { step: "initialize", name: "testFault" },
  );
  return client;
}

describe("lake writer under hostile input and slow storage", () => {
  it("ends a segment once about maxDeadLettersPerSegment entries are malformed, and dead-letters each once", async () => {
    const stream = uniqueStream("rb");
    const events = Array.from({ length: 3000 }, (_, i) =>
      i % 3 === 0 ? lakeEvent("bsky.like", H10 + i, i) : { type: "bsky.like", data: `{"broken": ${i}` },
    );
    const ids = await produce(kit.client, stream, events);
    // Queues of one chunk keep the encoders' malformed counts within a chunk of the reading.
    const report = await kit.drain(stream, {
      maxDeadLettersPerSegment: 500,
      chunkEntries: 100,
      maxQueuedBytes: 1,
    });
    expect(report.segments.length).toBeGreaterThan(2);
    expect(report).toMatchObject({ rows: 1000, deadLettered: 2000 });
    const dead = await deadLetters(kit.client, stream);
    expect(dead.map((d) => d["x.id"])).toEqual(ids.filter((_, i) => i % 3 !== 0));
    expect(
      dead.every((d) => d["x.redrive"] === "append" && /data is not valid JSON/.test(d["x.error"] ?? "")),
    ).toBe(true);
  });

  it("writes a segment's dead letters once, however often a run gets to them before the commit", async () => {
    const stream = uniqueStream("rb");
    const ids = await produce(
      kit.client,
      stream,
      Array.from({ length: 1200 }, () => ({ type: "x.y", data: "{}" })),
    );
    const keys = streamKeys(stream);
    await kit.client.xgroup("CREATE", keys.stream, "lake", "0");
    await kit.client.set(keys.lock("lake"), "run-1");
    const lock = { ttlMs: 60_000, holdUntil: Date.now() + 60_000 };
    const store = new SegmentStore(kit.client, keys, "lake", "run-1", lock);
    await store.extend("0-0", ids.at(-1) as string, {});
    const malformed = ids.map((id) => ({ id, reason: "no table" }));
    expect(await store.deadLetter("0-0", malformed.slice(0, 700))).toBe(700); // a run that crashed here
    expect(await store.deadLetter("0-0", malformed)).toBe(500); // its successor: the rest only
    expect(await store.deadLetter("0-0", malformed)).toBe(0);
    expect((await deadLetters(kit.client, stream)).map((d) => d["x.id"])).toEqual(ids);
  });

  it("dead-letters an entry of thousands of fields with its first 1000 values, without blocking the stream", async () => {
    const stream = uniqueStream("rb");
    const fields = Array.from({ length: 5000 }, (_, i) => [`f${i}`, String(i)]).flat();
    await kit.client.xadd(streamKeys(stream).stream, "*", ...fields);
    const [good] = await produce(kit.client, stream, [lakeEvent("bsky.follow", H10, 1)]);
    const report = await kit.drain(stream);
    expect(report).toMatchObject({ rows: 1, deadLettered: 1 });
    const [record] = await deadLetters(kit.client, stream);
    expect(Object.keys(record ?? {}).filter((name) => name.startsWith("f"))).toHaveLength(500);
    expect(record?.["x.truncated"]).toBe("5000");
    expect(record?.["x.error"]).toMatch(/not a Sluice envelope/);
    expect(await groupCursor(kit.client, stream)).toBe(good);
  });

  it("redrives a lake dead letter by appending it anew, even while another group still holds the original", async () => {
    const stream = uniqueStream("rb");
    const keys = streamKeys(stream);
    await kit.client.xgroup("CREATE", keys.stream, "slow", "0", "MKSTREAM");
    const [bad] = await produce(kit.client, stream, [{ type: "bsky.like", data: "{nope" }]);
    await kit.drain(stream);
    expect(await redrive(kit.client, stream)).toBe(1);
    // Not re-pended in the lake group (which never reads a pending list): appended after the lake's position.
    const pending = (await kit.client.xpending(keys.stream, "lake")) as [number, ...unknown[]];
    expect(pending[0]).toBe(0);
    const entries = (await kit.client.xrange(keys.stream, "-", "+")) as [string, string[]][];
    expect(entries.map(([id]) => id)).toEqual([bad, expect.any(String)]);
    expect(entries[1]?.[1]).toEqual(["t", "bsky.like", "d", "{nope"]);
    const again = await kit.drain(stream);
    expect(again.deadLettered).toBe(1); // still not a like: dead-lettered again, visibly
  });

  it("keeps its lock through a close that takes longer than the lock's time-to-live", async () => {
    const stream = uniqueStream("rb");
    // 12 hours of follows: 12 files, each PutObject 150 ms, closed one after another against a 300 ms lock.
    const events = Array.from({ length: 1200 }, (_, i) => lakeEvent("bsky.follow", H10 + (i % 12) * HOUR, i));
    const ids = await produce(kit.client, stream, events);
    const s3 = s3With({ delayMs: 150 });
    const pool = await EncoderPool.start({
      threads: 1,
      layout: { prefix: stream },
      open: () => s3FileTarget({ client: s3, bucket: BUCKET, stagingPrefix: "_staging/" }),
    });
    try {
      const report = await drainStream({
        client: kit.client,
        pool,
        stream,
        runId: "slow-s3",
        deadline: Date.now() + 60_000,
        lockTtlMs: 300,
        layout: { maxOpenFiles: 16 },
      });
      expect(report).toMatchObject({ stoppedBy: "drained", rows: 1200, files: 12 });
    } finally {
      await pool.close();
      s3.destroy();
    }
    expect((await lakeIds(kit.s3, stream)).size).toBe(ids.length);
  });

  it("keeps at most maxOpenFiles files of a table open, closing the one written to longest ago", async () => {
    const stream = uniqueStream("rb");
    // 30 hours, then hour 0 again: with 4 open at most, hour 0 was closed meanwhile and gets a second file.
    const events = [
      ...Array.from({ length: 30 }, (_, i) => lakeEvent("bsky.block", H10 + i * HOUR, i)),
      lakeEvent("bsky.block", H10, 99),
    ];
    const ids = await produce(kit.client, stream, events);
    const report = await kit.drain(stream, { layout: { maxOpenFiles: 4 } });
    expect(report.files).toBe(31);
    const hour10 = (
      await listKeys(kit.s3, `${stream}/type=block_v1/year=2025/month=06/day=07/hour=10/`)
    ).sort();
    expect(hour10).toEqual([
      `${stream}/type=block_v1/year=2025/month=06/day=07/hour=10/${ids[0]}_${ids[0]}.parquet`,
      `${stream}/type=block_v1/year=2025/month=06/day=07/hour=10/${ids[30]}_${ids[30]}.parquet`,
    ]);
  });

  it("goes on with the other streams when one fails, and reports the failure typed, with its metrics", async () => {
    const [failing, fine] = [uniqueStream("rb"), uniqueStream("rb")];
    await produce(kit.client, failing, mixedEvents(300));
    await produce(kit.client, fine, mixedEvents(300));
    const s3 = s3With({ failUnder: `${failing}/type=` });
    const metrics: Record<string, unknown>[] = [];
    try {
      const error = await writeLake({
        redis: kit.client,
        s3,
        bucket: BUCKET,
        streams: [failing, fine],
        runId: "isolated",
        deadline: Date.now() + 60_000,
        threads: 2,
        metrics: { put: (dimensions, data) => metrics.push({ ...dimensions, data }) },
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AggregateError);
      const [failure] = (error as AggregateError).errors;
      expect(failure).toBeInstanceOf(LakeRunError);
      expect((failure as LakeRunError<unknown>).cause).toBeInstanceOf(LakeEncoderError);
      expect((failure as LakeRunError<unknown>).cause).toMatchObject({
        code: "lake.encoder_failed",
        message: expect.stringContaining("refused by the test"),
      });
    } finally {
      s3.destroy();
    }
    expect((await lakeIds(kit.s3, fine)).size).toBe(300);
    expect(await listKeys(kit.s3, `${failing}/`)).toEqual([]);
    expect(await groupCursor(kit.client, failing)).toBe("0-0");
    const failures = metrics.map((m) => [
      m.Stream,
      (m.data as { name: string; value: number }[]).find((d) => d.name === "LakeRunFailures")?.value,
    ]);
    expect(failures).toEqual([
      [failing, 1],
      [fine, 0],
    ]);
  });
});
