// Idempotent publish on a real redis-server: a retry with the same idempotency key within the window writes nothing
// and returns the first write's id, whatever the concurrency; after the window the key writes again.
import {
  createRedisClient,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  Producer,
  type SendResult,
  streamKeys,
} from "@sluice/streams";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { useRedisWithProducer } from "./redis-with-producer.ts";

const server = useRedisWithProducer();

const entry = (idempotencyKey?: string, data = "{}") => ({ type: "t", data, idempotencyKey });
const ids = (results: SendResult[]) => results.map((r) => ("id" in r ? r.id : r.error.message));

describe("idempotent publish", () => {
  it("a retry with the same key returns the same id, flagged replayed, and writes nothing", async () => {
    const stream = uniqueStream();
    const [first] = await server.producer.sendBatch(stream, [entry("order-1")]);
    const [retry] = await server.producer.sendBatch(stream, [entry("order-1", '{"other":1}')]);
    expect(first).toEqual({ id: expect.any(String) });
    expect(retry).toEqual({ id: (first as { id: string }).id, replayed: true });
    expect(await server.producer.send(stream, entry("order-1"))).toBe((first as { id: string }).id);
    const stored = await server.client.xrange(streamKeys(stream).stream, "-", "+");
    expect(stored).toEqual([[(first as { id: string }).id, ["t", "t", "d", "{}"]]]);
  });

  it("a different key, or none, writes a new entry; the key is not stored in the entry", async () => {
    const stream = uniqueStream();
    const results = await server.producer.sendBatch(stream, [entry("a"), entry("b"), entry(), entry()]);
    expect(new Set(ids(results)).size).toBe(4);
    expect(results.some((r) => "replayed" in r)).toBe(false);
    expect(await server.client.xlen(streamKeys(stream).stream)).toBe(4);
    const keys = await server.client.keys(`${streamKeys(stream).stream}:idem:*`);
    expect(keys.sort()).toEqual([streamKeys(stream).idempotency("a"), streamKeys(stream).idempotency("b")]);
  });

  it("a batch with repeated keys writes the first of each and replays the rest, results in order", async () => {
    const stream = uniqueStream();
    const results = await server.producer.sendBatch(stream, [
      entry("k1"),
      entry("k2"),
      entry("k1"),
      entry(),
      entry("k2"),
    ]);
    const [a, b, c, d, e] = ids(results);
    expect([c, e]).toEqual([a, b]);
    expect(new Set([a, b, d]).size).toBe(3);
    expect(results.map((r) => "replayed" in r)).toEqual([false, false, true, false, true]);
    expect(await server.client.xlen(streamKeys(stream).stream)).toBe(3);
  });

  it("many concurrent sends with one key, over several connections, write one entry and all get its id", async () => {
    const stream = uniqueStream();
    const clients = Array.from({ length: 4 }, () => createRedisClient(server.redis.target));
    try {
      const producers = clients.map((client) => new Producer(client));
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, n) =>
          (producers[n % producers.length] as Producer).sendBatch(stream, [entry("same")]),
        ),
      );
      const flat = results.flat();
      expect(new Set(ids(flat)).size).toBe(1);
      expect(flat.filter((r) => !("replayed" in r))).toHaveLength(1);
      expect(await server.client.xlen(streamKeys(stream).stream)).toBe(1);
    } finally {
      for (const client of clients) client.disconnect();
    }
  });

  it("the key lives for the window (PX), and once it expired the same key writes again", async () => {
    const stream = uniqueStream();
    const producer = new Producer(server.client, { idempotencyWindowMs: 300 });
    const first = await producer.send(stream, entry("late"));
    const ttl = await server.client.pttl(streamKeys(stream).idempotency("late"));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
    await waitFor(async () => !(await server.client.exists(streamKeys(stream).idempotency("late"))), {
      what: "the idempotency key to expire",
    });
    const again = await producer.send(stream, entry("late"));
    expect(again).not.toBe(first);
    expect(await server.client.xlen(streamKeys(stream).stream)).toBe(2);
  });

  it("a stream's window (settingsFor) is its keys' TTL, over the producer's and under a call's", async () => {
    const producer = new Producer(server.client, {
      idempotencyWindowMs: 120_000,
      settingsFor: (stream) => (stream.startsWith("short-") ? { idempotencyWindowMs: 60_000 } : {}),
    });
    const ttl = async (stream: string, key: string, options?: { idempotencyWindowMs: number }) => {
      await producer.send(stream, entry(key), options);
      return server.client.pttl(streamKeys(stream).idempotency(key));
    };
    const short = uniqueStream("short");
    expect(await ttl(short, "a")).toBeGreaterThan(59_000);
    expect(await ttl(short, "b")).toBeLessThanOrEqual(60_000);
    expect(await ttl(short, "c", { idempotencyWindowMs: 30_000 })).toBeLessThanOrEqual(30_000);
    expect(await ttl(uniqueStream("other"), "d")).toBeGreaterThan(119_000);
  });

  it("a call's window (a stream's own) overrides the producer's", async () => {
    const stream = uniqueStream();
    await server.producer.send(stream, entry("own"), { idempotencyWindowMs: 60_000 });
    const ttl = await server.client.pttl(streamKeys(stream).idempotency("own"));
    expect(ttl).toBeGreaterThan(59_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    await expect(server.producer.send(stream, entry("own"), { idempotencyWindowMs: 0 })).rejects.toThrow(
      expect.objectContaining({ code: "streams.invalid_option" }),
    );
  });

  it("the default window is 5 minutes", async () => {
    const stream = uniqueStream();
    await server.producer.send(stream, entry("default"));
    const ttl = await server.client.pttl(streamKeys(stream).idempotency("default"));
    expect(ttl).toBeGreaterThan(299_000);
    expect(ttl).toBeLessThanOrEqual(300_000);
  });

  it("a server that lost its scripts (restart, failover, SCRIPT FLUSH) is sent the script again", async () => {
    const stream = uniqueStream();
    await server.client.script("FLUSH");
    const results = await server.producer.sendBatch(stream, [entry("x"), entry(), entry("x")]);
    const [a, b, c] = ids(results);
    expect(c).toBe(a);
    expect(b).not.toBe(a);
    expect(await server.client.xlen(streamKeys(stream).stream)).toBe(2);
  });

  it("bytes go through the script as bytes", async () => {
    const stream = uniqueStream();
    const data = Buffer.from([0, 255, 1, 254, 0x7b]);
    const id = await server.producer.send(stream, { type: "t", data, idempotencyKey: "bin" });
    const [[, fields]] = (await server.client.xrangeBuffer(streamKeys(stream).stream, id, id)) as [
      [Buffer, Buffer[]],
    ];
    expect(fields[3]).toEqual(data);
  });

  it.each<{ key: unknown; what: string }>([
    { key: "", what: "empty" },
    { key: "has space", what: "a space" },
    { key: "x".repeat(MAX_IDEMPOTENCY_KEY_LENGTH + 1), what: "too long" },
    { key: "ключ", what: "non-ASCII" },
    { key: 42, what: "not a string" },
  ])(
    "invalid key ($what) → streams.invalid_idempotency_key, the rest of the batch is written",
    async ({ key }) => {
      const stream = uniqueStream();
      const results = await server.producer.sendBatch(stream, [
        { type: "t", data: "{}", idempotencyKey: key as string },
        entry("fine"),
      ]);
      expect(results[0]).toEqual({
        error: expect.objectContaining({ kind: "invalid", code: "streams.invalid_idempotency_key" }),
      });
      expect(results[1]).toEqual({ id: expect.any(String) });
      expect(await server.client.xlen(streamKeys(stream).stream)).toBe(1);
    },
  );

  it("the longest key is accepted", async () => {
    const key = `a:b@c/d-e_f.${"x".repeat(MAX_IDEMPOTENCY_KEY_LENGTH - 12)}`;
    expect(key).toHaveLength(MAX_IDEMPOTENCY_KEY_LENGTH);
    await expect(server.producer.send(uniqueStream(), entry(key))).resolves.toEqual(expect.any(String));
  });

  it("a window that is not a positive integer is refused", () => {
    for (const idempotencyWindowMs of [0, -1, 1.5, Number.NaN]) {
      expect(() => new Producer(server.client, { idempotencyWindowMs })).toThrow(
        expect.objectContaining({ code: "streams.invalid_option" }),
      );
    }
  });
});
