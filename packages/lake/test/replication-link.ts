// A primary and a replica that replicates through a fault proxy, for the lake's failover tests: cutting the link
// (`cut`, the proxy's blackhole) leaves the replica with what it had and acknowledging nothing more, and promoting
// it then loses whatever the primary wrote since, as a failover after asynchronous replication fell behind does.
// (A SIGSTOPped replica would not do: the kernel still buffers the primary's stream for it, applied on SIGCONT.)
import { createRedisClient, type RedisClient } from "@sluice/streams";
import { type FaultProxy, faultProxy, type RedisServer, startRedis } from "@sluice/testing";
import { waitFor } from "@sluice/testing/clients";

export interface ReplicationLink {
  primary: RedisServer;
  replica: RedisServer;
  /** A client of the primary (command timeout 3 s). */
  client: RedisClient;
  /** A client of the replica, to read what it has (closed by stop). */
  onReplica: RedisClient;
  /** Stops the replication link: no byte in either direction, no error, no close. */
  cut(): void;
  /**
   * The failover: the replica becomes the primary, the old primary its replica (a full resync: it drops what the
   * replica never had); resolves to a client of the new primary once the link is up.
   */
  promote(): Promise<RedisClient>;
  stop(): Promise<void>;
}

async function linkUp(replica: RedisServer): Promise<boolean> {
  return /master_link_status:up/.test(await replica.cli("info", "replication"));
}

async function follow(replica: RedisServer, upstream: { host: string; port: number }): Promise<void> {
  await replica.cli("replicaof", upstream.host, String(upstream.port));
  await waitFor(() => linkUp(replica), { what: `node ${replica.port} replicating`, timeoutMs: 20_000 });
}

export async function startReplicationLink(): Promise<ReplicationLink> {
  // A full sync at once (the default waits 5 s for more replicas to share it).
  const options = { args: ["--repl-diskless-sync-delay", "0"] };
  const [primary, replica] = await Promise.all([startRedis(options), startRedis(options)]);
  const proxy: FaultProxy = await faultProxy(primary);
  const clients: RedisClient[] = [];
  const open = (server: RedisServer) => {
    const client = createRedisClient({ ...server.target, commandTimeoutMs: 3000 });
    client.on("error", () => {});
    clients.push(client);
    return client;
  };
  await follow(replica, proxy);
  return {
    primary,
    replica,
    client: open(primary),
    onReplica: open(replica),
    cut: () => proxy.blackhole(),
    async promote() {
      await replica.cli("replicaof", "no", "one");
      await follow(primary, replica);
      return open(replica);
    },
    async stop() {
      for (const client of clients) client.disconnect();
      await proxy.close();
      await Promise.all([primary.stop(), replica.stop()]);
    },
  };
}
