// The two clients the faults bench puts side by side, publishing the same entry: Sluice's streams client
// (createRedisClient + Producer, its deadlines and reconnects) and what a user would pick instead, a plain ioredis
// client with ioredis's default options doing the same XADD.
import { createRedisClient, Producer, streamKeys } from "@sluice/streams";
import type { RedisTarget } from "@sluice/testing";
import { Cluster, Redis } from "ioredis";

export const CLIENTS = ["sluice", "ioredis"] as const;
export type ClientName = (typeof CLIENTS)[number];

export interface BenchClient {
  send(): Promise<unknown>;
  /** Closes its connections; calls still pending stay so (plain ioredis) or fail. */
  disconnect(): void;
}

/** The entry Producer.send writes for `{ type: "t", data: '{"n":1}' }` (JSON content type is left out). */
const FIELDS = ["t", "t", "d", '{"n":1}'];

export function openClient(
  name: ClientName,
  target: RedisTarget,
  stream: string,
  commandTimeoutMs: number,
): BenchClient {
  // Faults are on purpose: connection errors surface through calls, not as console noise.
  if (name === "sluice") {
    const client = createRedisClient({ ...target, commandTimeoutMs }).on("error", () => {});
    const producer = new Producer(client);
    return {
      send: () => producer.send(stream, { type: "t", data: '{"n":1}' }),
      disconnect: () => client.disconnect(),
    };
  }
  const [first] = target.nodes;
  const client =
    target.mode === "cluster"
      ? new Cluster(target.nodes)
      : new Redis({ host: first?.host, port: first?.port });
  client.on("error", () => {});
  const key = streamKeys(stream).stream;
  return { send: () => client.xadd(key, "*", ...FIELDS), disconnect: () => client.disconnect() };
}
