// Retention's caps and its timer: age caps, what they may drop, and the consumer host's periodic trim.
import { applyRetention, startConsumerHost, streamKeys } from "@sluice/streams";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { numberedEntries, useRedisWithProducer } from "./redis-with-producer.ts";

const server = useRedisWithProducer();

it("age caps trim only consumed entries unless told to drop, and report how far over the cap it is", async () => {
  const stream = uniqueStream();
  const keys = streamKeys(stream);
  const now = Date.now();
  for (let n = 0; n < 6; n += 1)
    await server.client.xadd(keys.stream, `${now - 60_000 + n}-0`, "t", "t", "d", "{}");
  await server.client.xadd(keys.stream, "*", "t", "t", "d", "{}");
  await server.client.xgroup("CREATE", keys.stream, "g", "0");
  await server.client.xreadgroup("GROUP", "g", "c", "COUNT", 3, "STREAMS", keys.stream, ">");
  await server.client.xack(
    keys.stream,
    "g",
    `${now - 60_000}-0`,
    `${now - 60_000 + 1}-0`,
    `${now - 60_000 + 2}-0`,
  );
  const kept = await applyRetention(server.client, stream, { maxAgeMs: 30_000 });
  expect(kept).toMatchObject({ trimmed: 3, dropped: 0 });
  expect(kept.overAgeMs).toBeGreaterThan(25_000);
  const dropped = await applyRetention(server.client, stream, { maxAgeMs: 30_000, onUnconsumed: "drop" });
  expect(dropped).toMatchObject({ trimmed: 0, dropped: 3, overAgeMs: 0 });
  expect(await server.client.xlen(keys.stream)).toBe(1);
  await expect(applyRetention(server.client, stream, { maxLength: -1 })).rejects.toMatchObject({
    code: "streams.invalid_option",
  });
});

it("a consumer host trims what its group acknowledged on a timer and reports the trim figures", async () => {
  const stream = uniqueStream();
  await server.producer.sendBatch(stream, numberedEntries(50));
  const lines: string[] = [];
  const host = await startConsumerHost({
    redis: server.redis.target,
    consumer: "host",
    consumers: [{ stream, group: "g", handler: () => {}, settings: { blockMs: 100 } }],
    retention: { intervalMs: 100 },
    write: (line) => lines.push(line),
  });
  try {
    const trims = () => lines.map((l) => JSON.parse(l)).filter((l) => "EntriesTrimmed" in l);
    const trimmed = () => trims().reduce((sum, l) => sum + l.EntriesTrimmed, 0);
    // The figures line follows the trim: wait for it, not for the stream to be empty (which Redis shows first).
    await waitFor(() => trimmed() >= 50, { what: "the trim's figures" });
    expect(trimmed()).toBe(50);
    expect(await server.client.xlen(streamKeys(stream).stream)).toBe(0);
    expect(trims()[0]).toMatchObject({ Stream: stream, EntriesDroppedUnconsumed: 0, EntriesOverCap: 0 });
  } finally {
    await host.stop();
  }
});
