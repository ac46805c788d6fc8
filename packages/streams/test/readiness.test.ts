// checkReadiness: ready only while a write works on every data node; read-only, gone or uncovered slots say why,
// within the probe's own deadline.
import { checkReadiness, createRedisClient, type RedisClient } from "@sluice/streams";
import { type RedisServer, startRedis, startRedisCluster } from "@sluice/testing";
import { waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("standalone", () => {
  let primary: RedisServer;
  let other: RedisServer;
  let client: RedisClient;
  beforeAll(async () => {
    [primary, other] = await Promise.all([startRedis(), startRedis()]);
    client = createRedisClient({ ...primary.target, commandTimeoutMs: 1000 }).on("error", () => {});
  });
  afterAll(async () => {
    client?.disconnect();
    await Promise.all([primary?.stop(), other?.stop()]);
  });

  it("is ready on a writable primary, and leaves only its one expiring key", async () => {
    expect(await checkReadiness(client)).toMatchObject({ ready: true });
    expect(await primary.cli("--scan", "--pattern", "sluice:health:*")).toBe("sluice:health:{probe}");
    expect(Number(await primary.cli("pttl", "sluice:health:{probe}"))).toBeGreaterThan(0);
  });

  it("is not ready while the node is a replica (a demoted primary answers PING but refuses writes)", async () => {
    await primary.cli("replicaof", other.host, String(other.port));
    try {
      expect(await client.ping()).toBe("PONG");
      const started = Date.now();
      expect(await checkReadiness(client)).toMatchObject({ ready: false, reason: "read_only" });
      // At once, not after the client gave up resending the refused write (its command timeout, 1 s here).
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      await primary.cli("replicaof", "no", "one");
    }
    expect(await checkReadiness(client)).toMatchObject({ ready: true });
  });

  it("reports a killed server within its timeout, and ready again after the restart", async () => {
    await primary.kill();
    const started = Date.now();
    const readiness = await checkReadiness(client, { timeoutMs: 500 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(readiness).toMatchObject({ ready: false });
    expect(["unreachable", "timed_out"]).toContain(readiness.ready ? "" : readiness.reason);
    await primary.restart();
    await waitFor(async () => (await checkReadiness(client)).ready, { what: "ready after restart" });
  });
});

describe("cluster", () => {
  it("writes one key per master; a killed master makes it not ready within the timeout", async () => {
    await using cluster = await startRedisCluster();
    const client = createRedisClient({ ...cluster.target, commandTimeoutMs: 1000 }).on("error", () => {});
    try {
      expect(await checkReadiness(client)).toMatchObject({ ready: true });
      const keys = await Promise.all(
        cluster.servers.map((server) => server.cli("--scan", "--pattern", "sluice:health:*")),
      );
      // Every master holds exactly one readiness key: every slot range was written.
      expect(keys.map((key) => key.split("\n").filter(Boolean).length)).toEqual([1, 1, 1]);
      await cluster.servers[1]?.kill();
      await waitFor(
        async () => {
          const started = Date.now();
          const readiness = await checkReadiness(client, { timeoutMs: 1000 });
          expect(Date.now() - started).toBeLessThan(2000);
          return !readiness.ready;
        },
        { what: "not ready with a master gone" },
      );
    } finally {
      client.disconnect();
    }
  });
});
