// Which connections of a redis-server are blocked in XREADGROUP: to act on a runner's read (unblock it) or to know
// that it is waiting on a given node.
import type { RedisServer } from "@sluice/testing";

/** The CLIENT LIST ids of the connections blocked in XREADGROUP on `server`. */
export async function blockedReaders(server: RedisServer): Promise<string[]> {
  const list = await server.cli("client", "list");
  return list
    .split("\n")
    .filter((line) => / flags=b /.test(line) && /cmd=xreadgroup/.test(line))
    .map((line) => /^id=(\d+)/.exec(line)?.[1] ?? "");
}
