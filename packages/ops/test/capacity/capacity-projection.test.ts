// The capacity report over a week of seeded memory samples in a real redis-server: rates, trend, the dates used
// memory reaches 85% and 100% of maxmemory, and the node type or shard count for the horizon; edge cases; and a
// report over what a real memory audit recorded.

import { InvalidInputError, type RedisClient } from "@sluice/streams";
import { useRedisServer } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { auditMemory } from "../../src/audit/index.ts";
import { type MemorySample, recordMemorySample } from "../../src/audit/memory-samples.ts";
import { capacityReport, capacitySummary } from "../../src/capacity/index.ts";
import { ELASTICACHE_NODE_TYPES } from "../../src/elasticache-node-types.ts";

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2025, 0, 8, 12);

const server = useRedisServer();
let keys = 0;

/** Seeds the samples into a list of their own, oldest first as audits push them; resolves to its key. */
async function seed(client: RedisClient, samples: MemorySample[]): Promise<string> {
  keys += 1;
  const key = `capacity-samples-${keys}`;
  for (const sample of samples) await recordMemorySample(client, sample, { key });
  return key;
}

/** Every 6 hours over the 7 days up to NOW: used memory 3 GiB at NOW, growing 100 MiB a day, maxmemory 8 GiB. */
function week(): MemorySample[] {
  return Array.from({ length: 29 }, (_, i) => {
    const t = NOW - 7 * DAY + i * 6 * HOUR;
    const days = (t - NOW) / DAY;
    const added = 5_000_000 + Math.round(days * DAY * 0.02); // 20 entries a second
    return {
      t,
      used: Math.round(3 * GIB + days * 100 * MIB),
      max: 8 * GIB,
      streams: {
        "sluice:{orders}": {
          bytes: Math.round(GIB + days * 50 * MIB),
          length: Math.round(1_000_000 + days * 1000),
          added,
          read: {
            fast: added - 1000,
            slow: Math.round(1_000_000 + days * DAY * 0.01),
            late: i < 27 ? null : 7 + (i - 27) * 6 * 3600 * 5, // known for the last two samples only: 5/s
          },
        },
      },
    };
  });
}

