import { assertKnownOptions } from "./assert-known-options.ts";
import { freeClusterPort } from "./free-port.ts";
import { startAll, stopAll } from "./redis-group.ts";
import { parseInfo } from "./redis-info.ts";
import { retryUntil } from "./retry-until.ts";
import type { RedisCluster, RedisClusterOptions, RedisServer, RedisServerOptions } from "./types.ts";

const MIN_MASTERS = 3;
const SLOT_COUNT = 16_384;
const READY_TIMEOUT_MS = 20_000;

/**
 * Starts `masters` cluster-enabled redis-servers (no replicas), joins them with `redis-cli --cluster create`
 * and resolves once every node reports cluster_state:ok, all slots covered and all nodes known.
 */
export async function startRedisCluster(options: RedisClusterOptions = {}): Promise<RedisCluster> {
  assertKnownOptions(options, ["masters", "password", "tls"], "startRedisCluster");
  const { masters = MIN_MASTERS, password, tls = false } = options;
  if (!Number.isInteger(masters) || masters < MIN_MASTERS) {
    throw new TypeError(`startRedisCluster: masters must be an integer >= ${MIN_MASTERS}, got ${masters}`);
  }
  const nodeOptions: RedisServerOptions = {
    tls,
    args: ["--cluster-enabled", "yes", ...(tls ? ["--tls-cluster", "yes"] : [])],
    ...(password !== undefined && { password }),
  };
  const servers = await startAll(masters, nodeOptions, freeClusterPort);
  const stop = () => stopAll(servers);
  try {
    await createCluster(servers);
    const waitingFor = "cluster_state:ok, all slots covered and all nodes known on every node";
    await retryUntil(() => assertClusterReady(servers), { waitingFor, timeoutMs: READY_TIMEOUT_MS });
  } catch (error) {
    await stop();
    throw error;
  }
  const nodes = servers.map(({ host, port }) => ({ host, port }));
  const target = { ...servers[0]?.target, mode: "cluster" as const, nodes };
  return { servers, target, stop, [Symbol.asyncDispose]: stop };
}

async function createCluster(servers: RedisServer[]): Promise<void> {
  const [first] = servers;
  const addresses = servers.map(({ host, port }) => `${host}:${port}`);
  await first?.cli("--cluster", "create", ...addresses, "--cluster-replicas", "0", "--cluster-yes");
}

async function assertClusterReady(servers: RedisServer[]): Promise<void> {
  for (const server of servers) {
    const info = parseInfo(await server.cli("cluster", "info"));
    const ready =
      info.get("cluster_state") === "ok" &&
      info.get("cluster_slots_ok") === String(SLOT_COUNT) &&
      info.get("cluster_known_nodes") === String(servers.length);
    if (!ready) {
      const summary = ["cluster_state", "cluster_slots_ok", "cluster_known_nodes"]
        .map((field) => `${field}:${info.get(field)}`)
        .join(" ");
      throw new Error(`node ${server.port} reports ${summary}`);
    }
  }
}
