// Reads INFO and CLUSTER INFO replies ("field:value" lines) of a server, for the readiness checks of the harness.
import type { RedisServer } from "./types.ts";

export function parseInfo(text: string): Map<string, string> {
  return new Map(text.split(/\r?\n/).map((line) => line.split(":", 2) as [string, string]));
}

/** INFO replication as a map: role, master_host, master_port, master_link_status, connected_slaves, … */
export async function replicationInfo(server: RedisServer): Promise<Map<string, string>> {
  return parseInfo(await server.cli("info", "replication"));
}

/** Throws unless `replica` replicates from `primary` over a link that is up. */
export async function assertReplicating(replica: RedisServer, primary: RedisServer): Promise<void> {
  const info = await replicationInfo(replica);
  const linked =
    info.get("role") === "slave" &&
    info.get("master_port") === String(primary.port) &&
    info.get("master_link_status") === "up";
  if (!linked) {
    const summary = ["role", "master_port", "master_link_status"].map((f) => `${f}:${info.get(f)}`).join(" ");
    throw new Error(`node ${replica.port} reports ${summary}, expected a link up to ${primary.port}`);
  }
}

/** Throws unless `server` reports role:master. */
export async function assertPrimary(server: RedisServer): Promise<void> {
  const role = (await replicationInfo(server)).get("role");
  if (role !== "master") throw new Error(`node ${server.port} reports role:${role}, expected master`);
}
