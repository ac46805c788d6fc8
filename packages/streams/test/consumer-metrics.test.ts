import { emfSink } from "@sluice/observability";
import { applyRetention, Producer, redrive, startConsumerHost, streamKeys } from "@sluice/streams";
import { uniqueStream, useRedisServer, waitFor } from "@sluice/testing/clients";
import { beforeAll, expect, it } from "vitest";

const server = useRedisServer();
let producer: Producer;
beforeAll(() => {
  producer = new Producer(server.client);
});

const entries = (count: number) =>
  Array.from({ length: count }, (_, n) => ({ type: "t", data: `{"n":${n}}` }));

it("emits per stream and group EMF metrics: counts, duration, lag, pending and DLQ figures", async () => {
  const stream = uniqueStream();
  await producer.sendBatch(stream, entries(30));
  const lines: string[] = [];
  const runner = server.pool.runner({
    stream,
    group: "g",
    consumer: "c",
    maxDeliveries: 1,
    metrics: emfSink((line) => lines.push(line)),
    handler: (batch) => ({ failures: batch.slice(0, 2).map((e) => ({ id: e.id, error: "nope" })) }),
  });
  await runner.start();
  await waitFor(async () => (await server.client.xlen(streamKeys(stream).dlq)) === 2);
  await runner.stop();
  const record = lines.map((line) => JSON.parse(line)).findLast((r) => "EntriesProcessed" in r);
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

it("measures produce-to-ack from the producer's time, in records of 100 values, also without dimensions", async () => {
  const stream = uniqueStream();
  const produced = Date.now() - 5000;
  await producer.sendBatch(
    stream,
    entries(250).map((entry) => ({ ...entry, time: produced })),
  );
  const lines: string[] = [];
  const runner = server.pool.runner({
    stream,
    group: "g",
    consumer: "c",
    metrics: emfSink((line) => lines.push(line)),
    handler: () => ({ failures: [] }),
  });
  await runner.start();
  await waitFor(async () => runner.totals.processed === 250);
  const finished = Date.now();
  await runner.stop();
  const records = lines.map((line) => JSON.parse(line));
  const latencies = records.filter((r) => "ProduceToAckMs" in r);
  // Every acknowledged entry, up to the flush's cap of 1000: 250 in records of 100, 100 and 50.
  expect(latencies.map((r) => r.ProduceToAckMs.length)).toEqual([100, 100, 50]);
  const [latency] = latencies;
  // Its own records: the app-wide series (no dimensions) is for this metric only.
  expect(latency._aws.CloudWatchMetrics[0]).toMatchObject({
    Dimensions: [["Stream", "Group"], []],
    Metrics: [{ Name: "ProduceToAckMs", Unit: "Milliseconds" }],
  });
  expect(latency).toMatchObject({ Stream: stream, Group: "g" });
  for (const value of latencies.flatMap((r) => r.ProduceToAckMs)) {
    expect(value).toBeGreaterThanOrEqual(5000);
    expect(value).toBeLessThanOrEqual(finished - produced);
  }
  const counts = records.find((r) => "EntriesProcessed" in r);
  expect(counts._aws.CloudWatchMetrics[0].Dimensions).toEqual([["Stream", "Group"]]);
  expect(counts).not.toHaveProperty("ProduceToAckMs");
});

it("redrives by id range and at the rate asked for", async () => {
  const stream = uniqueStream();
  const keys = streamKeys(stream);
  const ids: string[] = [];
  for (let n = 0; n < 40; n += 1)
    ids.push((await server.client.xadd(keys.dlq, "*", "t", "t", "d", `{"n":${n}}`)) as string);
  expect(await redrive(server.client, stream, { from: ids[0], to: ids[9] })).toBe(10);
  expect(await server.client.xlen(keys.stream)).toBe(10);
  const started = Date.now();
  expect(await redrive(server.client, stream, { ratePerSecond: 50, limit: 25 })).toBe(25);
  expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  expect(await server.client.xlen(keys.dlq)).toBe(5);
  expect((await server.client.xrange(keys.stream, "-", "+")).map(([, f]) => f[3])).toEqual(
    Array.from({ length: 35 }, (_, n) => `{"n":${n}}`),
  );
  await expect(redrive(server.client, stream, { from: "yesterday" })).rejects.toMatchObject({
    code: "streams.invalid_id",
  });
});

it("age caps trim only consumed entries unless told to drop, and report how far over the cap it is", async () => {
  const stream = uniqueStream();
  const keys = streamKeys(stream);
  const now = Date.now();
  for (let n = 0; n < 6; n += 1)
    await server.client.xadd(keys.stream, `${now - 60_000 + n}-0`, "t", "t", "d", "{}");
  await server.client.xadd(keys.stream, "*", "t", "t", "d", "{}");
  await server.client.xgroup("CREATE", keys.stream, "g", "0");
  await server.client.xreadgroup("GROUP", "g", "c", "COUNT", 3, "STREAMS", keys.stream, ">");
  await server.client.xack(
    keys.stream,
    "g",
    `${now - 60_000}-0`,
    `${now - 60_000 + 1}-0`,
    `${now - 60_000 + 2}-0`,
  );
  const kept = await applyRetention(server.client, stream, { maxAgeMs: 30_000 });
  expect(kept).toMatchObject({ trimmed: 3, dropped: 0 });
  expect(kept.overAgeMs).toBeGreaterThan(25_000);
  const dropped = await applyRetention(server.client, stream, { maxAgeMs: 30_000, onUnconsumed: "drop" });
  expect(dropped).toMatchObject({ trimmed: 0, dropped: 3, overAgeMs: 0 });
  expect(await server.client.xlen(keys.stream)).toBe(1);
  await expect(applyRetention(server.client, stream, { maxLength: -1 })).rejects.toMatchObject({
    code: "streams.invalid_option",
  });
});

it("drain stops reading at its deadline, finishes in-flight batches by finishBy, and hands back what is late", async () => {
  const stream = uniqueStream();
  const keys = streamKeys(stream);
  await producer.sendBatch(stream, entries(200));
  let calls = 0;
  let running = 0;
  const slow = (ms: number) => async () => {
    calls += 1;
    running += 1;
    await new Promise((resolve) => setTimeout(resolve, ms));
    running -= 1;
  };
  const start = Date.now();
  const finished = await server.pool
    .runner({ stream, group: "g", consumer: "in-time", batchSize: 10, handler: slow(150) })
    .drain(start + 400, start + 2000);
  expect(finished.stoppedBy).toBe("deadline");
  expect(running).toBe(0);
  const callsAtReturn = calls;
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(calls).toBe(callsAtReturn);

  const late = await server.pool
    .runner({
      stream,
      group: "g",
      consumer: "late",
      batchSize: 10,
      visibilityTimeoutMs: 5000,
      handler: slow(1500),
    })
    .drain(Date.now() + 100, Date.now() + 300);
  expect(late).toMatchObject({ stoppedBy: "deadline", processed: 0 });
  const handedBack = (await server.client.xpending(
    keys.stream,
    "g",
    "IDLE",
    5000,
    "-",
    "+",
    100,
    "late",
  )) as unknown[];
  expect(handedBack).toHaveLength(10);
});

it("stop() with a hung handler returns within the shutdown timeout and another consumer takes the batch at once", async () => {
  const stream = uniqueStream();
  await producer.sendBatch(stream, entries(5));
  let started = false;
  const hung = server.pool.runner({
    stream,
    group: "g",
    consumer: "hung",
    visibilityTimeoutMs: 60_000,
    shutdownTimeoutMs: 300,
    handler: () => {
      started = true;
      return new Promise(() => {});
    },
  });
  await hung.start();
  await waitFor(() => started);
  const stopping = Date.now();
  await hung.stop();
  expect(Date.now() - stopping).toBeLessThan(1500);
  const taken: string[] = [];
  await server.pool
    .runner({
      stream,
      group: "g",
      consumer: "heir",
      visibilityTimeoutMs: 60_000,
      handler: (batch) => void taken.push(...batch.map((e) => e.id)),
    })
    .start();
  // Handed back with the visibility timeout as idle time: reclaimable now, not in a minute.
  await waitFor(() => taken.length === 5, { timeoutMs: 5000, what: "the handed-back batch" });
});

it("a consumer host trims what its group acknowledged on a timer and reports the trim figures", async () => {
  const stream = uniqueStream();
  await producer.sendBatch(stream, entries(50));
  const lines: string[] = [];
  const host = await startConsumerHost({
    redis: server.redis.target,
    consumer: "host",
    consumers: [{ stream, group: "g", handler: () => {}, settings: { blockMs: 100 } }],
    retention: { intervalMs: 100 },
    write: (line) => lines.push(line),
  });
  try {
    const trims = () => lines.map((l) => JSON.parse(l)).filter((l) => "EntriesTrimmed" in l);
    const trimmed = () => trims().reduce((sum, l) => sum + l.EntriesTrimmed, 0);
    // The figures line follows the trim: wait for it, not for the stream to be empty (which Redis shows first).
    await waitFor(() => trimmed() >= 50, { what: "the trim's figures" });
    expect(trimmed()).toBe(50);
    expect(await server.client.xlen(streamKeys(stream).stream)).toBe(0);
    expect(trims()[0]).toMatchObject({ Stream: stream, EntriesDroppedUnconsumed: 0, EntriesOverCap: 0 });
  } finally {
    await host.stop();
  }
});

it("a batching window fills batches from a trickle, and concurrency bounds the batches in flight", async () => {
  const stream = uniqueStream();
  const sizes: number[] = [];
  let running = 0;
  let most = 0;
  await server.pool
    .runner({
      stream,
      group: "g",
      consumer: "c",
      batchSize: 10,
      batchWindowMs: 400,
      concurrency: 2,
      handler: async (batch) => {
        sizes.push(batch.length);
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 50));
        running -= 1;
      },
    })
    .start();
  for (let n = 0; n < 10; n += 1) {
    await producer.send(stream, { type: "t", data: `{"n":${n}}` });
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  await waitFor(() => sizes.reduce((a, b) => a + b, 0) === 10);
  // Ten entries 15 ms apart arrive within one 400 ms window: one batch, not ten.
  expect(sizes).toEqual([10]);
  await producer.sendBatch(stream, entries(100));
  await waitFor(() => sizes.reduce((a, b) => a + b, 0) === 110);
  expect(most).toBe(2);
});
