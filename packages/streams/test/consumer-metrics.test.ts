// The EMF metrics a runner writes: per stream and group counts and figures, and produce-to-ack latencies.
import { emfSink } from "@sluice/observability";
import { streamKeys } from "@sluice/streams";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { numberedEntries, useRedisWithProducer } from "./redis-with-producer.ts";

const server = useRedisWithProducer();

it("emits per stream and group EMF metrics: counts, duration, lag, pending and DLQ figures", async () => {
  const stream = uniqueStream();
  await server.producer.sendBatch(stream, numberedEntries(30));
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
  await server.producer.sendBatch(
    stream,
    numberedEntries(250).map((entry) => ({ ...entry, time: produced })),
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
