import { emfSink } from "@sluice/observability";
import { applyRetention, Producer, type RedisClient, redrive, streamKeys } from "@sluice/streams";
import { type RedisServer, startRedis } from "@sluice/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { clientPool, uniqueStream, waitFor } from "./support/clients.ts";

let redis: RedisServer;
let pool: ReturnType<typeof clientPool>;
let client: RedisClient;
let producer: Producer;
beforeAll(async () => {
  redis = await startRedis();
  pool = clientPool(redis.target);
  client = pool.client();
  producer = new Producer(client);
});
afterAll(async () => {
  await pool?.close();
  await redis?.stop();
});

const entries = (count: number) =>
  Array.from({ length: count }, (_, n) => ({ type: "t", data: `{"n":${n}}` }));

it("emits per stream and group EMF metrics: counts, duration, lag, pending and DLQ figures", async () => {
  const stream = uniqueStream();
  await producer.sendBatch(stream, entries(30));
  const lines: string[] = [];
  const runner = pool.runner({
    stream,
    group: "g",
    consumer: "c",
    maxDeliveries: 1,
    metrics: emfSink((line) => lines.push(line)),
    handler: (batch) => ({ failures: batch.slice(0, 2).map((e) => ({ id: e.id, error: "nope" })) }),
  });
  await runner.start();
  await waitFor(async () => (await client.xlen(streamKeys(stream).dlq)) === 2);
  await runner.stop();
  const record = JSON.parse(lines.at(-1) as string);
  expect(record._aws.CloudWatchMetrics[0]).toMatchObject({
    Namespace: "Sluice",
    Dimensions: [["Stream", "Group"]],
  });
  expect(record).toMatchObject({
    Stream: stream,
    Group: "g",
    EntriesProcessed: 28,
    EntriesFailed: 0,
    EntriesDeadLettered: 2,
    StreamLength: 30,
    DlqLength: 2,
    ConsumerLag: 0,
    PendingEntries: 0,
    LagAgeMs: 0,
  });
  expect(record.HandlerDurationMs.length).toBeGreaterThan(0);
  const names = record._aws.CloudWatchMetrics[0].Metrics.map((m: { Name: string }) => m.Name);
  expect(names).toEqual(expect.arrayContaining(["OldestPendingAgeMs", "MaxDeliveryCount", "Consumers"]));
});

it("redrives by id range and at the rate asked for", async () => {
  const stream = uniqueStream();
  const keys = streamKeys(stream);
  const ids: string[] = [];
  for (let n = 0; n < 40; n += 1)
    ids.push((await client.xadd(keys.dlq, "*", "t", "t", "d", `{"n":${n}}`)) as string);
  expect(await redrive(client, stream, { from: ids[0], to: ids[9] })).toBe(10);
  expect(await client.xlen(keys.stream)).toBe(10);
  const started = Date.now();
  expect(await redrive(client, stream, { ratePerSecond: 50, limit: 25 })).toBe(25);
  expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  expect(await client.xlen(keys.dlq)).toBe(5);
  expect((await client.xrange(keys.stream, "-", "+")).map(([, f]) => f[3])).toEqual(
    Array.from({ length: 35 }, (_, n) => `{"n":${n}}`),
  );
  await expect(redrive(client, stream, { from: "yesterday" })).rejects.toMatchObject({
    code: "streams.invalid_id",
  });
});

it("age caps trim only consumed entries unless told to drop, and report how far over the cap it is", async () => {
  const stream = uniqueStream();
  const keys = streamKeys(stream);
  const now = Date.now();
  for (let n = 0; n < 6; n += 1) await client.xadd(keys.stream, `${now - 60_000 + n}-0`, "t", "t", "d", "{}");
  await client.xadd(keys.stream, "*", "t", "t", "d", "{}");
  await client.xgroup("CREATE", keys.stream, "g", "0");
  await client.xreadgroup("GROUP", "g", "c", "COUNT", 3, "STREAMS", keys.stream, ">");
  await client.xack(keys.stream, "g", `${now - 60_000}-0`, `${now - 60_000 + 1}-0`, `${now - 60_000 + 2}-0`);
  const kept = await applyRetention(client, stream, { maxAgeMs: 30_000 });
  expect(kept).toMatchObject({ trimmed: 3, dropped: 0 });
  expect(kept.overAgeMs).toBeGreaterThan(25_000);
  const dropped = await applyRetention(client, stream, { maxAgeMs: 30_000, onUnconsumed: "drop" });
  expect(dropped).toMatchObject({ trimmed: 0, dropped: 3, overAgeMs: 0 });
  expect(await client.xlen(keys.stream)).toBe(1);
  await expect(applyRetention(client, stream, { maxLength: -1 })).rejects.toMatchObject({
    code: "streams.invalid_option",
  });
});
