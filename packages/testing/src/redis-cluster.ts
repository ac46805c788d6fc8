// A Redis Cluster of cluster-enabled redis-servers, with or without a replica per master, and its failovers:
// CLUSTER FAILOVER (graceful, FORCE, TAKEOVER) and the automatic promotion after a master is killed.
import { assertKnownOptions } from "./assert-known-options.ts";
import { assertClusterAgrees, type Shard } from "./cluster-agreement.ts";
import { freeClusterPort } from "./free-port.ts";
import { replicationArgs, startAll, stopAll } from "./redis-group.ts";
import { retryUntil } from "./retry-until.ts";
import type { RedisCluster, RedisClusterOptions, RedisServer, RedisServerOptions } from "./types.ts";

type PairedShard = Shard & { replica: RedisServer };

const MIN_MASTERS = 3;
const READY_TIMEOUT_MS = 60_000;
/** With replicas: a killed master is failed and its replica promoted within a few seconds. */
const REPLICA_NODE_TIMEOUT_MS = 2_000;
const OPTION_NAMES = ["masters", "replicasPerMaster", "nodeTimeoutMs", "password", "tls"];

/**
 * Starts `masters` cluster-enabled redis-servers joined with `redis-cli --cluster create`, then, with
 * replicasPerMaster 1, one more node per master that meets the cluster and CLUSTER REPLICATEs it (servers[i +
 * masters] replicates servers[i]). Resolves once every node agrees (see assertClusterAgrees).
 */
export async function startRedisCluster(options: RedisClusterOptions = {}): Promise<RedisCluster> {
  assertKnownOptions(options, OPTION_NAMES, "startRedisCluster");
  const { masters = MIN_MASTERS, replicasPerMaster = 0, password, tls = false } = options;
  const { nodeTimeoutMs = replicasPerMaster === 1 ? REPLICA_NODE_TIMEOUT_MS : undefined } = options;
  if (!Number.isInteger(masters) || masters < MIN_MASTERS) {
    throw new TypeError(`startRedisCluster: masters must be an integer >= ${MIN_MASTERS}, got ${masters}`);
  }
  if (replicasPerMaster !== 0 && replicasPerMaster !== 1) {
    throw new TypeError(`startRedisCluster: replicasPerMaster must be 0 or 1, got ${replicasPerMaster}`);
  }
  if (nodeTimeoutMs !== undefined && !(Number.isInteger(nodeTimeoutMs) && nodeTimeoutMs > 0)) {
    throw new TypeError(`startRedisCluster: nodeTimeoutMs must be a positive integer, got ${nodeTimeoutMs}`);
  }
  const serverOptions: RedisServerOptions = { tls, ...(password !== undefined && { password }) };
  const args = [
    ...["--cluster-enabled", "yes", ...(tls ? ["--tls-cluster", "yes"] : [])],
    ...(nodeTimeoutMs === undefined ? [] : ["--cluster-node-timeout", String(nodeTimeoutMs)]),
    // A replica whose link was down for long (a paused test) still takes over its failed master.
    ...["--cluster-replica-validity-factor", "0"],
    ...replicationArgs(serverOptions),
  ];
  const servers = await startAll(
    masters * (1 + replicasPerMaster),
    { ...serverOptions, args },
    freeClusterPort,
  );
  const shards: Shard[] = servers
    .slice(0, masters)
    .map((master, i) => ({ master, replica: servers[masters + i] }));
  const stop = () => stopAll(servers);
  const waitForAgreement = () =>
    retryUntil(() => assertClusterAgrees(servers, shards), {
      waitingFor: "every node to agree on the masters with cluster_state:ok and every replica linked",
      timeoutMs: READY_TIMEOUT_MS,
    });
  try {
    await createCluster(shards);
    await waitForAgreement();
  } catch (error) {
    await stop();
    throw error;
  }

  const shardOf = (master: RedisServer): PairedShard => {
    const shard = shards.find((candidate) => candidate.master === master);
    if (!shard?.replica)
      throw new Error(`node ${master.port} is not a master with a replica in this cluster`);
    return shard as PairedShard;
  };
  /** Records that the replica is the master now, and the old master its replica (once it runs again). */
  const swap = (shard: PairedShard) => {
    [shard.master, shard.replica] = [shard.replica, shard.master];
  };
  const nodes = servers.map(({ host, port }) => ({ host, port }));
  return {
    servers,
    target: { ...servers[0]?.target, mode: "cluster", nodes },
    masters: () => shards.map(({ master }) => master),
    replicaOf: (master) => shardOf(master).replica,
    async failover(master, mode) {
      const shard = shardOf(master);
      if (!["graceful", "force", "takeover"].includes(mode)) {
        throw new TypeError(`failover: mode must be "graceful", "force" or "takeover", got ${mode}`);
      }
      await promote(shard.replica, mode);
      swap(shard);
      await waitForAgreement();
    },
    async waitForPromotion(killedMaster) {
      swap(shardOf(killedMaster));
      await waitForAgreement();
    },
    waitForAgreement,
    stop,
    [Symbol.asyncDispose]: stop,
  };
}

const FAILOVER_ATTEMPTS = 3;
const PROMOTION_TIMEOUT_MS = 10_000;

/**
 * CLUSTER FAILOVER only starts a failover; a graceful (or FORCE) one gives up by itself when it does not complete in
 * time (the replica catching up, the votes: slow on a loaded machine), and the replica stays a replica. So the
 * command is given again until the replica reports itself master.
 */
async function promote(replica: RedisServer, mode: "graceful" | "force" | "takeover"): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await replica.cli("cluster", "failover", ...(mode === "graceful" ? [] : [mode]));
    try {
      await retryUntil(
        async () => {
          const [role] = (await replica.cli("role")).split("\n");
          if (role !== "master") throw new Error(`its role is ${role}`);
        },
        { waitingFor: `node ${replica.port} to become master`, timeoutMs: PROMOTION_TIMEOUT_MS },
      );
      return;
    } catch (error) {
      if (attempt === FAILOVER_ATTEMPTS) throw error;
    }
  }
}

/** Joins the masters with redis-cli, then makes each replica meet the cluster and replicate its master. */
async function createCluster(shards: Shard[]): Promise<void> {
  const [first] = shards;
  const addresses = shards.map(({ master }) => `${master.host}:${master.port}`);
  await first?.master.cli("--cluster", "create", ...addresses, "--cluster-replicas", "0", "--cluster-yes");
  await Promise.all(
    shards.map(async ({ master, replica }) => {
      if (!replica) return;
      const masterId = await master.cli("cluster", "myid");
      await replica.cli("cluster", "meet", master.host, String(master.port));
      // CLUSTER REPLICATE fails with "Unknown node" until the handshake with the master is done.
      await retryUntil(() => replica.cli("cluster", "replicate", masterId), {
        waitingFor: `node ${replica.port} to know master ${master.port}`,
        timeoutMs: READY_TIMEOUT_MS,
      });
    }),
  );
}
