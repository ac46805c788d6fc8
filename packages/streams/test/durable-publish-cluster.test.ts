// Durable and idempotent publish in cluster mode: WAIT has no key, so it must run on the connection of the master
// that owns the stream's slot (it does: it rides in the writes' pipeline). Each shard's replica has every entry
// confirmed on that shard when the confirmation arrives, and a frozen replica holds back its own shard only.
import { createRedisClient, Producer, type RedisClient, streamKeys } from "@sluice/streams";
import { startRedisCluster } from "@sluice/testing";
import { uniqueStream } from "@sluice/testing/clients";
import { expect, it } from "vitest";

it("durable publish is confirmed only once the replica of the stream's shard has it, on every shard", async () => {
  await using cluster = await startRedisCluster({ replicasPerMaster: 1 });
  const client = createRedisClient(cluster.target);
  const replicas = cluster.masters().map((master) => cluster.replicaOf(master));
  const readers: RedisClient[] = replicas.map((replica) => createRedisClient(replica.target));
  try {
    await Promise.all(readers.map((reader) => reader.call("READONLY")));
    const producer = new Producer(client, { durable: { timeoutMs: 1000 } });
    /** Which replicas hold the entry now: a replica answers MOVED for a key of another shard. */
    const holders = async (stream: string, id: string) => {
      const found = await Promise.all(
        readers.map((reader) =>
          reader.xrange(streamKeys(stream).stream, id, id).then(
            (entries) => entries.length === 1,
            () => false,
          ),
        ),
      );
      return found.flatMap((held, shard) => (held ? [shard] : []));
    };
    const streamOfShard = new Map<number, string>();
    for (let n = 0; n < 60 && (streamOfShard.size < replicas.length || n < 12); n += 1) {
      const stream = uniqueStream();
      const [written] = await producer.sendBatch(stream, [{ type: "t", data: "{}", idempotencyKey: "k" }]);
      const { id } = written as { id: string };
      const held = await holders(stream, id);
      expect(held).toHaveLength(1);
      streamOfShard.set(held[0] as number, stream);
      const [replay] = await producer.sendBatch(stream, [{ type: "t", data: "{}", idempotencyKey: "k" }]);
      expect(replay).toEqual({ id, replayed: true });
      const plain = await producer.send(stream, { type: "t", data: "{}" });
      expect(await holders(stream, plain)).toEqual(held);
    }
    expect(streamOfShard.size).toBe(replicas.length);

    // One shard's replica frozen: only that shard's durable publishes go unconfirmed.
    const frozen = replicas[0] as (typeof replicas)[0];
    await frozen.pause();
    try {
      const results = await Promise.all(
        [...streamOfShard].map(([shard, stream]) =>
          producer.sendBatch(stream, [{ type: "t", data: "{}" }]).then(([result]) => ({ shard, result })),
        ),
      );
      for (const { shard, result } of results) {
        expect(result).toEqual(
          shard === 0
            ? { error: expect.objectContaining({ code: "streams.not_replicated" }) }
            : { id: expect.any(String) },
        );
      }
    } finally {
      await frozen.resume();
    }
  } finally {
    client.disconnect();
    for (const reader of readers) reader.disconnect();
  }
});

it("durable publishes right after a graceful failover (the client's slot map still names the demoted master) are confirmed on the new one", async () => {
  await using cluster = await startRedisCluster({ replicasPerMaster: 1 });
  const client = createRedisClient(cluster.target);
  try {
    const producer = new Producer(client, { durable: { timeoutMs: 1000 } });
    const streams = Array.from({ length: 12 }, () => uniqueStream());
    // Loads the slot map and the script on every master.
    for (const stream of streams) await producer.send(stream, { type: "t", data: "{}", idempotencyKey: "a" });
    for (const master of cluster.masters()) await cluster.failover(master, "graceful");
    const results = await Promise.all(
      streams.map((stream) =>
        producer.sendBatch(stream, [
          { type: "t", data: "{}", idempotencyKey: "b" },
          { type: "t", data: "{}" },
        ]),
      ),
    );
    for (const result of results.flat()) expect(result).toEqual({ id: expect.any(String) });
  } finally {
    client.disconnect();
  }
});
