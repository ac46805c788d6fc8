// What a runner dead-letters: an entry delivered too often, counted exactly, and never one another consumer holds.
import { deadLetter, streamKeys } from "@sluice/streams";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { numberedEntries, useRedisWithProducer } from "./redis-with-producer.ts";

const server = useRedisWithProducer();

it("reads exact delivery counts of reclaimed entries, however many of its own entries lie between them", async () => {
  const stream = uniqueStream();
  const key = streamKeys(stream).stream;
  const { client } = server;
  const ids = (await server.producer.sendBatch(stream, numberedEntries(300))).map((r) =>
    "id" in r ? r.id : "",
  );
  const [first, last] = [ids[0] as string, ids[299] as string];
  await client.xgroup("CREATE", key, "g", "0");
  await client.xreadgroup("GROUP", "g", "dead", "COUNT", 1, "STREAMS", key, ">");
  await client.xreadgroup("GROUP", "g", "c", "COUNT", 298, "STREAMS", key, ">");
  await client.xreadgroup("GROUP", "g", "dead", "COUNT", 1, "STREAMS", key, ">");
  // The dead consumer's two entries were delivered 10 times; this consumer's own 298 are fresh.
  await client.call("XCLAIM", key, "g", "dead", 0, first, last, "IDLE", 100_000, "RETRYCOUNT", 10, "JUSTID");
  const handled = new Set<string>();
  await server.pool
    .runner({
      stream,
      group: "g",
      consumer: "c",
      maxDeliveries: 5,
      visibilityTimeoutMs: 60_000,
      handler: (batch) => {
        for (const e of batch) handled.add(e.id);
      },
    })
    .start();
  await waitFor(async () => (await client.xlen(streamKeys(stream).dlq)) === 2, {
    what: "both dead-lettered",
  });
  expect(handled.has(first) || handled.has(last)).toBe(false);
});

it("does not dead-letter an entry another consumer has reclaimed", async () => {
  const stream = uniqueStream();
  const keys = streamKeys(stream);
  const id = await server.producer.send(stream, { type: "t", data: "{}" });
  await server.client.xgroup("CREATE", keys.stream, "g", "0");
  await server.client.xreadgroup("GROUP", "g", "stale", "STREAMS", keys.stream, ">");
  await server.client.call("XCLAIM", keys.stream, "g", "live", 0, id, "JUSTID");
  const request = { keys, group: "g", consumer: "stale", id, reason: "late verdict" };
  expect(await deadLetter(server.client, request)).toBeUndefined();
  expect(await server.client.xlen(keys.dlq)).toBe(0);
});
