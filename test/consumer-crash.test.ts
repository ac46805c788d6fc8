import { spawn } from "node:child_process";
import { once } from "node:events";
import { Producer, streamKeys, streamStats } from "@sluice/streams";
import { type RedisServer, startRedis } from "@sluice/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { clientPool, waitFor } from "./support/clients.ts";

let redis: RedisServer;
let pool: ReturnType<typeof clientPool>;
beforeAll(async () => {
  redis = await startRedis();
  pool = clientPool(redis.target);
});
afterAll(async () => {
  await pool?.close();
  await redis?.stop();
});

it("a consumer SIGKILLed mid-batch: another consumer reclaims its entries and nothing is lost", async () => {
  const stream = "crash";
  const client = pool.client();
  const ids = (
    await new Producer(client).sendBatch(
      stream,
      Array.from({ length: 40 }, (_, n) => ({ type: "t", data: JSON.stringify({ n }) })),
    )
  ).map((r) => ("id" in r ? r.id : ""));

  const child = spawn(
    process.execPath,
    [
      new URL("./fixtures/stuck-consumer.ts", import.meta.url).pathname,
      JSON.stringify(redis.target),
      stream,
      "g",
      "doomed",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const [firstLine] = (await once(child.stdout, "data")) as [Buffer];
  const stranded = firstLine.toString().trim().split(" ");
  expect(stranded).toEqual(ids.slice(0, 10));
  child.kill("SIGKILL");
  await once(child, "exit");

  const handled = new Map<string, number>();
  await pool
    .runner({
      stream,
      group: "g",
      consumer: "survivor",
      visibilityTimeoutMs: 300,
      handler: (entries) => {
        for (const e of entries) handled.set(e.id, (handled.get(e.id) ?? 0) + 1);
      },
    })
    .start();
  await waitFor(() => handled.size === ids.length, { what: "every entry handled" });
  expect([...handled.keys()].sort()).toEqual([...ids].sort());
  expect([...handled.values()].every((count) => count === 1)).toBe(true);
  await waitFor(async () => (await streamStats(client, streamKeys(stream))).groups[0]?.pending === 0);
  // The dead consumer, idle and now empty, is what the janitor removes; it holds nothing any more.
  const consumers = (await client.call("XINFO", "CONSUMERS", streamKeys(stream).stream, "g")) as string[][];
  expect(consumers.find((c) => c[1] === "doomed")?.[3]).toBe(0);
});
