// @sluice/requests/testing: proxy workers and request clients on a test redis-server, for this package's tests
// and for the tests in test/ that run the proxy's Fargate main against the same kit.
import {
  ListReplyClient,
  type ProxyWorker,
  type ProxyWorkerOptions,
  type RequestClientOptions,
  StreamReplyClient,
  type StreamReplyClientOptions,
  startProxyWorker,
} from "@sluice/requests";
import type { RedisTarget } from "@sluice/testing";
import { type clientPool, useRedisServer } from "@sluice/testing/clients";
import { afterAll } from "vitest";

/** Proxy workers and request clients for a test file, with quick timings; `close()` stops and deletes all. */
function requestKit(target: () => RedisTarget, pool: () => ReturnType<typeof clientPool>) {
  const workers: ProxyWorker[] = [];
  const clients: { close(): Promise<void> }[] = [];
  return {
    async worker(options: Omit<ProxyWorkerOptions, "redis" | "write"> & { lines?: string[] }) {
      const { lines, ...rest } = options;
      const worker = await startProxyWorker({
        blockMs: 100,
        visibilityTimeoutMs: 500,
        shutdownTimeoutMs: 500,
        ...rest,
        redis: target(),
        write: (line) => lines?.push(line),
      });
      workers.push(worker);
      return worker;
    },
    async streamClient(options: Omit<StreamReplyClientOptions, "client" | "reader"> = {}) {
      const client = await StreamReplyClient.open({
        client: pool().client(),
        reader: pool().reader(),
        blockMs: 200,
        onError: () => {},
        ...options,
      });
      clients.push(client);
      return client;
    },
    listClient(options: Omit<RequestClientOptions, "client" | "reader"> = {}) {
      const client = new ListReplyClient({ client: pool().client(), reader: pool().reader(), ...options });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.allSettled(clients.map((c) => c.close()));
      await Promise.allSettled(workers.map((w) => w.stop()));
    },
  };
}

/** A redis-server and a request kit for a test file, closed after its tests. */
export function useRequestKit() {
  const server = useRedisServer();
  const kit = requestKit(
    () => server.redis.target,
    () => server.pool,
  );
  afterAll(() => kit.close());
  return { server, kit };
}
