// A 3-master cluster with a replica per master, shared by the tests in order: a graceful, a forced and a TAKEOVER
// failover (one shard each), then a kill -9 and a SIGSTOP of a master, each followed by the promotion of its replica
// by the cluster and the old master's rejoin as a replica.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RedisCluster, type RedisServer, startRedisCluster } from "../src/index.ts";
import { role } from "./helpers.ts";

let cluster: RedisCluster;

beforeAll(async () => {
  cluster = await startRedisCluster({ replicasPerMaster: 1, password: "pw" });
});

afterAll(async () => {
  await cluster?.stop();
});

/**
 * Writes a key on `master` itself (not redirected: the first candidate whose slot it serves) and waits until its
 * replica has it, so that the failover is checked with data of the shard that fails over.
 */
async function writeOnShard(master: RedisServer, prefix: string): Promise<string> {
  for (let i = 0; ; i++) {
    const key = `${prefix}-${i}`;
    const written = await master.cli("set", key, "1").then(
      () => true,
      (error: Error) => (/MOVED/.test(error.message) ? false : Promise.reject(error)),
    );
    if (written) {
      await master.cli("wait", "1", "5000");
      return key;
    }
  }
}

/** Fails over the shard of masters()[index] and checks that the roles swapped and data written before is there. */
async function failoverShard(index: number, mode: "graceful" | "force" | "takeover"): Promise<void> {
  const master = cluster.masters()[index] as RedisServer;
  const replica = cluster.replicaOf(master);
  const key = await writeOnShard(master, `before-${mode}`); // FORCE and TAKEOVER do not wait for the replica

  await cluster.failover(master, mode);

  expect(cluster.masters()[index]).toBe(replica);
  expect(cluster.replicaOf(replica)).toBe(master);
  expect([await role(replica), await role(master)]).toEqual(["master", "slave"]);
  expect(await replica.cli("get", key)).toBe("1");
}

describe("startRedisCluster with a replica per master", () => {
  it("pairs servers[i + 3] with servers[i], with a short node timeout and every node as a seed", async () => {
    const [m0, m1, m2, r0, r1, r2] = cluster.servers as [
      RedisServer,
      RedisServer,
      RedisServer,
      ...RedisServer[],
    ];
    expect(cluster.servers).toHaveLength(6);
    expect(cluster.masters()).toEqual([m0, m1, m2]);
    expect([m0, m1, m2].map((master) => cluster.replicaOf(master))).toEqual([r0, r1, r2]);
    for (const replica of [r0, r1, r2]) expect(replica && (await role(replica))).toBe("slave");
    expect(await m0.cli("config", "get", "cluster-node-timeout")).toBe("cluster-node-timeout\n2000");
    expect(cluster.target.nodes).toHaveLength(6);
  });

  it("fails over gracefully (CLUSTER FAILOVER)", () => failoverShard(0, "graceful"));
  it("fails over with CLUSTER FAILOVER FORCE", () => failoverShard(1, "force"));
  it("fails over with CLUSTER FAILOVER TAKEOVER", () => failoverShard(2, "takeover"));

  it("promotes the replica of a killed master, and the restarted master rejoins as its replica", async () => {
    const master = cluster.masters()[0] as RedisServer;
    const replica = cluster.replicaOf(master);
    const key = await writeOnShard(master, "before-kill");

    await master.kill();
    await cluster.waitForPromotion(master);
    expect(cluster.masters()[0]).toBe(replica);
    expect(await role(replica)).toBe("master");
    expect(await replica.cli("get", key)).toBe("1");

    await master.restart();
    await cluster.waitForAgreement();
    expect(await role(master)).toBe("slave");
  });

  it("promotes the replica of a paused master, which rejoins as its replica once resumed", async () => {
    const master = cluster.masters()[1] as RedisServer;
    const replica = cluster.replicaOf(master);

    await master.pause();
    await cluster.waitForPromotion(master);
    expect(await role(replica)).toBe("master");

    await master.resume();
    await cluster.waitForAgreement();
    expect(await role(master)).toBe("slave");
  });

  it("rejects bad options", async () => {
    await expect(startRedisCluster({ replicasPerMaster: 2 as never })).rejects.toThrow(/0 or 1/);
    await expect(startRedisCluster({ nodeTimeoutMs: -1 })).rejects.toThrow(/positive integer/);
    expect(() => cluster.replicaOf(cluster.servers[3] as RedisServer)).toThrow(/not a master with a replica/);
  });
});
