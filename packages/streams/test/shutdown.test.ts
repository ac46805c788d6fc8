// A runner's stop and drain: deadlines kept, hung or aborted batches handed back to the group, never dead-lettered.
import { streamKeys } from "@sluice/streams";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { numberedEntries, useRedisWithProducer } from "./redis-with-producer.ts";

const server = useRedisWithProducer();

it("drain stops reading at its deadline, finishes in-flight batches by finishBy, and hands back what is late", async () => {
  const stream = uniqueStream();
  const keys = streamKeys(stream);
  await server.producer.sendBatch(stream, numberedEntries(200));
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
  await server.producer.sendBatch(stream, numberedEntries(5));
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

it("does not dead-letter the failures of a batch that shutdown aborted and handed back", async () => {
  const stream = uniqueStream();
  await server.producer.sendBatch(stream, numberedEntries(2));
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
