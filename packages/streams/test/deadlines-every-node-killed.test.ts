// Every node of a cluster SIGKILLed: no call waits past its command timeout + 1 s, and a runner stops in budget.
// (Before, commands sat in the cluster's offline queue with no deadline and runner.stop() never returned.)
import { createRedisClient, Producer, type RedisClient, UnavailableError } from "@sluice/streams";
import { type RedisCluster, startRedisCluster } from "@sluice/testing";
import { clientPool, uniqueStream, waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, expect, it } from "vitest";
import { settleTimed } from "./settle-timed.ts";

const COMMAND_TIMEOUT_MS = 1000;
const BOUND_MS = COMMAND_TIMEOUT_MS + 1000;

let cluster: RedisCluster;
let client: RedisClient;
let pool: ReturnType<typeof clientPool>;
beforeAll(async () => {
  cluster = await startRedisCluster();
  const target = { ...cluster.target, commandTimeoutMs: COMMAND_TIMEOUT_MS };
  client = createRedisClient(target).on("error", () => {});
  pool = clientPool(target);
});
afterAll(async () => {
  client?.disconnect();
  await pool?.close();
  await cluster?.stop();
});

it("cluster, every node SIGKILLed: sends in flight settle unavailable within timeout + 1 s; stop() keeps its budget", async () => {
  const stream = uniqueStream();
  const producer = new Producer(client);
  const handled: string[] = [];
  const runner = pool.runner({
    stream,
    group: "g",
    consumer: "c",
    shutdownTimeoutMs: 500,
    handler: (batch) => void handled.push(...batch.map((e) => e.id)),
  });
  await runner.start();
  const id = await producer.send(stream, { type: "t", data: "{}" });
  await waitFor(() => handled.includes(id), { what: "a delivery before the kill" });

  await Promise.all(cluster.servers.map((server) => server.kill()));
  const sendMany = () =>
    Promise.all(
      Array.from({ length: 20 }, () => settleTimed(producer.send(stream, { type: "t", data: "{}" }))),
    );
  // Right after the kill (the client still thinks it is connected), then once it is reconnecting.
  const first = await sendMany();
  await waitFor(() => client.status !== "ready", { what: "the cluster client noticing" });
  const second = await sendMany();
  for (const { error, elapsedMs } of [...first, ...second]) {
    expect(error).toBeInstanceOf(UnavailableError);
    expect(elapsedMs).toBeLessThan(BOUND_MS);
  }

  const stopping = performance.now();
  await runner.stop();
  // The budget: blockMs (100 in the pool) + shutdownTimeoutMs + 2 s.
  expect(performance.now() - stopping).toBeLessThan(100 + 500 + 2000);
});
