import { Cluster, type Redis } from "ioredis";
import type { RedisClient } from "./connection.ts";
import { typed } from "./errors.ts";

/**
 * The servers that hold the data: each master of a cluster, or the one server. A cluster client learns its masters
 * when it loads the slots, so it is asked one command first: a client that never sent one would list none.
 */
export async function masters(client: RedisClient): Promise<Redis[]> {
  if (!(client instanceof Cluster)) return [client];
  await typed(client.ping());
  return client.nodes("master");
}
