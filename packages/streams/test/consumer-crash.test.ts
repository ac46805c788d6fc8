import { spawn } from "node:child_process";
import { once } from "node:events";
import { Producer, streamKeys, streamStats } from "@sluice/streams";
import { useRedisServer, waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";

const server = useRedisServer();

it("a consumer SIGKILLed mid-batch: another consumer reclaims its entries and nothing is lost", async () => {
  const stream = "crash";
  const ids = (
    await new Producer(server.client).sendBatch(
      stream,
      Array.from({ length: 40 }, (_, n) => ({ type: "t", data: JSON.stringify({ n }) })),
    )
  ).map((r) => ("id" in r ? r.id : ""));

  const child = spawn(
    process.execPath,
    [
      new URL("./fixtures/stuck-consumer.ts", import.meta.url).pathname,
      JSON.stringify(server.redis.target),
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
  await server.pool
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
  await waitFor(async () => (await streamStats(server.client, streamKeys(stream))).groups[0]?.pending === 0);
  // The dead consumer, idle and now empty, is what the janitor removes; it holds nothing any more.
  const consumers = (await server.client.call(
    "XINFO",
    "CONSUMERS",
    streamKeys(stream).stream,
    "g",
  )) as string[][];
  expect(consumers.find((c) => c[1] === "doomed")?.[3]).toBe(0);
});
