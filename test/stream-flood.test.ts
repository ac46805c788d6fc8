// The flood of issue 18: 10,000 random stream names published through a producer under the real stream catalog
// (`*` allows 1,000 streams) on a real redis-server. Past the quota every publish is refused as exhausted (429)
// and writes nothing, memory grows by less than 50 MB, the stream monitor's metrics stay bounded, its registry
// upkeep frees the quota of deleted streams, retention still trims to each stream's catalog policy, and a stray group
// at 0 is reported stale and, by policy, expired (audited), never one of the platform's own groups.
import { randomBytes } from "node:crypto";
import { emfSink } from "@sluice/observability";
import {
  AUDIT_STREAM,
  monitorStreams,
  OTHER_STREAMS,
  Producer,
  type RedisClient,
  registeredStreams,
  streamKeys,
} from "@sluice/streams";
import { startRedis } from "@sluice/testing";
import { clientPool } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STREAM_TABLE, type StreamEntry } from "../functions/config/stream-table.ts";
import { runStreamMonitor } from "../functions/jobs/stream-monitor.ts";
import { applyCatalogRetention } from "../functions/shared/catalog-retention.ts";
import { disconnect as stopMonitorJob } from "../functions/shared/lazy-clients.ts";
import { producerPolicy } from "../functions/shared/stream-access.ts";

const FLOOD = 10_000;
const QUOTA = 1000; // the catalog's `*`

let server: Awaited<ReturnType<typeof startRedis>>;
let pool: ReturnType<typeof clientPool>;
let client: RedisClient;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startRedis({ maxmemoryPolicy: "noeviction" });
  pool = clientPool(server.target);
  client = pool.client();
  env = { SLUICE_REDIS_URL: `redis://${server.host}:${server.port}` };
});
afterAll(async () => {
  await stopMonitorJob();
  await pool.close();
  await server.stop();
});

const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await client.info("memory"))?.[1]);
const randomName = () => `f${randomBytes(6).toString("hex")}`;
const entry = { type: "flood.event", data: '{"n":1}' };

/** Runs the monitor job and returns its summary line. */
async function monitorJob(extra: Record<string, string> = {}) {
  const lines: string[] = [];
  await runStreamMonitor((line) => lines.push(line), { ...env, ...extra });
  return lines.map((line) => JSON.parse(line)).find((line) => line.msg === "stream monitor");
}

describe("10,000 random stream names under the catalog's quota", () => {
  it("creates 1,000, refuses the rest as exhausted, grows memory < 50 MB, and keeps the monitor's series bounded", async () => {
    const producer = new Producer(client, { settingsFor: producerPolicy });
    const before = await usedMemory();
    const names = Array.from({ length: FLOOD }, randomName);
    const outcomes: string[] = [];
    for (let i = 0; i < FLOOD; i += 200) {
      const settled = await Promise.allSettled(
        names.slice(i, i + 200).map((name) => producer.send(name, entry)),
      );
      for (const result of settled) {
        outcomes.push(
          result.status === "fulfilled" ? "created" : `${result.reason.kind}:${result.reason.code}`,
        );
      }
    }
    const counts = Object.fromEntries(
      [...new Set(outcomes)].map((o) => [o, outcomes.filter((x) => x === o).length]),
    );
    expect(counts).toEqual({ created: QUOTA, "exhausted:streams.quota_exceeded": FLOOD - QUOTA });
    expect(await registeredStreams(client, "*")).toHaveLength(QUOTA);
    const refused = names.filter((_, i) => outcomes[i] !== "created");
    expect(await client.exists(...refused.slice(0, 500).map((name) => streamKeys(name).stream))).toBe(0);
    const grown = (await usedMemory()) - before;
    console.log(`flood: ${JSON.stringify(counts)}, used_memory +${(grown / 1e6).toFixed(1)} MB`);
    expect(grown).toBeLessThan(50e6);

    // 1,000 streams: 200 series of their own, the rest folded into one.
    const lines: string[] = [];
    const report = await monitorStreams({ client, metrics: emfSink((line) => lines.push(line)) });
    expect(report.streams).toHaveLength(QUOTA);
    const series = new Set(lines.map((line) => JSON.parse(line).Stream));
    expect(series.size).toBe(201);
    expect(series.has(OTHER_STREAMS)).toBe(true);

    // Streams deleted: the monitor's run forgets them, and their quota is free again.
    const created = names.filter((_, i) => outcomes[i] === "created");
    await client.del(...created.slice(0, 10).map((name) => streamKeys(name).stream));
    expect(await monitorJob()).toMatchObject({ retention: { forgotten: 10, failed: [] } });
    expect(await registeredStreams(client, "*")).toHaveLength(QUOTA - 10);
    const again = await Promise.allSettled(refused.slice(0, 11).map((name) => producer.send(name, entry)));
    expect(again.map((r) => r.status).sort()).toEqual([...Array(10).fill("fulfilled"), "rejected"]);
  }, 30_000);
});

