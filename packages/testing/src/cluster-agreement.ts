// Whether a cluster has settled: every reachable node reports cluster_state:ok with all slots served, knows every
// node, and sees exactly the expected masters serving slots (CLUSTER NODES, from which CLUSTER SLOTS is built), and
// every running replica has its replication link up.
import { reachable } from "./redis-group.ts";
import { assertReplicating, parseInfo } from "./redis-info.ts";
import type { RedisServer } from "./types.ts";

const SLOT_COUNT = 16_384;

/** A master and its replica as the harness last arranged them; the replica may be a killed old master. */
export interface Shard {
  master: RedisServer;
  replica: RedisServer | undefined;
}

/** One line of CLUSTER NODES: "<id> <ip:port@bus> <flags> <master> <ping> <pong> <epoch> <link> <slot>…". */
interface NodeLine {
  port: number;
  flags: string[];
  slotCount: number;
}

export async function assertClusterAgrees(servers: RedisServer[], shards: Shard[]): Promise<void> {
  const expectedMasters = shards.map(({ master }) => master.port).sort();
  for (const server of reachable(servers)) {
    const info = parseInfo(await server.cli("cluster", "info"));
    const summary = ["cluster_state", "cluster_slots_ok", "cluster_known_nodes"]
      .map((field) => `${field}:${info.get(field)}`)
      .join(" ");
    const settled =
      info.get("cluster_state") === "ok" &&
      info.get("cluster_slots_ok") === String(SLOT_COUNT) &&
      info.get("cluster_known_nodes") === String(servers.length);
    if (!settled) throw new Error(`node ${server.port} reports ${summary}`);
    const masters = servingMasters(await server.cli("cluster", "nodes"));
    if (masters.join() !== expectedMasters.join()) {
      throw new Error(
        `node ${server.port} sees masters ${masters.join(", ")}, expected ${expectedMasters.join(", ")}`,
      );
    }
  }
  for (const { master, replica } of shards) {
    if (replica && reachable([replica, master]).length === 2) await assertReplicating(replica, master);
  }
}

/** Ports of the nodes flagged master, not failing, that serve slots, sorted. */
function servingMasters(clusterNodes: string): number[] {
  return parseClusterNodes(clusterNodes)
    .filter(({ flags, slotCount }) => flags.includes("master") && !flags.some(failing) && slotCount > 0)
    .map(({ port }) => port)
    .sort();
}

function failing(flag: string): boolean {
  return flag === "fail" || flag === "fail?";
}

function parseClusterNodes(text: string): NodeLine[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [, address = "", flags = "", , , , , , ...slots] = line.split(" ");
      const port = Number(address.split("@")[0]?.split(":").at(-1));
      return {
        port,
        flags: flags.split(","),
        slotCount: slots.filter((slot) => !slot.startsWith("[")).length,
      };
    });
}
