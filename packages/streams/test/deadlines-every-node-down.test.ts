// Every node SIGKILLed or frozen (SIGSTOP: connections stay open, nothing answers), in both modes: every send settles
// unavailable within its command timeout + 1 s, a runner stops within its budget, and after a freeze calls succeed
// again once the nodes resume. (Before, a cluster's commands sat in its offline queue with no deadline, a cluster
// pipeline was retried past it, and runner.stop() never returned with every node killed.)
import { createRedisClient, Producer, type RedisClient, UnavailableError } from "@sluice/streams";
import { type RedisServer, type RedisTarget, startRedis, startRedisCluster } from "@sluice/testing";
import { clientPool, uniqueStream, waitFor } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { settleTimed } from "./settle-timed.ts";

const COMMAND_TIMEOUT_MS = 1000;
const BOUND_MS = COMMAND_TIMEOUT_MS + 1000;
const BLOCK_MS = 100;
const SHUTDOWN_TIMEOUT_MS = 500;
/** The runner's stop budget: its last read, its in-flight batches, 2 s to hand back and leave the group. */
const STOP_BUDGET_MS = BLOCK_MS + SHUTDOWN_TIMEOUT_MS + 2000;

async function everyNodeDown(servers: RedisServer[], target: RedisTarget, fault: "kill" | "pause") {
  const config = { ...target, commandTimeoutMs: COMMAND_TIMEOUT_MS };
  const client: RedisClient = createRedisClient(config).on("error", () => {});
  const pool = clientPool(config);
  try {
    const stream = uniqueStream();
    const producer = new Producer(client);
    const send = () => producer.send(stream, { type: "t", data: "{}" });
    const handled: string[] = [];
    const runner = pool.runner({
      stream,
      group: "g",
      consumer: "c",
      blockMs: BLOCK_MS,
      shutdownTimeoutMs: SHUTDOWN_TIMEOUT_MS,
      handler: (batch) => void handled.push(...batch.map((e) => e.id)),
    });
    await runner.start();
    const before = await send();
    await waitFor(() => handled.includes(before), { what: "a delivery before the fault" });

    await Promise.all(servers.map((server) => (fault === "kill" ? server.kill() : server.pause())));
    // Three waves of 20 concurrent sends: the client still connected, noticing, then reconnecting.
    const waves = [];
    for (let wave = 0; wave < 3; wave += 1) {
      waves.push(...(await Promise.all(Array.from({ length: 20 }, () => settleTimed(send())))));
    }
    for (const { error, elapsedMs } of waves) {
      expect(error).toBeInstanceOf(UnavailableError);
      expect(elapsedMs).toBeLessThan(BOUND_MS);
    }
    const stopping = performance.now();
    await runner.stop();
    expect(performance.now() - stopping).toBeLessThan(STOP_BUDGET_MS);

    if (fault === "pause") {
      await Promise.all(servers.map((server) => server.resume()));
      await waitFor(async () => (await settleTimed(send())).value !== undefined, {
        what: "a send succeeding after resume",
      });
    }
  } finally {
    client.disconnect();
    await pool.close();
  }
}

describe("every node down: calls settle unavailable within timeout + 1 s, stop() keeps its budget", () => {
  it("cluster, every node SIGKILLed", async () => {
    await using cluster = await startRedisCluster();
    await everyNodeDown(cluster.servers, cluster.target, "kill");
  });

  it("cluster, every node SIGSTOPped, then resumed", async () => {
    await using cluster = await startRedisCluster();
    await everyNodeDown(cluster.servers, cluster.target, "pause");
  });

  it("standalone, SIGSTOPped, then resumed", async () => {
    await using server = await startRedis();
    await everyNodeDown([server], server.target, "pause");
  });

  it("standalone, SIGKILLed", async () => {
    await using server = await startRedis();
    await everyNodeDown([server], server.target, "kill");
  });
});
