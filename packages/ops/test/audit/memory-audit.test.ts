// The memory audit against real redis-servers: exact per-stream figures (bytes, lag, pending, ages, what retention
// would free, checked against retention itself), levels at each threshold, eviction exposure per policy, evicted
// keys, growth and time-to-full from seeded samples, a sample that cannot be written, and a cluster.

import {
  applyRetention,
  createRedisClient,
  InvalidInputError,
  type RedisClient,
  streamKeys,
} from "@sluice/streams";
import { startRedisCluster } from "@sluice/testing";
import { useRedisServer } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { auditMemory, type MemoryAuditReport, memorySummary } from "../../src/audit/index.ts";
import { type MemorySample, readMemorySamples, recordMemorySample } from "../../src/audit/memory-samples.ts";

const MIB = 1024 * 1024;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const volatile = useRedisServer({ maxmemory: "64mb", maxmemoryPolicy: "volatile-lru" });
const allkeys = useRedisServer({ maxmemory: "64mb", maxmemoryPolicy: "allkeys-lru" });
const unbounded = useRedisServer();
const tight = useRedisServer({ maxmemory: "4mb", maxmemoryPolicy: "noeviction" });
const evicting = useRedisServer({ maxmemory: "2mb", maxmemoryPolicy: "allkeys-lru" });
const growing = useRedisServer({ maxmemory: "64mb", maxmemoryPolicy: "noeviction" });

/** Adds entries with ids at the given times (epoch ms), each with a 100-byte value. */
async function addAt(client: RedisClient, key: string, times: number[]): Promise<string[]> {
  const ids = times.map((t) => `${t}-0`);
  for (const id of ids) await client.xadd(key, id, "d", "x".repeat(100));
  return ids;
}

/** Reads `count` new entries for `group` and acknowledges the first `ack` of them. */
async function consume(client: RedisClient, key: string, group: string, count: number, ack: number) {
  const reply = (await client.xreadgroup("GROUP", group, "c", "COUNT", count, "STREAMS", key, ">")) as [
    string,
    [string, string[]][],
  ][];
  const ids = reply[0]?.[1].map(([id]) => id) ?? [];
  if (ack > 0) await client.xack(key, group, ...ids.slice(0, ack));
}

const usedRatio = async (client: RedisClient) => {
  const info = String(await client.info("memory"));
  return Number(/used_memory:(\d+)/.exec(info)?.[1]) / Number(/maxmemory:(\d+)/.exec(info)?.[1]);
};

const findingIds = (report: MemoryAuditReport) => report.findings.map((finding) => finding.id);