describe("capacity report", () => {
  it("gives rates, the memory trend, the dates of 85% and 100% and the node type for the horizon", async () => {
    const client = server.client;
    const outside = { t: NOW - 8 * DAY, used: 7 * GIB, max: 8 * GIB, streams: {} }; // older than the window
    const later = { t: NOW + HOUR, used: 1, max: 8 * GIB, streams: {} }; // after the report's time
    const samplesKey = await seed(client, [outside, ...week(), later]);

    const report = await capacityReport({
      redis: client,
      now: NOW,
      samplesKey,
      horizonDays: 30,
      nodeType: "cache.m7g.large",
    });

    expect(report).toMatchObject({
      kind: "sluice.report.capacity",
      version: 1,
      at: new Date(NOW).toISOString(),
      window: { from: new Date(NOW - 7 * DAY).toISOString(), to: new Date(NOW).toISOString(), samples: 29 },
      memory: { usedBytes: 3 * GIB, maxmemoryBytes: 8 * GIB },
    });
    expect(report.memory.bytesPerDay).toBeCloseTo(100 * MIB, 0);
    // 85% of 8 GiB is 6.8 GiB: 3.8 GiB to go at 100 MiB a day; 100%: 5 GiB to go.
    const at85 = Date.parse(report.memory.reaches85PercentAt ?? "");
    const at100 = Date.parse(report.memory.reaches100PercentAt ?? "");
    expect(Math.abs(at85 - (NOW + ((3.8 * 1024) / 100) * DAY))).toBeLessThanOrEqual(1);
    expect(Math.abs(at100 - (NOW + ((5 * 1024) / 100) * DAY))).toBeLessThanOrEqual(1);

    expect(report.streams).toHaveLength(1);
    const [orders] = report.streams;
    expect(orders).toMatchObject({ key: "sluice:{orders}", bytes: GIB, length: 1_000_000 });
    expect(orders?.bytesPerDay).toBeCloseTo(50 * MIB, 0);
    expect(orders?.entriesPerDay).toBeCloseTo(1000, 6);
    expect(orders?.ingestPerSecond).toBeCloseTo(20, 6);
    expect(orders?.groups.map((group) => group.name)).toEqual(["fast", "late", "slow"]);
    const consume = Object.fromEntries(orders?.groups.map((g) => [g.name, g.consumePerSecond]) ?? []);
    expect(consume.fast).toBeCloseTo(20, 6);
    expect(consume.slow).toBeCloseTo(10, 6);
    expect(consume.late).toBeCloseTo(5, 9);

    // 30 days: 3 GiB + 3000 MiB ≈ 5.93 GiB; a node holds 70% of 75% of its memory: m7g.xlarge (12.93 GiB)
    // holds 6.79 GiB, r7g.large is larger, m7g.large (6.38 GiB) holds 3.35 GiB, so 2 shards of it.
    expect(report.recommendation).toEqual({
      horizonDays: 30,
      projectedBytes: 3 * GIB + 3000 * MIB,
      nodeType: "cache.m7g.xlarge",
      shards: { nodeType: "cache.m7g.large", count: 2 },
    });
    const text = capacitySummary(report);
    expect(text).toContain("  node type cache.m7g.xlarge");
    expect(text).toContain("  or 2 shard(s) of cache.m7g.large");
    expect(text).toContain("    group late: consumes 5.00/s");

    // The default horizon, 90 days: ≈ 11.79 GiB needs 22.5 GiB of node memory.
    const quarter = await capacityReport({
      redis: client,
      now: NOW,
      samplesKey,
      nodeType: "cache.m7g.large",
    });
    expect(quarter.recommendation).toMatchObject({
      horizonDays: 90,
      nodeType: "cache.m7g.2xlarge",
      shards: { nodeType: "cache.m7g.large", count: 4 },
    });
  });

  it("projects no date without growth or maxmemory, and the latest sample's time when already reached", async () => {
    const client = server.client;
    const flat = (used: number, max: number) =>
      [2, 1, 0].map((days) => ({ t: NOW - days * DAY, used, max, streams: {} }));
    const steady = await capacityReport({
      redis: client,
      now: NOW,
      samplesKey: await seed(client, flat(GIB, 8 * GIB)),
    });
    expect(steady.memory).toMatchObject({
      bytesPerDay: 0,
      reaches85PercentAt: null,
      reaches100PercentAt: null,
    });
    // 1 GiB: t4g.small (1.37 GiB) holds 0.72 GiB, t4g.medium (3.09 GiB) 1.62 GiB.
    expect(steady.recommendation).toMatchObject({
      projectedBytes: GIB,
      nodeType: "cache.t4g.medium",
      shards: null,
    });

    const full = await capacityReport({
      redis: client,
      now: NOW,
      samplesKey: await seed(client, flat(7 * GIB, 8 * GIB)),
    });
    expect(full.memory.reaches85PercentAt).toBe(new Date(NOW).toISOString());
    expect(full.memory.reaches100PercentAt).toBeNull();

    const growing = [0, 1].map((days) => ({
      t: NOW - days * DAY,
      used: (10 - days) * GIB,
      max: 0,
      streams: {},
    }));
    const unbounded = await capacityReport({
      redis: client,
      now: NOW,
      samplesKey: await seed(client, growing),
    });
    expect(unbounded.memory).toMatchObject({
      bytesPerDay: GIB,
      reaches85PercentAt: null,
      reaches100PercentAt: null,
    });

    const largest = ELASTICACHE_NODE_TYPES.at(-1);
    const huge = [{ t: NOW, used: 1000 * GIB, max: 0, streams: {} }];
    const sharded = await capacityReport({
      redis: client,
      now: NOW,
      nodeType: largest?.name,
      samplesKey: await seed(client, huge),
    });
    // 419.09 GiB × 0.75 × 0.7 ≈ 220 GiB a shard.
    expect(sharded.recommendation).toMatchObject({
      nodeType: null,
      shards: { nodeType: largest?.name, count: 5 },
    });
    expect(capacitySummary(sharded)).toContain("no single node type holds it");

    const empty = await capacityReport({ redis: client, now: NOW, samplesKey: "no-samples-here" });
    expect(empty).toMatchObject({
      window: { from: null, to: null, samples: 0 },
      memory: { usedBytes: null, maxmemoryBytes: null, bytesPerDay: null },
      streams: [],
      recommendation: null,
    });
    await expect(capacityReport({ redis: client, nodeType: "cache.x9.huge" })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it("reports on what a real memory audit recorded", async () => {
    const client = server.client;
    const samplesKey = "audited-samples";
    await client.xadd("sluice:{real}", "*", "d", "1");
    const audit = await auditMemory({ redis: client, samplesKey });
    const report = await capacityReport({ redis: client, samplesKey });
    expect(report.window.samples).toBe(1);
    expect(report.memory.usedBytes).toBe(audit.nodes[0]?.usedBytes);
    expect(report.streams.map((stream) => stream.key)).toEqual(["sluice:{real}"]);
    expect(report.recommendation?.nodeType).toBe("cache.t4g.micro");
  });
});
