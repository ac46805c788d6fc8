// Failure cases found in review, each pinned by a test: they are easy to reintroduce and costly when they ship.
import {
  applyRetention,
  deadLetter,
  Producer,
  redrive,
  type StreamEntry,
  streamKeys,
  streamStats,
} from "@sluice/streams";
import { silenceableProxy } from "@sluice/testing";
import { clientPool, uniqueStream, useRedisServer, waitFor } from "@sluice/testing/clients";
import { beforeAll, expect, it } from "vitest";

const server = useRedisServer();
let producer: Producer;
beforeAll(() => {
  producer = new Producer(server.client);
});

const json = (n: number) => ({ type: "t", data: `{"n":${n}}` });

it("stores a non-Buffer Uint8Array payload as its bytes", async () => {
  const stream = uniqueStream();
  const got: StreamEntry[] = [];
  await producer.send(stream, {
    type: "t",
    data: new Uint8Array([9, 1, 2, 250]).subarray(1),
    contentType: "application/octet-stream",
  });
  await server.pool
    .runner({ stream, group: "g", consumer: "c", handler: (e) => void got.push(...e) })
    .start();
  await waitFor(() => got.length === 1);
  expect([...(got[0]?.data ?? [])]).toEqual([1, 2, 250]);
});

it("reads exact delivery counts of reclaimed entries, however many of its own entries lie between them", async () => {
  const stream = uniqueStream();
  const key = streamKeys(stream).stream;
  const { client } = server;
  const ids = (
    await producer.sendBatch(
      stream,
      Array.from({ length: 300 }, (_, n) => json(n)),
    )
  ).map((r) => ("id" in r ? r.id : ""));
  const [first, last] = [ids[0] as string, ids[299] as string];
  await client.xgroup("CREATE", key, "g", "0");
  await client.xreadgroup("GROUP", "g", "dead", "COUNT", 1, "STREAMS", key, ">");
  await client.xreadgroup("GROUP", "g", "c", "COUNT", 298, "STREAMS", key, ">");
  await client.xreadgroup("GROUP", "g", "dead", "COUNT", 1, "STREAMS", key, ">");
  // The dead consumer's two entries were delivered 10 times; this consumer's own 298 are fresh.
  await client.call("XCLAIM", key, "g", "dead", 0, first, last, "IDLE", 100_000, "RETRYCOUNT", 10, "JUSTID");
  const handled = new Set<string>();
  await server.pool
    .runner({
      stream,
      group: "g",
      consumer: "c",
      maxDeliveries: 5,
      visibilityTimeoutMs: 60_000,
      handler: (batch) => {
        for (const e of batch) handled.add(e.id);
      },
    })
    .start();
  await waitFor(async () => (await client.xlen(streamKeys(stream).dlq)) === 2, {
    what: "both dead-lettered",
  });
  expect(handled.has(first) || handled.has(last)).toBe(false);
});

it("redrives what the dead-letter stream held when it started, not what is dead-lettered meanwhile", async () => {
  const stream = uniqueStream();
  const { dlq } = streamKeys(stream);
  for (let n = 0; n < 150; n += 1) await server.client.xadd(dlq, "*", "t", "t", "d", `{"n":${n}}`);
  const adding = new Promise<void>((resolve) =>
    setTimeout(async () => {
      for (let n = 0; n < 10; n += 1) await server.client.xadd(dlq, "*", "t", "t", "d", "{}");
      resolve();
    }, 300),
  );
  expect(await redrive(server.client, stream, { ratePerSecond: 100 })).toBe(150);
  await adding;
  expect(await server.client.xlen(dlq)).toBe(10);
});

it("does not dead-letter the failures of a batch that shutdown aborted and handed back", async () => {
  const stream = uniqueStream();
  await producer.sendBatch(stream, [json(1), json(2)]);
  let started = false;
  const runner = server.pool.runner({
    stream,
    group: "g",
    consumer: "c",
    maxDeliveries: 1,
    shutdownTimeoutMs: 200,
    handler: (_batch, { signal }) =>
      new Promise((_, reject) => {
        started = true;
        signal.addEventListener("abort", () => reject(new Error("aborted by shutdown")));
      }),
  });
  await runner.start();
  await waitFor(() => started);
  await runner.stop();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await server.client.xlen(streamKeys(stream).dlq)).toBe(0);
  const pending = (await server.client.xpending(streamKeys(stream).stream, "g")) as [number];
  expect(pending[0]).toBe(2);
});

it("never trims an undelivered entry below a pending one (XCLAIM FORCE above the last-delivered id)", async () => {
  const stream = uniqueStream();
  const key = streamKeys(stream).stream;
  const ids = (
    await producer.sendBatch(
      stream,
      Array.from({ length: 6 }, (_, n) => json(n)),
    )
  ).map((r) => ("id" in r ? r.id : ""));
  await server.client.xgroup("CREATE", key, "g", "0");
  await server.client.call("XCLAIM", key, "g", "x", 0, ids[5] as string, "FORCE", "JUSTID");
  expect(await applyRetention(server.client, stream)).toMatchObject({ trimmed: 0 });
  expect(await server.client.xlen(key)).toBe(6);
});

it("does not dead-letter an entry another consumer has reclaimed", async () => {
  const stream = uniqueStream();
  const keys = streamKeys(stream);
  const id = await producer.send(stream, json(1));
  await server.client.xgroup("CREATE", keys.stream, "g", "0");
  await server.client.xreadgroup("GROUP", "g", "stale", "STREAMS", keys.stream, ">");
  await server.client.call("XCLAIM", keys.stream, "g", "live", 0, id, "JUSTID");
  const request = { keys, group: "g", consumer: "stale", id, reason: "late verdict" };
  expect(await deadLetter(server.client, request)).toBeUndefined();
  expect(await server.client.xlen(keys.dlq)).toBe(0);
});

it("reconnects a blocking reader whose connection goes silent, and consumes what arrives meanwhile", async () => {
  const stream = uniqueStream();
  const proxy = await silenceableProxy(server.redis.port);
  const nodes = [{ host: "127.0.0.1", port: proxy.port }];
  const throughProxy = clientPool({ ...server.redis.target, nodes, commandTimeoutMs: 1000 });
  try {
    const handled: string[] = [];
    await throughProxy
      .runner({
        stream,
        group: "g",
        consumer: "c",
        visibilityTimeoutMs: 1500,
        handler: (batch) => void handled.push(...batch.map((e) => e.id)),
      })
      .start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Like a half-open TCP connection: no error, no reply, ever. New connections still get through.
    proxy.silenceOpenConnections();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const id = await producer.send(stream, json(1));
    await waitFor(() => handled.includes(id), {
      timeoutMs: 8000,
      what: "the entry sent while the reader was silent",
    });
    // The command connection went silent too: its ack timed out, it reconnected, and a redelivery is acknowledged.
    await waitFor(
      async () => (await streamStats(server.client, streamKeys(stream))).groups[0]?.pending === 0,
      {
        timeoutMs: 10_000,
        what: "the entry acknowledged",
      },
    );
  } finally {
    await throughProxy.close();
    proxy.close();
  }
});
