// A standalone primary with replicas, each its own redis-server, and the faults of a Multi-AZ replication group:
// a FAILOVER, a promotion after the primary is killed, a demotion with REPLICAOF.
import { freePort } from "./free-port.ts";
import { reachable, replicationArgs, startAll, stopAll } from "./redis-group.ts";
import { assertPrimary, assertReplicating } from "./redis-info.ts";
import { validateServerOptions } from "./redis-server-args.ts";
import { retryUntil } from "./retry-until.ts";
import type { RedisReplicaSet, RedisReplicaSetOptions, RedisServer } from "./types.ts";

const READY_TIMEOUT_MS = 30_000;
/** How long FAILOVER ... FORCE waits for the target to catch up before it switches anyway. */
const FORCE_TIMEOUT_MS = 2_000;

/**
 * Starts 1 + `replicas` redis-servers; the first is the primary, the others replicate from it (REPLICAOF, so a
 * restarted node comes back as an empty primary, until demote()). Resolves once every link is up.
 */
export async function startRedisReplicaSet(options: RedisReplicaSetOptions = {}): Promise<RedisReplicaSet> {
  const { replicas = 1, ...serverOptions } = options;
  validateServerOptions(serverOptions, "startRedisReplicaSet");
  if (!Number.isInteger(replicas) || replicas < 1) {
    throw new TypeError(`startRedisReplicaSet: replicas must be an integer >= 1, got ${replicas}`);
  }
  const args = [...replicationArgs(serverOptions), ...(serverOptions.args ?? [])];
  const servers = await startAll(1 + replicas, { ...serverOptions, args }, freePort);
  const [first] = servers as [RedisServer, ...RedisServer[]];
  let primary = first;
  const stop = () => stopAll(servers);

  /** REPLICAOF `to` on each of `followers`, then waits until `to` is a primary and every link is up. */
  async function follow(to: RedisServer, followers: RedisServer[]): Promise<void> {
    await Promise.all(followers.map((server) => server.cli("replicaof", to.host, String(to.port))));
    await waitForTopology(to, followers);
    primary = to;
  }

  try {
    await follow(first, servers.slice(1));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    servers,
    target: first.target,
    primary: () => primary,
    async failover({ to, force = false } = {}) {
      const old = primary;
      const next = to ?? reachable(servers).find((server) => server !== old);
      if (!next || next === old) throw new Error("failover: no replica to fail over to");
      const forced = force ? ["timeout", String(FORCE_TIMEOUT_MS), "force"] : [];
      await old.cli("failover", "to", next.host, String(next.port), ...forced);
      await waitForTopology(next, [old]);
      await follow(
        next,
        reachable(servers).filter((server) => server !== next && server !== old),
      );
    },
    async promote(server) {
      await server.cli("replicaof", "no", "one");
      await follow(
        server,
        reachable(servers).filter((other) => other !== server),
      );
    },
    async demote(server, to) {
      await server.cli("replicaof", to.host, String(to.port));
      await waitForTopology(to, [server]);
      if (primary === server) primary = to;
    },
    stop,
    [Symbol.asyncDispose]: stop,
  };
}

async function waitForTopology(primary: RedisServer, replicas: RedisServer[]): Promise<void> {
  const waitingFor = `${primary.port} as primary with ${replicas.map((r) => r.port).join(", ")} linked to it`;
  await retryUntil(
    async () => {
      await assertPrimary(primary);
      for (const replica of replicas) await assertReplicating(replica, primary);
    },
    { waitingFor, timeoutMs: READY_TIMEOUT_MS },
  );
}
