import {
  ConsumerGroupRunner,
  createBlockingClient,
  createRedisClient,
  type RedisClient,
  type RedisConnectionConfig,
  type RunnerOptions,
} from "@sluice/streams";
import { afterAll, beforeAll } from "vitest";
import { startRedisCluster } from "./redis-cluster.ts";
import { startRedisReplicaSet } from "./redis-replica-set.ts";
import { startRedis } from "./redis-server.ts";
import type {
  RedisCluster,
  RedisClusterOptions,
  RedisReplicaSet,
  RedisReplicaSetOptions,
  RedisServer,
  RedisServerOptions,
} from "./types.ts";

/** Opens clients on a target and closes every one of them in `close()`. */
export function clientPool(config: RedisConnectionConfig) {
  const opened: RedisClient[] = [];
  const runners: ConsumerGroupRunner[] = [];
  // Tests kill Redis on purpose: connection errors surface through commands, not as console noise.
  const track = <T extends RedisClient>(client: T): T => {
    opened.push(client);
    client.on("error", () => {});
    return client;
  };
  return {
    client: () => track(createRedisClient({ ...config, commandTimeoutMs: 3000 })),
    reader: () => track(createBlockingClient({ ...config, commandTimeoutMs: 3000 })),
    /** A runner with its own connections, quick timings for tests, errors collected instead of logged. */
    runner(options: Omit<RunnerOptions, "client" | "reader" | "onError"> & { errors?: unknown[] }) {
      const { errors, ...rest } = options;
      const runner = new ConsumerGroupRunner({
        blockMs: 100,
        visibilityTimeoutMs: 500,
        ...rest,
        client: track(createRedisClient(config)),
        reader: track(createBlockingClient(config)),
        onError: (error) => errors?.push(error),
      });
      runners.push(runner);
      return runner;
    },
    async close() {
      await Promise.allSettled(runners.map((r) => r.stop()));
      for (const client of opened) client.disconnect();
    },
  };
}

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  { timeoutMs = 10_000, what = "condition" } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let unique = 0;
/** A stream name no other test in this process uses. */
export function uniqueStream(prefix = "t"): string {
  unique += 1;
  return `${prefix}-${process.pid}-${unique}`;
}

/**
 * One redis-server for a test file, started before its tests and stopped after them, with a client pool and a
 * command client. The fields are filled in by beforeAll.
 */
export function useRedisServer(options?: RedisServerOptions) {
  const state = {} as { redis: RedisServer; pool: ReturnType<typeof clientPool>; client: RedisClient };
  beforeAll(async () => {
    state.redis = await startRedis(options);
    state.pool = clientPool(state.redis.target);
    state.client = state.pool.client();
  });
  afterAll(async () => {
    await state.pool?.close();
    await state.redis?.stop();
  });
  return state;
}

/**
 * A primary with replicas (one unless told) for a test file, with a client pool and a command client on the first
 * primary's port; the fields are filled in by beforeAll.
 */
export function useRedisReplicaSet(options?: RedisReplicaSetOptions) {
  const state = {} as { set: RedisReplicaSet; pool: ReturnType<typeof clientPool>; client: RedisClient };
  beforeAll(async () => {
    state.set = await startRedisReplicaSet(options);
    state.pool = clientPool(state.set.target);
    state.client = state.pool.client();
  });
  afterAll(async () => {
    await state.pool?.close();
    await state.set?.stop();
  });
  return state;
}

/** A cluster for a test file (3 masters unless told), with a cluster client; the fields are filled in by beforeAll. */
export function useRedisCluster(options?: RedisClusterOptions) {
  const state = {} as { cluster: RedisCluster; client: RedisClient };
  beforeAll(async () => {
    state.cluster = await startRedisCluster(options);
    state.client = createRedisClient(state.cluster.target);
  });
  afterAll(async () => {
    state.client?.disconnect();
    await state.cluster?.stop();
  });
  return state;
}
