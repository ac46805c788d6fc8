// The chaos run's Redis and the failover manager ElastiCache would be: a primary and one replica
// (startRedisReplicaSet) behind a faultProxy that plays the replication group's primary endpoint, and the moves
// ElastiCache makes on a fault — promote the replica after the primary dies and restart the old node as a replica
// of the new primary; FAILOVER on maintenance; flip the endpoint (the proxy) to the new primary. Each fault resolves
// once the fault itself is over; `healthy()` then waits for the replica to be linked and in sync again, so that the
// next fault starts from the topology a Multi-AZ group returns to.
import { setTimeout as sleep } from "node:timers/promises";
import {
  type FaultProxy,
  faultProxy,
  type RedisServer,
  replicationInfo,
  retryUntil,
  startRedisReplicaSet,
} from "@sluice/testing";

/** How long ElastiCache's endpoint stays on a demoted primary before its DNS flips, here. */
export const DEMOTED_BEFORE_FLIP_MS = 1500;
/** How long the topology may take to return to a primary with a linked, caught-up replica. */
const HEALTHY_TIMEOUT_MS = 60_000;

export interface Topology extends AsyncDisposable {
  /** redis://127.0.0.1:<proxy port>: what every process and the tool connect to. */
  readonly url: string;
  readonly proxy: FaultProxy;
  primary(): RedisServer;
  replica(): RedisServer;
  /** kill -9 of the primary; the manager promotes the replica, flips the endpoint, restarts the old node as its replica. Resolves with the promotion's time (performance.now()). */
  killPrimary(): Promise<{ promotedAt: number }>;
  /** FAILOVER to the replica, then the endpoint flips at once. */
  gracefulFailover(): Promise<void>;
  /** FAILOVER to the replica with the endpoint left on the demoted primary (READONLY) for a while, then the flip. */
  demotion(): Promise<void>;
  /** SIGSTOP of the primary for `ms`, then SIGCONT. */
  partition(ms: number): Promise<void>;
  /** Added latency on the endpoint in both directions for `ms`. */
  latency(addedMs: number, ms: number): Promise<void>;
  /** Resolves once the primary answers, the replica is linked to it and has its whole replication stream. */
  healthy(signal?: AbortSignal): Promise<void>;
  stop(): Promise<void>;
}

export async function startTopology(): Promise<Topology> {
  const set = await startRedisReplicaSet({ replicas: 1, maxmemoryPolicy: "noeviction" });
  const proxy = await faultProxy(set.primary()).catch(async (error: unknown) => {
    await set.stop();
    throw error;
  });
  const replica = () => set.servers.find((server) => server !== set.primary()) as RedisServer;
  const flip = () => proxy.repoint(set.primary());
  const stop = async () => {
    await proxy.close();
    await set.stop();
  };
  return {
    url: `redis://${proxy.host}:${proxy.port}`,
    proxy,
    primary: () => set.primary(),
    replica,
    async killPrimary() {
      const dead = set.primary();
      const next = replica();
      // kill() resolves once the process is gone: the manager acts at once (ElastiCache detects in its own time).
      await dead.kill();
      await set.promote(next);
      flip();
      const promotedAt = performance.now();
      // Back empty (no persistence, as an ElastiCache node replaced after a failure): a full sync from the new primary.
      await dead.restart();
      await set.demote(dead, next);
      return { promotedAt };
    },
    async gracefulFailover() {
      await set.failover({ to: replica() });
      flip();
    },
    async demotion() {
      await set.failover({ to: replica() });
      await sleep(DEMOTED_BEFORE_FLIP_MS);
      flip();
    },
    async partition(ms) {
      const frozen = set.primary();
      await frozen.pause();
      try {
        await sleep(ms);
      } finally {
        await frozen.resume();
      }
    },
    async latency(addedMs, ms) {
      proxy.latency(addedMs);
      try {
        await sleep(ms);
      } finally {
        proxy.latency(0);
      }
    },
    async healthy(signal) {
      const primary = set.primary();
      const follower = replica();
      await retryUntil(
        async () => {
          // The primary first: a replica at or past the offset the primary had a moment before is caught up.
          const own = await replicationInfo(primary);
          const theirs = await replicationInfo(follower);
          const linked =
            own.get("role") === "master" &&
            theirs.get("master_port") === String(primary.port) &&
            theirs.get("master_link_status") === "up";
          if (!linked || Number(theirs.get("slave_repl_offset")) < Number(own.get("master_repl_offset"))) {
            throw new Error(`replica ${follower.port} not linked to ${primary.port} and caught up`);
          }
        },
        {
          waitingFor: "a primary with a linked, caught-up replica",
          timeoutMs: HEALTHY_TIMEOUT_MS,
          ...(signal && { signal }),
        },
      );
    },
    stop,
    [Symbol.asyncDispose]: stop,
  };
}
