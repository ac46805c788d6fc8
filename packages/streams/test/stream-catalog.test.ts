// listStreams and describeStream on a 3-master cluster: streams spread over every master are all found.
import { describeStream, listStreams, Producer, type RedisClient, streamKeys } from "@sluice/streams";
import { useRedisCluster } from "@sluice/testing/clients";
import { expect, it } from "vitest";

const redis = useRedisCluster();

it("lists the streams of every master with lengths, and describes one or answers not found", async () => {
  const { client } = redis;
  const names = Array.from({ length: 30 }, (_, n) => `catalog-${n}`);
  const producer = new Producer(client);
  for (const name of names) await producer.send(name, { type: "t", data: "{}" });
  await client.xadd(streamKeys("only-dead").dlq, "*", "t", "t", "d", "{}");
  const masters = (client as unknown as { nodes(role: string): RedisClient[] }).nodes("master");
  const perMaster = await Promise.all(masters.map((node) => node.dbsize()));
  expect(perMaster.filter((keys) => keys > 0).length).toBe(3);

  const { streams, truncated } = await listStreams(client);
  expect(truncated).toBe(false);
  expect(streams).toHaveLength(31);
  expect(streams.find((s) => s.name === "catalog-7")).toEqual({ name: "catalog-7", length: 1, dlqLength: 0 });
  expect(streams.find((s) => s.name === "only-dead")).toEqual({ name: "only-dead", length: 0, dlqLength: 1 });
  expect((await listStreams(client, { limit: 5 })).truncated).toBe(true);

  expect(await describeStream(client, "catalog-3")).toMatchObject({
    name: "catalog-3",
    length: 1,
    dlqLength: 0,
  });
  await expect(describeStream(client, "missing")).rejects.toMatchObject({
    code: "streams.not_found",
    kind: "not_found",
  });
});
