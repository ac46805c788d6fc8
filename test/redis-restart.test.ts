import { Producer, streamKeys, streamStats } from "@sluice/streams";
import { type RedisServer, startRedis } from "@sluice/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { clientPool, waitFor } from "./support/clients.ts";

let redis: RedisServer;
let pool: ReturnType<typeof clientPool>;
beforeAll(async () => {
  redis = await startRedis({ aof: "everysec" });
  pool = clientPool(redis.target);
});
afterAll(async () => {
  await pool?.close();
  await redis?.stop();
});

it("Redis SIGKILLed and restarted with AOF everysec: no confirmed entry lost, no acked entry redelivered", async () => {
  const stream = "restart";
  const client = pool.client();
  const producer = new Producer(client);
  const produced = new Set<string>();
  const acked = new Set<string>();
  const redeliveredAfterAck: string[] = [];
  const errors: unknown[] = [];
  await pool
    .runner({
      stream,
      group: "g",
      consumer: "c",
      batchSize: 20,
      visibilityTimeoutMs: 300,
      errors,
      handler: (entries) => {
        for (const e of entries) if (acked.has(e.id)) redeliveredAfterAck.push(e.id);
      },
      onAcknowledged: (entries) => {
        for (const e of entries) acked.add(e.id);
      },
    })
    .start();

  let producing = true;
  const producerLoop = (async () => {
    let n = 0;
    while (producing) {
      const results = await producer.sendBatch(
        stream,
        Array.from({ length: 10 }, () => ({ type: "t", data: JSON.stringify({ n: n++ }) })),
      );
      for (const r of results) if ("id" in r) produced.add(r.id);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();

  await waitFor(() => acked.size > 500, { what: "traffic before the crash" });
  await redis.kill();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await redis.restart();
  const producedBeforeRestart = produced.size;
  await waitFor(() => produced.size > producedBeforeRestart + 300, { what: "producing again after restart" });
  producing = false;
  await producerLoop;

  const present = new Set((await client.xrange(streamKeys(stream).stream, "-", "+")).map(([id]) => id));
  const lost = [...produced].filter((id) => !present.has(id));
  expect(lost).toEqual([]);
  await waitFor(() => [...produced].every((id) => acked.has(id)), {
    what: "everything acknowledged",
    timeoutMs: 20_000,
  });
  expect(redeliveredAfterAck).toEqual([]);
  expect((await streamStats(client, streamKeys(stream))).groups[0]?.pending).toBe(0);
  expect(errors.length).toBeGreaterThan(0);
});