describe("retention from the catalog, with a stray group at 0", () => {
  /** The catalog with small caps (the shape of `*`'s million), one stream that drops what caps cut. */
  const table: StreamEntry[] = STREAM_TABLE.map((entry) =>
    entry.stream === "*" ? { ...entry, retention: { maxLength: 100 } } : entry,
  );
  table.unshift({
    ...(table.at(-1) as StreamEntry),
    stream: "dropping",
    retention: { maxLength: 100, onUnconsumed: "drop" },
  });

  async function strayAtZero(stream: string): Promise<void> {
    const pipeline = client.pipeline();
    for (let i = 0; i < 1000; i++) pipeline.xadd(streamKeys(stream).stream, "*", "t", "e", "d", "{}");
    await pipeline.exec();
    await client.xgroup("CREATE", streamKeys(stream).stream, "stray", "0");
  }

  it("protect keeps what the stray group has not read (overCap), drop cuts it to the cap and counts it", async () => {
    await strayAtZero("protected");
    await strayAtZero("dropping");
    const lines: string[] = [];
    const report = await applyCatalogRetention(["protected", "dropping"], {
      client,
      metrics: emfSink((line) => lines.push(line)),
      table,
    });
    expect(report).toMatchObject({ trimmed: 0, dropped: 900, overCap: ["protected"], failed: [] });
    expect(await client.xlen(streamKeys("protected").stream)).toBe(1000);
    expect(await client.xlen(streamKeys("dropping").stream)).toBe(100);
    const records = lines.map((line) => JSON.parse(line));
    expect(records.find((r) => r.Stream === "protected")).toMatchObject({ EntriesOverCap: 900 });
    expect(records.find((r) => r.Stream === "dropping")).toMatchObject({ EntriesDroppedUnconsumed: 900 });
  });

  it("the monitor reports the stray group stale, expires it by policy with an audit record, never a platform group", async () => {
    await strayAtZero("orphaned");
    await client.xgroup("CREATE", streamKeys("orphaned").stream, "lake", "0"); // the lake's: never expired
    await client.xadd(streamKeys("frames.input").stream, "*", "t", "frame", "d", "x");
    await client.xgroup("CREATE", streamKeys("frames.input").stream, "stream_processor", "0");
    const policy = { SLUICE_MONITOR_STALE_GROUP_MS: "1", SLUICE_MONITOR_EXPIRE_STALE_GROUPS_MS: "1" };
    // Expiry off (the default): reported, kept.
    await monitorJob({ SLUICE_MONITOR_STALE_GROUP_MS: "1" });
    const reported = await monitorJob({ SLUICE_MONITOR_STALE_GROUP_MS: "1" });
    expect(reported.staleGroups).toEqual(
      expect.arrayContaining(["orphaned/stray", "orphaned/lake", "frames.input/stream_processor"]),
    );
    expect(reported.expiredGroups).toEqual([]);
    const expired = await monitorJob(policy);
    expect(expired.expiredGroups).toContain("orphaned/stray");
    expect(expired.expiredGroups).not.toContain("orphaned/lake");
    expect(expired.expiredGroups).not.toContain("frames.input/stream_processor");
    const groups = async (stream: string) =>
      ((await client.xinfo("GROUPS", streamKeys(stream).stream)) as unknown[][]).map((g) => g[1]);
    expect(await groups("orphaned")).toEqual(["lake"]);
    expect(await groups("frames.input")).toEqual(["stream_processor"]);
    const audit = (await client.xrange(streamKeys(AUDIT_STREAM).stream, "-", "+")).map(([, fields]) =>
      JSON.parse(fields[fields.indexOf("d") + 1] as string),
    );
    expect(audit).toContainEqual(
      expect.objectContaining({
        who: "stream-monitor",
        action: "expire_stale_group",
        stream: "orphaned",
        details: expect.objectContaining({ group: "stray", lastDeliveredId: "0-0" }),
      }),
    );
  });
});
