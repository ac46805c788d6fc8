import { setTimeout as sleep } from "node:timers/promises";
import { streamKeys } from "@sluice/streams";
import { waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { useRedisWithProducer } from "./redis-with-producer.ts";

const server = useRedisWithProducer();

it("a handler that outlives its visibility timeout loses the entry to another consumer, counted as two deliveries", async () => {
  const stream = "outlived";
  const [sent] = await server.producer.sendBatch(stream, [{ type: "t", data: "{}" }]);
  const id = sent && "id" in sent ? sent.id : "";
  const takenOver: { consumer: string; deliveries: number }[] = [];
  // The slow consumer keeps the entry in its handler for ten visibility timeouts unless it is taken over sooner. Its
  // own reclaim scans run every 60 ms meanwhile: they must neither keep the entry from going idle nor count it again.
  const slow = server.pool.runner({
    stream,
    group: "g",
    consumer: "slow",
    concurrency: 2,
    visibilityTimeoutMs: 300,
    handler: () => waitFor(() => takenOver.length > 0, { timeoutMs: 3000 }).catch(() => {}),
  });
  await slow.start();
  await waitFor(async () => (await server.client.xpending(streamKeys(stream).stream, "g"))[0] === 1);
  await sleep(1000);
  const fast = server.pool.runner({
    stream,
    group: "g",
    consumer: "fast",
    visibilityTimeoutMs: 300,
    maxDeliveries: 2,
    handler: async (entries) => {
      const pending = (await server.client.xpending(streamKeys(stream).stream, "g", "-", "+", 10)) as [
        string,
        string,
        number,
        number,
      ][];
      for (const entry of entries) {
        const row = pending.find(([pendingId]) => pendingId === entry.id);
        takenOver.push({ consumer: row?.[1] ?? "", deliveries: row?.[3] ?? 0 });
      }
    },
  });
  await fast.start();
  await waitFor(() => takenOver.length > 0, { what: "the entry taken over by the other consumer" });
  expect(takenOver).toEqual([{ consumer: "fast", deliveries: 2 }]);
  expect(id).not.toBe("");
  const dlq = await server.client.xlen(streamKeys(stream).dlq);
  expect(dlq).toBe(0);
});
