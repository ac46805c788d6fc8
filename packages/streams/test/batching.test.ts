// How a runner forms batches: a batching window gathers a trickle, and concurrency bounds the batches in flight.
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { numberedEntries, useRedisWithProducer } from "./redis-with-producer.ts";

const server = useRedisWithProducer();

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
    await server.producer.send(stream, { type: "t", data: `{"n":${n}}` });
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  await waitFor(() => sizes.reduce((a, b) => a + b, 0) === 10);
  // Ten entries 15 ms apart arrive within one 400 ms window: one batch, not ten.
  expect(sizes).toEqual([10]);
  await server.producer.sendBatch(stream, numberedEntries(100));
  await waitFor(() => sizes.reduce((a, b) => a + b, 0) === 110);
  expect(most).toBe(2);
});
