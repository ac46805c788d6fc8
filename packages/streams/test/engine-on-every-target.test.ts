import {
  applyRetention,
  DEAD_LETTER_FIELDS,
  InvalidInputError,
  Producer,
  type RedisClient,
  redrive,
  type StreamEntry,
  streamKeys,
  streamStats,
} from "@sluice/streams";
import { type StartedTarget, startTarget, type TargetKind, targetKinds } from "@sluice/testing";
import { clientPool, uniqueStream, waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The engine's behaviour, run unchanged against a plain server, a 3-master cluster, and TLS with an ACL user. */
describe.each(targetKinds as TargetKind[])("streams engine on %s", (kind) => {
  let target: StartedTarget;
  let pool: ReturnType<typeof clientPool>;
  let client: RedisClient;
  let producer: Producer;

  beforeAll(async () => {
    target = await startTarget(kind);
    pool = clientPool(target.target);
    client = pool.client();
    producer = new Producer(client);
  });
  afterAll(async () => {
    await pool?.close();
    await target?.stop();
  });

  const json = (n: number, type = "test.event") => ({ type, data: JSON.stringify({ n }) });

  it("delivers every entry once to each group and acknowledges it", async () => {
    const stream = uniqueStream();
    const ids = (
      await producer.sendBatch(
        stream,
        Array.from({ length: 250 }, (_, n) => json(n)),
      )
    ).map((r) => ("id" in r ? r.id : ""));
    const seen: Record<string, string[]> = { a: [], b: [] };
    for (const group of ["a", "b"]) {
      for (const consumer of ["c1", "c2"]) {
        await pool
          .runner({
            stream,
            group,
            consumer,
            batchSize: 32,
            handler: (entries) => {
              seen[group]?.push(...entries.map((e) => e.id));
            },
          })
          .start();
      }
    }
    await waitFor(() => seen.a?.length === 250 && seen.b?.length === 250, { what: "both groups" });
    expect(new Set(seen.a)).toEqual(new Set(ids));
    expect(new Set(seen.b)).toEqual(new Set(ids));
    await waitFor(async () =>
      (await streamStats(client, streamKeys(stream))).groups.every((g) => g.pending === 0),
    );
    const stats = await streamStats(client, streamKeys(stream));
    expect(stats.length).toBe(250);
    expect(stats.groups.map((g) => [g.name, g.lag, g.pending])).toEqual([
      ["a", 0, 0],
      ["b", 0, 0],
    ]);
  });

  it("keeps the envelope fields and binary payloads intact", async () => {
    const stream = uniqueStream();
    const bytes = Buffer.from([0, 255, 1, 254, 10, 13]);
    await producer.send(stream, {
      type: "frame.processed",
      data: bytes,
      contentType: "application/x-protobuf; type=sluice.frames.v1.ProcessedFrame",
      traceId: "trace-1",
      key: "cam-7",
      time: 1234,
    });
    const got: StreamEntry[] = [];
    await pool.runner({ stream, group: "g", consumer: "c", handler: (e) => void got.push(...e) }).start();
    await waitFor(() => got.length === 1);
    expect(got[0]).toMatchObject({
      type: "frame.processed",
      contentType: "application/x-protobuf; type=sluice.frames.v1.ProcessedFrame",
      traceId: "trace-1",
      key: "cam-7",
      time: 1234,
    });
    expect(Buffer.compare(got[0]?.data as Buffer, bytes)).toBe(0);
  });

  it("dead-letters a poison entry after exactly maxDeliveries, with its metadata, and redrives it", async () => {
    const stream = uniqueStream();
    const keys = streamKeys(stream);
    const poisonId = await producer.send(stream, json(1, "poison"));
    await producer.send(stream, json(2));
    const attempts: string[] = [];
    let healed = false;
    const runner = pool.runner({
      stream,
      group: "g",
      consumer: "c1",
      maxDeliveries: 3,
      visibilityTimeoutMs: 150,
      handler: (entries) => {
        attempts.push(...entries.filter((e) => e.type === "poison").map((e) => e.id));
        if (healed) return;
        return {
          failures: entries.filter((e) => e.type === "poison").map((e) => ({ id: e.id, error: "boom" })),
        };
      },
    });
    await runner.start();
    await waitFor(async () => (await client.xlen(keys.dlq)) === 1, { what: "dead letter" });
    expect(attempts).toEqual([poisonId, poisonId, poisonId]);
    const [[, fields]] = (await client.xrange(keys.dlq, "-", "+")) as [[string, string[]]];
    const meta = Object.fromEntries(
      DEAD_LETTER_FIELDS.map((name) => [name, fields[fields.indexOf(name) + 1]]),
    ) as Record<string, string>;
    expect(meta).toMatchObject({
      "x.stream": stream,
      "x.id": poisonId,
      "x.group": "g",
      "x.error": "boom",
      "x.deliveries": "3",
      "x.consumer": "c1",
    });
    expect(Math.abs(Number(meta["x.at"]) - Date.now())).toBeLessThan(10_000);
    expect(fields.slice(0, 2)).toEqual(["t", "poison"]);
    expect((await streamStats(client, keys)).groups[0]?.pending).toBe(0);

    healed = true;
    expect(await redrive(client, stream)).toBe(1);
    expect(await client.xlen(keys.dlq)).toBe(0);
    await waitFor(() => attempts.length === 4, { what: "redriven delivery" });
    expect(attempts[3]).toBe(poisonId);
    await waitFor(async () => (await streamStats(client, keys)).groups[0]?.pending === 0);
    expect(await client.xlen(keys.dlq)).toBe(0);
  });

  it("bisects a throwing batch so only the poison entry fails", async () => {
    const stream = uniqueStream();
    await producer.sendBatch(stream, [json(1), json(2), json(3, "poison"), json(4), json(5)]);
    const handled: number[] = [];
    await pool
      .runner({
        stream,
        group: "g",
        consumer: "c",
        maxDeliveries: 1,
        batchSize: 5,
        handler: (entries) => {
          if (entries.some((e) => e.type === "poison")) throw new Error("cannot handle poison");
          handled.push(...entries.map((e) => JSON.parse(e.data.toString()).n));
        },
      })
      .start();
    await waitFor(async () => (await client.xlen(streamKeys(stream).dlq)) === 1);
    expect(handled.sort()).toEqual([1, 2, 4, 5]);
    const [[, fields]] = (await client.xrange(streamKeys(stream).dlq, "-", "+")) as [[string, string[]]];
    expect(fields[fields.indexOf("x.error") + 1]).toBe("Error: cannot handle poison");
  });

  it("dead-letters input errors at once, stale and foreign entries without calling the handler", async () => {
    const stream = uniqueStream();
    const keys = streamKeys(stream);
    await client.xadd(keys.stream, "1-1", "t", "old", "d", "{}");
    await client.xadd(keys.stream, "*", "foo", "bar");
    const invalidId = await producer.send(stream, json(1, "bad.input"));
    const handled: string[] = [];
    await pool
      .runner({
        stream,
        group: "g",
        consumer: "c",
        maxRecordAgeMs: 60_000,
        maxDeliveries: 5,
        handler: (entries) => {
          handled.push(...entries.map((e) => e.type));
          return {
            failures: entries
              .filter((e) => e.type === "bad.input")
              .map((e) => ({ id: e.id, error: new InvalidInputError("test.bad", "field n is wrong") })),
          };
        },
      })
      .start();
    await waitFor(async () => (await client.xlen(keys.dlq)) === 3);
    expect(handled).toEqual(["bad.input"]);
    const errors = ((await client.xrange(keys.dlq, "-", "+")) as [string, string[]][]).map(([, f]) => [
      f[f.indexOf("x.id") + 1],
      f[f.indexOf("x.error") + 1],
    ]);
    expect(errors).toContainEqual([
      "1-1",
      expect.stringMatching(/record age \d+ ms exceeds maxRecordAgeMs 60000/),
    ]);
    expect(errors).toContainEqual([invalidId, "InvalidInputError: field n is wrong"]);
    expect(errors.find(([id]) => id !== "1-1" && id !== invalidId)?.[1]).toBe(
      "not a Sluice envelope: missing field t, d",
    );
  });

  it("finishes in-flight work on stop under load, removes itself when empty, and loses nothing", async () => {
    const stream = uniqueStream();
    const total = 600;
    const done = new Set<number>();
    const makeRunner = (consumer: string) =>
      pool.runner({
        stream,
        group: "g",
        consumer,
        batchSize: 20,
        concurrency: 3,
        handler: async (entries) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          for (const e of entries) done.add(JSON.parse(e.data.toString()).n);
        },
      });
    const first = makeRunner("first");
    await first.start();
    const producing = (async () => {
      for (let n = 0; n < total; n += 50) {
        await producer.sendBatch(
          stream,
          Array.from({ length: 50 }, (_, i) => json(n + i)),
        );
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    await waitFor(() => done.size > 100);
    await first.stop();
    const consumers = (await client.call("XINFO", "CONSUMERS", streamKeys(stream).stream, "g")) as unknown[];
    expect(consumers).toEqual([]);
    await producing;
    await makeRunner("second").start();
    await waitFor(() => done.size === total, { what: `all ${total} entries` });
    await waitFor(async () => (await streamStats(client, streamKeys(stream))).groups[0]?.pending === 0);
  });

  it("removes idle consumers with nothing pending and keeps busy ones", async () => {
    const stream = uniqueStream();
    const keys = streamKeys(stream);
    await producer.send(stream, json(1));
    await client.xgroup("CREATE", keys.stream, "g", "0");
    await client.call("XGROUP", "CREATECONSUMER", keys.stream, "g", "idle-empty");
    await client.call("XREADGROUP", "GROUP", "g", "busy", "COUNT", "1", "STREAMS", keys.stream, ">");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { removeIdleConsumers } = await import("@sluice/streams");
    expect(await removeIdleConsumers(client, keys, "g", 200)).toEqual(["idle-empty"]);
    const left = (await client.call("XINFO", "CONSUMERS", keys.stream, "g")) as string[][];
    expect(left.map((c) => c[1])).toEqual(["busy"]);
  });

  it("trims only what every group has acknowledged; caps protect or drop and count", async () => {
    const stream = uniqueStream();
    const keys = streamKeys(stream);
    const ids = (
      await producer.sendBatch(
        stream,
        Array.from({ length: 10 }, (_, n) => json(n)),
      )
    ).map((r) => ("id" in r ? r.id : ""));
    await client.xgroup("CREATE", keys.stream, "fast", "0");
    await client.xgroup("CREATE", keys.stream, "slow", "0");
    await client.call("XREADGROUP", "GROUP", "fast", "f", "STREAMS", keys.stream, ">");
    await client.xack(keys.stream, "fast", ...ids);
    await client.call("XREADGROUP", "GROUP", "slow", "s", "COUNT", "6", "STREAMS", keys.stream, ">");
    await client.xack(keys.stream, "slow", ...ids.slice(0, 4));
    // slow: 0-3 acknowledged, 4-5 pending, 6-9 undelivered.
    expect(await applyRetention(client, stream)).toMatchObject({ trimmed: 4, dropped: 0, safeMinId: ids[4] });
    expect(await applyRetention(client, stream, { maxLength: 2 })).toMatchObject({
      trimmed: 0,
      dropped: 0,
      overCapEntries: 4,
    });
    expect(await client.xlen(keys.stream)).toBe(6);
    expect(await applyRetention(client, stream, { maxLength: 2, onUnconsumed: "drop" })).toMatchObject({
      dropped: 4,
      overCapEntries: 0,
    });
    expect((await client.xrange(keys.stream, "-", "+")).map(([id]) => id)).toEqual(ids.slice(8));
  });

  it("rejects bad names and oversized payloads with typed errors", async () => {
    await expect(producer.send("Bad Name", json(1))).rejects.toMatchObject({
      code: "streams.invalid_name",
      kind: "invalid",
    });
    const small = new Producer(client, { maxPayloadBytes: 10 });
    await expect(small.send(uniqueStream(), { type: "x", data: "01234567890" })).rejects.toMatchObject({
      code: "streams.payload_too_large",
      kind: "too_large",
    });
    expect(() =>
      pool.runner({ stream: "x", group: "g", consumer: "c", handler: () => {}, batchSise: 5 } as never),
    ).toThrow(/Unknown runner option "batchSise"/);
  });
});
