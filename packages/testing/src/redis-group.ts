// Starts and stops the several redis-servers of a replica set or a cluster together: when one fails to start, the
// others are stopped again.
import { launchRedis } from "./redis-server.ts";
import type { RedisServer, RedisServerOptions } from "./types.ts";

export async function startAll(
  count: number,
  options: RedisServerOptions,
  choosePort: () => Promise<number>,
): Promise<RedisServer[]> {
  const starts = Array.from({ length: count }, () => launchRedis(options, choosePort));
  const results = await Promise.allSettled(starts);
  const servers = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failure = results.find((result) => result.status === "rejected");
  if (failure) {
    await stopAll(servers);
    throw failure.reason;
  }
  return servers;
}

export async function stopAll(servers: RedisServer[]): Promise<void> {
  await Promise.all(servers.map((server) => server.stop()));
}

/** Servers that can answer a command now: running and not paused. */
export function reachable(servers: RedisServer[]): RedisServer[] {
  return servers.filter((server) => server.isRunning() && !server.isPaused());
}

/**
 * redis-server arguments for a node that replicates: it authenticates to its primary with the clients' credentials,
 * and a full sync starts at once (Redis 7 waits 5 s for more replicas to share a diskless sync by default).
 */
export function replicationArgs({ password, user, tls }: RedisServerOptions): string[] {
  return [
    ...["--repl-diskless-sync-delay", "0"],
    ...(user ? ["--masteruser", user.name, "--masterauth", user.password] : []),
    ...(password !== undefined ? ["--masterauth", password] : []),
    ...(tls ? ["--tls-replication", "yes"] : []),
  ];
}
