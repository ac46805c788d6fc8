// The faults bench's scenarios: each starts fresh Redis, puts both clients under the same steady publish load,
// makes one fault and measures both while it lasts and after it ends. Waits are for conditions (a success after
// the fault, the harness's promotion), each capped; only a fault's own length is a fixed time.
import { setTimeout as sleep } from "node:timers/promises";
import { streamKeys } from "@sluice/streams";
import {
  faultProxy,
  type RedisCluster,
  type RedisServer,
  type RedisTarget,
  startRedisCluster,
  startRedisReplicaSet,
} from "@sluice/testing";
import { type BenchClient, CLIENTS, type ClientName, openClient } from "./faults-clients.ts";
import { type ClientFigures, FaultLoad } from "./faults-load.ts";

export interface FaultOptions {
  /** How long every node stays frozen or gone. */
  seconds: number;
  commandTimeoutMs: number;
  senders: number;
  /** How long the bench waits for a client to publish again after a fault ended before it gives up. */
  capSeconds: number;
}

type Loads = Record<ClientName, FaultLoad>;
type PerClient = ClientFigures & {
  recovered_ms?: number | null;
  pending_at_resume?: number;
  pending_at_give_up?: number;
  /**
   * Calls still pending after the load was told to stop and the bench waited the command timeout + STOP_SLACK_MS for
   * them: a call with a deadline has settled by then, so these have none.
   */
  gave_up_pending?: number;
};
export type ScenarioFigures = Record<string, number | PerClient>;

/**
 * What a fault reports: its measuring window, the moment recovery is timed from, the figure counting the calls
 * pending when the window ends (where that end is the fault's, not a moment chosen by a recovery), its own figures.
 */
interface Measured {
  from: number;
  to: number;
  recoveryFrom?: number;
  pendingFigure?: "pending_at_resume" | "pending_at_give_up";
  extra: Record<string, number>;
}

const WARM_UP_CALLS = 20;
const STOP_SLACK_MS = 1000;

/** Polls `condition` every 20 ms; false if it did not hold within `capMs`. */
async function until(condition: () => boolean, capMs: number): Promise<boolean> {
  const deadline = performance.now() + capMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** Waits until every client published after `since`, at most the cap; the recovery figures say who did not. */
async function bothRecovered(loads: Loads, since: number, options: FaultOptions): Promise<number> {
  await until(
    () => CLIENTS.every((name) => loads[name].successesSince(since) > 0),
    options.capSeconds * 1000,
  );
  return performance.now();
}

/** The largest rise of this process's RSS over its value at the start, MB, sampled every 250 ms until stop(). */
function watchRss(): { stop(): number } {
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 250);
  return {
    stop() {
      clearInterval(timer);
      return Math.round((Math.max(peak, process.memoryUsage.rss()) - start) / 1e5) / 10;
    },
  };
}

/** Both clients publishing to `stream` on `target` while `fault` runs; each client's figures in its window. */
async function underLoad(
  target: RedisTarget,
  stream: string,
  options: FaultOptions,
  fault: (loads: Loads) => Promise<Measured>,
): Promise<ScenarioFigures> {
  const clients = Object.fromEntries(
    CLIENTS.map((name) => [name, openClient(name, target, stream, options.commandTimeoutMs)]),
  ) as Record<ClientName, BenchClient>;
  const loads = Object.fromEntries(
    CLIENTS.map((name) => [name, new FaultLoad(clients[name].send, options.senders)]),
  ) as Loads;
  try {
    const warm = performance.now();
    const warmed = await until(
      () => CLIENTS.every((n) => loads[n].successesSince(warm) >= WARM_UP_CALLS),
      30_000,
    );
    if (!warmed) throw new Error(`the clients did not publish ${WARM_UP_CALLS} entries each within 30 s`);
    const { from, to, recoveryFrom, pendingFigure, extra } = await fault(loads);
    const end = performance.now();
    const figures: Record<string, unknown> = { ...extra };
    for (const name of CLIENTS) {
      const load = loads[name];
      const ended = await load.stop(options.commandTimeoutMs + STOP_SLACK_MS);
      figures[name] = {
        ...load.figures(from, to),
        ...(pendingFigure !== undefined && { [pendingFigure]: load.pendingAt(to) }),
        ...(recoveryFrom !== undefined && { recovered_ms: load.recoveredMs(recoveryFrom, end) }),
        ...(!ended && { gave_up_pending: load.pendingAt(performance.now()) }),
      };
    }
    return figures as ScenarioFigures;
  } finally {
    for (const name of CLIENTS) clients[name].disconnect();
  }
}

