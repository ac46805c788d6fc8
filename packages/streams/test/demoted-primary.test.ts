// A standalone primary demoted by a failover while the client's connection stays on it (READONLY for every write):
// the client reconnects on READONLY, so once the endpoint names the promoted replica (a fault proxy re-pointed, as
// ElastiCache's DNS flips) publishes succeed again; meanwhile they fail unavailable within timeout + 1 s.
import { createRedisClient, Producer, UnavailableError } from "@sluice/streams";
import { faultProxy, startRedisReplicaSet } from "@sluice/testing";
import { clientPool, uniqueStream, waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { settleTimed } from "./settle-timed.ts";

const COMMAND_TIMEOUT_MS = 1000;

it("READONLY from a demoted primary: unavailable within timeout + 1 s, then publishes succeed and deliveries resume ≤ 5 s after the endpoint flips", async () => {
  await using set = await startRedisReplicaSet({ replicas: 1 });
  const [primary, replica] = set.servers as [
    NonNullable<(typeof set.servers)[0]>,
    NonNullable<(typeof set.servers)[1]>,
  ];
  await using proxy = await faultProxy(primary);
  const client = createRedisClient({ ...set.target, ...proxy.target, commandTimeoutMs: COMMAND_TIMEOUT_MS });
  client.on("error", () => {});
  let reconnects = 0;
  client.on("reconnecting", () => {
    reconnects += 1;
  });
  const pool = clientPool({ ...set.target, ...proxy.target, commandTimeoutMs: COMMAND_TIMEOUT_MS });
  try {
    const stream = uniqueStream();
    const producer = new Producer(client);
    const send = () => settleTimed(producer.send(stream, { type: "t", data: "{}" }));
    const handled: string[] = [];
    // A runner blocked on the primary when it is demoted (its read ends UNBLOCKED) delivers again after the flip.
    await pool
      .runner({
        stream,
        group: "g",
        consumer: "c",
        handler: (batch) => void handled.push(...batch.map((e) => e.id)),
      })
      .start();
    const first = (await send()).value;
    await waitFor(() => handled.includes(first ?? ""), { what: "a delivery before the failover" });

    await set.failover({ to: replica });
    // The endpoint still names the old primary, now a replica: writes are refused, resent after a reconnect while
    // the deadline lasts, then reported unavailable.
    const refused = await Promise.all(Array.from({ length: 5 }, send));
    for (const { error, elapsedMs } of refused) {
      expect(error).toBeInstanceOf(UnavailableError);
      expect(elapsedMs).toBeLessThan(COMMAND_TIMEOUT_MS + 1000);
    }
    expect(reconnects).toBeGreaterThan(0);

    proxy.repoint(replica);
    const flipped = performance.now();
    await waitFor(async () => (await send()).value !== undefined, {
      timeoutMs: 5000,
      what: "a publish to the promoted replica",
    });
    expect(performance.now() - flipped).toBeLessThan(5000);
    const after = (await send()).value;
    await waitFor(() => handled.includes(after ?? ""), { what: "a delivery after the failover" });
  } finally {
    await pool.close();
    client.disconnect();
  }
});
