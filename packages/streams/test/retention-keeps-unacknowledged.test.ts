// Retention's safety property: it never removes an entry that some group has not acknowledged, unless told to drop.
import { applyRetention, streamKeys } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { numberedEntries, useRedisWithProducer } from "./redis-with-producer.ts";

// Stream nodes of 4 entries (100 by default): retention's steps then remove whole nodes here too, not only the
// exact remainder within the first node.
const server = useRedisWithProducer({ args: ["--stream-node-max-entries", "4"] });

/** mulberry32: a small seeded generator, so a failing interleaving can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Random interleavings of produce, read, ack, consumer crash (entries left pending), reclaim, new groups and
 * trims with random caps. After every trim: in "protect" mode no entry that some group has not acknowledged is
 * gone; in "drop" mode exactly the reported number of such entries is gone.
 */
it.each([1, 2, 3, 4, 5, 6])("retention never removes an unacknowledged entry (seed %i)", async (seed) => {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const stream = `random-${seed}`;
  const key = streamKeys(stream).stream;
  const { producer } = server;
  const groups = new Map<string, { acked: Set<string>; pending: Set<string> }>();
  const all: string[] = [];
  const live = new Set<string>();
  const addGroup = async (name: string, start: "0" | "$") => {
    await server.client.xgroup("CREATE", key, name, start, "MKSTREAM");
    const acked = new Set<string>(start === "$" ? all : []);
    groups.set(name, { acked, pending: new Set() });
  };
  await addGroup("g0", "0");
  const unconsumed = () => all.filter((id) => [...groups.values()].some((g) => !g.acked.has(id)));

  for (let step = 0; step < 250; step += 1) {
    const roll = next();
    const [name, group] = pick([...groups.entries()]);
    if (roll < 0.3) {
      const count = 1 + Math.floor(next() * 8);
      for (const r of await producer.sendBatch(
        stream,
        Array.from({ length: count }, () => ({ type: "t", data: "{}" })),
      )) {
        if ("id" in r) {
          all.push(r.id);
          live.add(r.id);
        }
      }
    } else if (roll < 0.5) {
      const consumer = pick(["a", "b", "c"]);
      const reply = (await server.client.xreadgroup(
        "GROUP",
        name,
        consumer,
        "COUNT",
        1 + Math.floor(next() * 6),
        "STREAMS",
        key,
        ">",
      )) as [string, [string, string[]][]][] | null;
      for (const [id] of reply?.[0]?.[1] ?? []) group.pending.add(id);
    } else if (roll < 0.7) {
      const toAck = [...group.pending].filter(() => next() < 0.6);
      if (toAck.length > 0) await server.client.xack(key, name, ...toAck);
      for (const id of toAck) {
        group.pending.delete(id);
        group.acked.add(id);
      }
    } else if (roll < 0.75) {
      // A consumer crashes: its pending entries stay pending; another reclaims some of them later.
      const [, claimed] = (await server.client.xautoclaim(key, name, "rescuer", 0, "0-0", "COUNT", 3)) as [
        string,
        [string][],
      ];
      expect(claimed.every(([id]) => group.pending.has(id))).toBe(true);
    } else if (roll < 0.78 && groups.size < 4) {
      await addGroup(`g${groups.size}`, next() < 0.5 ? "0" : "$");
    } else {
      const mode = next() < 0.8 ? "protect" : "drop";
      const maxLength = next() < 0.5 ? Math.floor(next() * 10) : 0;
      const before = new Set(unconsumed().filter((id) => live.has(id)));
      const result = await applyRetention(server.client, stream, { maxLength, onUnconsumed: mode });
      const present = new Set((await server.client.xrange(key, "-", "+")).map(([id]) => id));
      for (const id of [...live]) if (!present.has(id)) live.delete(id);
      const lostUnconsumed = [...before].filter((id) => !present.has(id));
      if (mode === "protect") expect(lostUnconsumed).toEqual([]);
      else expect(lostUnconsumed.length).toBe(result.dropped);
      if (mode === "drop") {
        // Dropped entries are gone for good: the model stops expecting them.
        for (const id of lostUnconsumed) {
          for (const g of groups.values()) {
            g.acked.add(id);
            g.pending.delete(id);
          }
        }
      }
    }
  }
  // Once every group has acknowledged everything, retention empties the stream.
  for (const [name, group] of groups) {
    const reply = (await server.client.xreadgroup(
      "GROUP",
      name,
      "final",
      "COUNT",
      100000,
      "STREAMS",
      key,
      ">",
    )) as [string, [string, string[]][]][] | null;
    for (const [id] of reply?.[0]?.[1] ?? []) group.pending.add(id);
    if (group.pending.size > 0) await server.client.xack(key, name, ...group.pending);
  }
  await applyRetention(server.client, stream);
  expect(await server.client.xlen(key)).toBe(0);
});

it("never trims an undelivered entry below a pending one (XCLAIM FORCE above the last-delivered id)", async () => {
  const stream = uniqueStream();
  const key = streamKeys(stream).stream;
  const ids = (await server.producer.sendBatch(stream, numberedEntries(6))).map((r) =>
    "id" in r ? r.id : "",
  );
  await server.client.xgroup("CREATE", key, "g", "0");
  await server.client.call("XCLAIM", key, "g", "x", 0, ids[5] as string, "FORCE", "JUSTID");
  expect(await applyRetention(server.client, stream)).toMatchObject({ trimmed: 0 });
  expect(await server.client.xlen(key)).toBe(6);
});
