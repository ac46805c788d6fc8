// A primary with replicas and its faults: FAILOVER (graceful and forced), promotion after a kill -9 of the primary,
// demotion of a restarted old primary with REPLICAOF; with a password and with an ACL user.
import { describe, expect, it } from "vitest";
import { type RedisServer, startRedisReplicaSet } from "../src/index.ts";
import { eventually, role } from "./helpers.ts";

/** Waits until `server` has `key` (replication is asynchronous) and returns its value. */
async function replicated(server: RedisServer, key: string): Promise<string> {
  await eventually(async () => (await server.cli("exists", key)) === "1", `${key} on ${server.port}`);
  return server.cli("get", key);
}

describe("startRedisReplicaSet", () => {
  it("starts a primary whose writes reach every replica; replicas refuse writes", async () => {
    await using set = await startRedisReplicaSet({ replicas: 2, password: "pw" });
    const [primary, ...replicas] = set.servers as [RedisServer, RedisServer, RedisServer];
    expect(set.primary()).toBe(primary);
    expect(set.target).toEqual(primary.target);
    expect(await role(primary)).toBe("master");

    await primary.cli("set", "k", "v");
    for (const replica of replicas) {
      expect(await replicated(replica, "k")).toBe("v");
      await expect(replica.cli("set", "k", "w")).rejects.toThrow(/READONLY/);
    }
  });

  it("fails over gracefully to a replica and back, the other replica following, with an ACL user", async () => {
    await using set = await startRedisReplicaSet({
      replicas: 2,
      user: { name: "sluice", password: "s3cret" },
    });
    const [first, second, third] = set.servers as [RedisServer, RedisServer, RedisServer];
    await first.cli("set", "before", "1");

    await set.failover();
    expect(set.primary()).toBe(second);
    expect([await role(first), await role(second), await role(third)]).toEqual(["slave", "master", "slave"]);
    expect(await second.cli("get", "before")).toBe("1"); // FAILOVER waits for the replica to catch up
    await second.cli("set", "after", "2");
    expect(await replicated(third, "after")).toBe("2");
    expect(await replicated(first, "after")).toBe("2");
    await expect(first.cli("set", "x", "1")).rejects.toThrow(/READONLY/);
    expect(set.target.nodes).toEqual([{ host: "127.0.0.1", port: first.port }]);

    await set.failover({ to: first, force: true });
    expect(set.primary()).toBe(first);
    expect(await role(first)).toBe("master");
    expect(await replicated(second, "after")).toBe("2");
  });

  it("promotes a replica after a kill -9 of the primary, then demotes the restarted old primary (over TLS)", async () => {
    await using set = await startRedisReplicaSet({ replicas: 2, password: "pw", tls: true });
    const [first, second, third] = set.servers as [RedisServer, RedisServer, RedisServer];
    await first.cli("set", "k", "v");
    expect(await replicated(second, "k")).toBe("v");

    await first.kill();
    await set.promote(second);
    expect(set.primary()).toBe(second);
    await second.cli("set", "promoted", "yes");
    expect(await replicated(third, "promoted")).toBe("yes");

    await first.restart();
    expect(await role(first)).toBe("master"); // comes back as an empty primary: split brain until demoted
    expect(await first.cli("exists", "k")).toBe("0");
    await set.demote(first, second);
    expect(set.primary()).toBe(second);
    expect(await replicated(first, "promoted")).toBe("yes");
    await expect(first.cli("set", "x", "1")).rejects.toThrow(/READONLY/);
  });

  it("rejects a set without replicas and unknown options", async () => {
    await expect(startRedisReplicaSet({ replicas: 0 })).rejects.toThrow(/replicas must be an integer >= 1/);
    await expect(startRedisReplicaSet({ replica: 1 } as never)).rejects.toThrow(
      /startRedisReplicaSet: unknown option replica/,
    );
  });
});