describe("memory audit", () => {
  it("reports each stream's bytes, groups, pending ages and what retention would free, exactly", async () => {
    const client = volatile.client;
    const now = Date.now();
    const base = now - HOUR;
    const orders = streamKeys("orders").stream;
    const orderIds = await addAt(
      client,
      orders,
      Array.from({ length: 10 }, (_, i) => base + i * MINUTE),
    );
    await client.xgroup("CREATE", orders, "g1", "0");
    await client.xgroup("CREATE", orders, "g2", "0");
    await consume(client, orders, "g1", 4, 2); // pending: entries 2 and 3; safe point: entry 2
    await consume(client, orders, "g2", 10, 10);
    const events = streamKeys("events").stream; // no groups: nothing is trimmed without caps
    await addAt(client, events, [base, base + 1, base + 2, base + 3, base + 4]);
    const done = streamKeys("done").stream; // all consumed: the whole stream goes
    await addAt(client, done, [base, base + 1, base + 2]);
    await client.xgroup("CREATE", done, "g", "0");
    await consume(client, done, "g", 3, 3);
    const expiring = streamKeys("expiring").stream;
    await addAt(client, expiring, [base]);
    await client.pexpire(expiring, 10 * MINUTE);
    const big = streamKeys("big").stream; // 40 of 100 consumed, entries 1 s apart
    await addAt(
      client,
      big,
      Array.from({ length: 100 }, (_, i) => base + i * 1000),
    );
    await client.xgroup("CREATE", big, "g", "0");
    await consume(client, big, "g", 40, 40);

    const report = await auditMemory({ redis: client, now, pendingAgeWarningMs: 30 * MINUTE });

    expect(report).toMatchObject({
      kind: "sluice.audit.memory",
      version: 1,
      at: new Date(now).toISOString(),
    });
    expect(report.nodes).toHaveLength(1);
    const [node] = report.nodes;
    expect(node).toMatchObject({
      address: `${volatile.redis.host}:${volatile.redis.port}`,
      maxmemoryBytes: 64 * MIB,
      policy: "volatile-lru",
      level: "ok",
      evictedKeys: 0,
    });
    expect(node?.usedRatio).toBe((node?.usedBytes ?? 0) / (64 * MIB));
    expect(node?.rssBytes).toBeGreaterThan(0);
    expect(node?.peakBytes).toBeGreaterThanOrEqual(node?.usedBytes ?? 0);
    expect(node?.allocatorFragRatio).toBeGreaterThan(0);

    expect(report.streams.map((stream) => stream.key)).toEqual([big, done, events, expiring, orders]);
    const row = (key: string) => report.streams.find((stream) => stream.key === key);
    const ordersBytes = Number(await client.call("MEMORY", "USAGE", orders, "SAMPLES", "0"));
    expect(row(orders)).toEqual({
      key: orders,
      bytes: ordersBytes,
      length: 10,
      entriesAdded: 10,
      ttlMs: -1,
      groups: [
        {
          name: "g1",
          lag: 6,
          pending: 2,
          oldestPendingAgeMs: now - Number(orderIds[2]?.split("-")[0]),
          entriesRead: 4,
        },
        { name: "g2", lag: 0, pending: 0, oldestPendingAgeMs: null, entriesRead: 10 },
      ],
      trimmableEntries: 2,
      trimmableBytes: Math.round((2 * ordersBytes) / 10),
      trimmableCount: "exact",
    });
    expect(row(orders)?.groups[0]?.oldestPendingAgeMs).toBe(HOUR - 2 * MINUTE);
    expect(row(events)).toMatchObject({
      groups: [],
      trimmableEntries: 0,
      trimmableBytes: 0,
      trimmableCount: "exact",
    });
    expect(row(done)).toMatchObject({ length: 3, trimmableEntries: 3, trimmableCount: "exact" });
    expect(row(big)).toMatchObject({ length: 100, trimmableEntries: 40, trimmableCount: "exact" });
    const ttl = row(expiring)?.ttlMs ?? 0;
    expect(ttl).toBeGreaterThan(9 * MINUTE);
    expect(ttl).toBeLessThanOrEqual(10 * MINUTE);

    expect(report.evictionExposure).toEqual({
      policy: "volatile-lru",
      exposedStreams: [expiring],
      reason: "volatile-lru may evict keys with a TTL when memory is full: 1 stream(s) have one.",
    });
    expect(findingIds(report)).toEqual([
      "eviction.streams_exposed",
      "groups.pending_old",
      "streams.trimmable",
    ]);
    expect(report.findings[1]?.message).toContain(`${orders}, group g1`);
    expect(report.findings[2]?.message).toContain("45 entries every group is done with, in 3 stream(s)");
    expect(report.growth).toEqual({
      basis: "not_enough_history",
      bytesPerHour: null,
      timeToFullMs: null,
      samples: 1,
      spanMs: 0,
    });

    const [sample] = await readMemorySamples(client);
    expect(sample).toEqual({
      t: now,
      used: node?.usedBytes,
      max: 64 * MIB,
      streams: expect.objectContaining({
        [orders]: { bytes: ordersBytes, length: 10, added: 10, read: { g1: 4, g2: 10 } },
        [events]: { bytes: row(events)?.bytes, length: 5, added: 5, read: {} },
      }),
    });

    const text = memorySummary(report);
    expect(text).toContain(`  ${orders}: `);
    expect(text).toContain("    group g1: lag 6, pending 2, oldest pending 58m 0s old");
    expect(text).toContain("[critical] eviction.streams_exposed");

    // An estimate past the bound: 40 below the safe point, more than 5 counted, interpolated by id time.
    const bounded = await auditMemory({ redis: client, now, maxCountedEntries: 5 });
    expect(bounded.streams.find((stream) => stream.key === big)).toMatchObject({
      trimmableEntries: Math.round((100 * 39_000) / 99_000),
      trimmableCount: "estimate",
    });
    expect(bounded.streams.find((stream) => stream.key === orders)).toMatchObject({
      trimmableCount: "exact",
    });

    // What the audit said retention would free is what retention frees.
    for (const [name, expected] of [
      ["orders", 2],
      ["events", 0],
      ["done", 3],
      ["big", 40],
    ] as const) {
      expect((await applyRetention(client, name)).trimmed).toBe(expected);
    }
  });

  it("exposes every stream under allkeys-*, and projects time-to-full from the last 6 hours of samples", async () => {
    const client = allkeys.client;
    await client.xadd("audit:a", "*", "d", "1");
    await client.xadd("audit:b", "*", "d", "1");
    const now = Date.now();
    const samplesKey = "growth-samples";
    const used = Number(/used_memory:(\d+)/.exec(String(await client.info("memory")))?.[1]);
    const rate = 10 * MIB; // per hour
    const seeded: MemorySample[] = [{ t: now - 7 * HOUR, used: 60 * MIB, max: 64 * MIB, streams: {} }]; // outside
    for (let k = 30; k >= 1; k--) {
      const t = now - k * 10 * MINUTE;
      seeded.push({ t, used: Math.round(used + (rate * (t - now)) / HOUR), max: 64 * MIB, streams: {} });
    }
    for (const sample of seeded) await recordMemorySample(client, sample, { key: samplesKey });

    const report = await auditMemory({ redis: client, now, samplesKey, samplesKept: 10 });

    expect(report.evictionExposure).toEqual({
      policy: "allkeys-lru",
      exposedStreams: ["audit:a", "audit:b"],
      reason: "allkeys-lru may evict any key when memory is full: every stream is exposed.",
    });
    const exposed = report.findings.find((finding) => finding.id === "eviction.streams_exposed");
    expect(exposed?.fix).toContain("noeviction");

    // Expected: the least-squares line through the 30 seeded samples and this audit's, x in hours from now.
    const points = [...seeded.slice(1), { t: now, used: report.nodes[0]?.usedBytes ?? 0 }].map((s) => ({
      x: (s.t - now) / HOUR,
      y: s.used,
    }));
    const n = points.length;
    const sx = points.reduce((sum, p) => sum + p.x, 0);
    const sy = points.reduce((sum, p) => sum + p.y, 0);
    const sxy = points.reduce((sum, p) => sum + p.x * p.y, 0);
    const sxx = points.reduce((sum, p) => sum + p.x * p.x, 0);
    const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    expect(report.growth).toMatchObject({ basis: "fitted", samples: 31, spanMs: 5 * HOUR });
    expect(report.growth.bytesPerHour).toBeCloseTo(slope, 3);
    expect(report.growth.bytesPerHour).toBeGreaterThan(rate * 0.99);
    expect(report.growth.bytesPerHour).toBeLessThan(rate * 1.01);
    const headroom = 64 * MIB - (report.nodes[0]?.usedBytes ?? 0);
    expect(report.growth.timeToFullMs).toBeCloseTo((headroom / slope) * HOUR, 0);
    const full = report.findings.find((finding) => finding.id === "memory.time_to_full");
    expect(full?.severity).toBe("critical"); // about 6 hours away
    expect(full?.message).toMatch(
      /^At 10\.0 MiB\/h \(fitted to 31 samples over 5h 0m\) memory reaches maxmemory in 6h \d+m\.$/,
    );
    expect(memorySummary(report)).toMatch(/Growth: 10\.0 MiB\/h fitted to 31 samples over 5h 0m, full in 6h/);
    expect(await client.llen(samplesKey)).toBe(10);
    expect((await readMemorySamples(client, { key: samplesKey })).at(-1)?.t).toBe(now);
  });

  it('reports a node without maxmemory as "unbounded", exposing no stream', async () => {
    const client = unbounded.client;
    await client.xadd("audit:u", "*", "d", "1");
    const now = Date.now();
    await recordMemorySample(client, { t: now - HOUR, used: 1, max: 0, streams: {} });
    const report = await auditMemory({ redis: client, now });
    expect(report.nodes[0]).toMatchObject({ maxmemoryBytes: 0, usedRatio: null, level: "unbounded" });
    expect(report.evictionExposure.exposedStreams).toEqual([]);
    expect(report.evictionExposure.reason).toMatch(/^No maxmemory/);
    expect(findingIds(report)).toEqual(["memory.unbounded"]);
    expect(report.growth).toMatchObject({ basis: "not_enough_history", samples: 2, spanMs: HOUR });
    expect(report.growth.bytesPerHour).toBeNull();
    expect(report.growth.timeToFullMs).toBeNull();
    await expect(auditMemory({ redis: client, thresholds: { warning: 0.9 } })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it("is at warning from 70%, critical from 85%, and still reports when the sample cannot be written", async () => {
    const client = tight.client;
    const key = streamKeys("filling").stream;
    const entry = "x".repeat(1024);
    while ((await usedRatio(client)) < 0.72) {
      for (let i = 0; i < 20; i++) await client.xadd(key, "*", "d", entry);
    }
    expect(await usedRatio(client)).toBeLessThan(0.85);
    const warning = await auditMemory({ redis: client, now: Date.now() - 10 * MINUTE });
    expect(warning.nodes[0]?.level).toBe("warning");
    expect(findingIds(warning)).toEqual(["memory.warning"]);
    expect(await client.llen("sluice:ops:memory-samples")).toBe(1);

    let refused: unknown;
    while (refused === undefined) await client.xadd(key, "*", "d", entry).catch((error) => (refused = error));
    expect(String(refused)).toMatch(/OOM/);
    // Held past the limit, so that freed buffers cannot let the audit's small sample in.
    await client.config("SET", "maxmemory", "3mb");
    const critical = await auditMemory({ redis: client });
    expect(critical.nodes[0]?.level).toBe("critical");
    expect(critical.nodes[0]?.usedRatio).toBeGreaterThanOrEqual(0.85);
    // Two samples 10 minutes apart are no trend: the level is critical, no time to full is projected.
    expect(findingIds(critical)).toEqual(["memory.critical", "samples.not_recorded"]);
    expect(critical.growth).toMatchObject({ basis: "not_enough_history", samples: 2, timeToFullMs: null });
    expect(critical.findings[1]?.message).toContain("OOM");
    expect(critical.streams.map((stream) => stream.key)).toEqual([key]);
    expect(await client.llen("sluice:ops:memory-samples")).toBe(1);
  });

  it("reports evicted keys", async () => {
    const client = evicting.client;
    const value = "v".repeat(10 * 1024);
    for (let i = 0; i < 300; i++) await client.set(`fill:${i}`, value);
    const report = await auditMemory({ redis: client });
    const evicted = report.nodes[0]?.evictedKeys ?? 0;
    expect(evicted).toBeGreaterThan(0);
    const finding = report.findings.find((f) => f.id === "memory.evicted_keys");
    expect(finding?.severity).toBe("critical");
    expect(finding?.message).toContain(`${evicted} keys evicted`);
  });

  it("audits every master of a cluster and the streams on each", async () => {
    await using cluster = await startRedisCluster();
    const client = createRedisClient(cluster.target);
    try {
      const keys = ["a", "b", "c", "d"].map((name) => streamKeys(name).stream);
      for (const key of keys) await client.xadd(key, "*", "d", "1");
      const report = await auditMemory({ redis: client });
      expect(report.nodes.map((node) => node.address).sort()).toEqual(
        cluster.servers.map((server) => `${server.host}:${server.port}`).sort(),
      );
      expect(report.streams.map((stream) => stream.key)).toEqual(keys);
      expect(report.streams.every((stream) => stream.bytes > 0 && stream.length === 1)).toBe(true);
      const [sample] = await readMemorySamples(client);
      expect(sample?.used).toBe(report.nodes.reduce((sum, node) => sum + node.usedBytes, 0));
      expect(Object.keys(sample?.streams ?? {}).sort()).toEqual(keys);
    } finally {
      client.disconnect();
    }
  });
});

describe("memory audit: time to full only from enough history on a clear trend", () => {
  const KIB = 1024;
  let run = 0;

  /** Seeds samples (offset from now in ms, used bytes relative to the server's used memory now), then audits. */
  async function auditAfter(seeded: [offsetMs: number, usedDelta: number][]) {
    const client = growing.client;
    const samplesKey = `growth-${++run}`;
    const now = Date.now();
    const used = Number(/used_memory:(\d+)/.exec(String(await client.info("memory")))?.[1]);
    for (const [offset, delta] of seeded) {
      await recordMemorySample(
        client,
        { t: now + offset, used: used + delta, max: 64 * MIB, streams: {} },
        { key: samplesKey },
      );
    }
    const report = await auditMemory({ redis: client, now, samplesKey });
    return { report, timeToFull: report.findings.find((f) => f.id === "memory.time_to_full") };
  }

  it("projects nothing from two samples seconds apart, however steep (the false critical of 198 KB)", async () => {
    const { report, timeToFull } = await auditAfter([[-5000, -198 * KIB]]);
    expect(timeToFull).toBeUndefined();
    expect(report.growth).toEqual({
      basis: "not_enough_history",
      bytesPerHour: null,
      timeToFullMs: null,
      samples: 2,
      spanMs: 5000,
    });
    expect(memorySummary(report)).toContain(
      "Growth: unknown, not enough history: 2 samples over 5s; an estimate needs at least 6 samples over 30m 0s",
    );
  });

  it("needs 6 samples spanning 30 minutes: 10 over 9 minutes, or 5 over an hour, are not enough", async () => {
    const steep = (count: number, everyMs: number) =>
      Array.from({ length: count }, (_, i): [number, number] => {
        const offset = -(count - i) * everyMs;
        return [offset, (offset / MINUTE) * 1024 * KIB]; // 1 MiB a minute: full within the hour
      });
    for (const seeded of [steep(9, MINUTE), steep(4, 15 * MINUTE)]) {
      const { report, timeToFull } = await auditAfter(seeded);
      expect(report.growth.basis).toBe("not_enough_history");
      expect(timeToFull).toBeUndefined();
    }
    const { report, timeToFull } = await auditAfter(steep(5, 10 * MINUTE));
    expect(report.growth).toMatchObject({ basis: "fitted", samples: 6, spanMs: 50 * MINUTE });
    expect(timeToFull?.severity).toBe("critical");
    expect(timeToFull?.message).toContain("fitted to 6 samples over 50m 0s");
  });

  it("takes memory that moves without a steady direction for noise, not a trend", async () => {
    // 12 samples over 2 hours, ±300 KiB around a level with a slight rise: the slope is within its noise.
    const jitter = [300, -250, 280, -300, 260, -280, 310, -240, 290, -260, 305];
    const seeded = jitter.map((delta, i): [number, number] => [
      -(11 - i) * 11 * MINUTE,
      delta * KIB + i * 10 * KIB,
    ]);
    const { report, timeToFull } = await auditAfter(seeded);
    expect(report.growth).toMatchObject({
      basis: "noise",
      samples: 12,
      bytesPerHour: null,
      timeToFullMs: null,
    });
    expect(timeToFull).toBeUndefined();
    expect(memorySummary(report)).toContain("Growth: unknown, no clear trend in 12 samples over 2h 1m");
  });
});