/** A stream whose key `master` serves: asked directly, another shard's key is answered MOVED. */
async function streamOnShard(master: RedisServer, scenario: string): Promise<string> {
  for (let n = 0; ; n += 1) {
    const stream = `bench-${scenario}-${n}`;
    const moved = await master.cli("exists", streamKeys(stream).stream).then(
      () => false,
      (error: Error) => (error.message.includes("MOVED") ? true : Promise.reject(error)),
    );
    if (!moved) return stream;
  }
}

/** A fresh 3+3 cluster with the load on the first master's shard, and a fault of that master. */
async function shardFault(
  options: FaultOptions,
  name: string,
  fault: (cluster: RedisCluster, master: RedisServer, loads: Loads) => Promise<Measured>,
): Promise<ScenarioFigures> {
  await using cluster = await startRedisCluster({ replicasPerMaster: 1 });
  const [master] = cluster.masters() as [RedisServer];
  const stream = await streamOnShard(master, name);
  return await underLoad(cluster.target, stream, options, (loads) => fault(cluster, master, loads));
}

/** A graceful CLUSTER FAILOVER of the shard the load writes to. */
export function gracefulFailover(options: FaultOptions): Promise<ScenarioFigures> {
  return shardFault(options, "graceful", async (cluster, master, loads) => {
    const from = performance.now();
    await cluster.failover(master, "graceful");
    const done = performance.now();
    return {
      from,
      to: await bothRecovered(loads, done, options),
      extra: { failover_ms: Math.round(done - from) },
    };
  });
}

/** kill -9 of the load's master, until the cluster promotes its replica. */
export function killedMaster(options: FaultOptions): Promise<ScenarioFigures> {
  return shardFault(options, "killed", async (cluster, master, loads) => {
    const from = performance.now();
    await master.kill();
    await cluster.waitForPromotion(master);
    const promoted = performance.now();
    const to = await bothRecovered(loads, promoted, options);
    return { from, to, recoveryFrom: promoted, extra: { promotion_ms: Math.round(promoted - from) } };
  });
}

/** Every node SIGSTOPped for `seconds`: figures up to SIGCONT, recovery timed from it. */
export async function everyNodeFrozen(options: FaultOptions): Promise<ScenarioFigures> {
  await using cluster = await startRedisCluster({ replicasPerMaster: 1 });
  return await underLoad(cluster.target, "bench-frozen", options, async (loads) => {
    const rss = watchRss();
    const from = performance.now();
    await Promise.all(cluster.servers.map((server) => server.pause()));
    await sleep(options.seconds * 1000);
    const to = performance.now();
    const rssGrowthMb = rss.stop();
    await Promise.all(cluster.servers.map((server) => server.resume()));
    await bothRecovered(loads, to, options);
    return {
      from,
      to,
      recoveryFrom: to,
      pendingFigure: "pending_at_resume",
      extra: { frozen_ms: Math.round(to - from), rss_growth_mb: rssGrowthMb },
    };
  });
}

/** Every node SIGKILLed; after `seconds` the bench gives up on calls still pending. */
export async function everyNodeKilled(options: FaultOptions): Promise<ScenarioFigures> {
  await using cluster = await startRedisCluster({ replicasPerMaster: 1 });
  return await underLoad(cluster.target, "bench-killed", options, async () => {
    const rss = watchRss();
    const from = performance.now();
    await Promise.all(cluster.servers.map((server) => server.kill()));
    await sleep(options.seconds * 1000);
    const to = performance.now();
    return { from, to, pendingFigure: "pending_at_give_up", extra: { rss_growth_mb: rss.stop() } };
  });
}

/** How long a standalone endpoint keeps naming the demoted primary before it flips to the promoted replica. */
const DEMOTED_MS = 3000;

/** A standalone primary demoted (FAILOVER) behind a proxy, which is then re-pointed to the promoted replica. */
export async function standaloneDemotion(options: FaultOptions): Promise<ScenarioFigures> {
  await using set = await startRedisReplicaSet({ replicas: 1 });
  const [primary, replica] = set.servers as [RedisServer, RedisServer];
  await using proxy = await faultProxy(primary);
  return await underLoad({ ...set.target, ...proxy.target }, "bench-demoted", options, async (loads) => {
    const from = performance.now();
    await set.failover({ to: replica });
    await sleep(DEMOTED_MS);
    proxy.repoint(replica);
    const flipped = performance.now();
    const to = await bothRecovered(loads, flipped, options);
    return { from, to, recoveryFrom: flipped, extra: { demoted_before_flip_ms: Math.round(flipped - from) } };
  });
}
