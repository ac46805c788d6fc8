// A real cluster failover ends the runner's blocked XREADGROUP on the demoted master (Redis replies UNBLOCKED to
// clients blocked there; the read may also end with its connection): the runner reads again on the promoted
// replica, reports nothing and keeps delivering, long before its read's BLOCK time would have ended it.
import { createRedisClient, Producer } from "@sluice/streams";
import { type RedisServer, startRedisCluster } from "@sluice/testing";
import { clientPool, waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { blockedReaders } from "./blocked-readers.ts";
import { streamOnShard, timedDeliveries } from "./publish-load.ts";

const BLOCK_MS = 10_000;

/** Whether a client on `server` is blocked in XREADGROUP. */
const blockedRead = async (server: RedisServer) => (await blockedReaders(server)).length > 0;

it("a graceful cluster failover ends a blocked XREADGROUP: the runner reads again, reports no error, keeps delivering", async () => {
  await using cluster = await startRedisCluster({ replicasPerMaster: 1 });
  const config = { ...cluster.target, commandTimeoutMs: 1000 };
  const client = createRedisClient(config).on("error", () => {});
  const pool = clientPool(config);
  try {
    const master = cluster.masters()[0] as RedisServer;
    const stream = await streamOnShard(master);
    const producer = new Producer(client);
    const errors: unknown[] = [];
    const delivered = await timedDeliveries(pool, [stream], { errors, blockMs: BLOCK_MS });
    const before = await producer.send(stream, { type: "t", data: "{}" });
    await waitFor(() => delivered.has(before), { what: "a delivery before the failover" });
    await waitFor(() => blockedRead(master), { what: "the runner's read to block on the master" });

    const failingOver = performance.now();
    await cluster.failover(master, "graceful");
    // Measured from the promotion: the harness asks again when a graceful failover gives up by itself, which can
    // take longer than BLOCK_MS on a loaded machine; that wait is Redis's, not the runner's.
    const promoted = performance.now();
    expect(await blockedRead(master)).toBe(false);
    const after = await producer.send(stream, { type: "t", data: "{}" });
    await waitFor(() => delivered.has(after), { what: "a delivery after the failover" });
    const deliveredMs = performance.now() - promoted;
    const figures = { failoverMs: promoted - failingOver, deliveredAfterPromotionMs: deliveredMs };
    console.log(`figures: ${JSON.stringify(figures)}`);

    // A read left blocked would have ended only after BLOCK_MS: delivering sooner means it was ended and read anew.
    expect(deliveredMs).toBeLessThan(BLOCK_MS);
    expect(errors).toEqual([]);
    await waitFor(() => blockedRead(cluster.masters()[0] as RedisServer), {
      what: "the runner's read to block on the promoted replica",
    });
  } finally {
    await pool.close();
    client.disconnect();
  }
});
