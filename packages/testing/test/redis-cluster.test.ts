import { describe, expect, it } from "vitest";
import { startRedisCluster } from "../src/index.ts";
import { exists, isProcessAlive, serverPid } from "./helpers.ts";

describe("startRedisCluster", () => {
  it("starts 3 masters covering all slots, follows redirects, and stop() cleans up", async () => {
    const cluster = await startRedisCluster();
    const pids = await Promise.all(cluster.servers.map(serverPid));

    expect(cluster.servers).toHaveLength(3);
    expect(cluster.target).toEqual({
      mode: "cluster",
      nodes: cluster.servers.map(({ port }) => ({ host: "127.0.0.1", port })),
    });
    for (const server of cluster.servers) {
      expect(await server.cli("cluster", "info")).toMatch(/cluster_state:ok[\s\S]*cluster_slots_ok:16384/);
    }
    const [first, second] = cluster.servers;
    await first?.cli("-c", "set", "{user:1}:name", "ada");
    expect(await second?.cli("-c", "get", "{user:1}:name")).toBe("ada");

    await cluster.stop();

    expect(pids.filter(isProcessAlive)).toEqual([]);
    for (const server of cluster.servers) expect(await exists(server.dir)).toBe(false);
  });

  it("rejects fewer than 3 masters", async () => {
    await expect(startRedisCluster({ masters: 2 })).rejects.toThrow(/masters must be an integer >= 3/);
  });
});
