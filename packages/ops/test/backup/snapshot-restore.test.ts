import { PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { createRedisClient, type RedisClient } from "@sluice/streams";
import { startRedisCluster } from "@sluice/testing";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BackupCorruptError,
  BackupStore,
  backupIncrements,
  RestoreConflictError,
  restoreSnapshot,
  takeSnapshot,
} from "../../src/backup/index.ts";
import { useBackupKit } from "./backup-kit.ts";

const kit = useBackupKit(["backups"]);
let s3: S3Client;
let from: RedisClient;
let to: RedisClient;
const store = () => new BackupStore({ client: s3, bucket: "backups" });

beforeAll(() => {
  ({ s3, from, to } = kit);
});

type Reply = (string | number | null | Reply)[];
const asMap = (reply: Reply) => {
  const map: Record<string, unknown> = {};
  for (let i = 0; i + 1 < reply.length; i += 2) map[String(reply[i])] = reply[i + 1];
  return map;
};

/** Everything a stream is, as Redis reports it: entries, counters, groups, consumers, pending (idle rounded). */
async function describeStream(client: RedisClient, key: string) {
  const info = asMap((await client.call("XINFO", "STREAM", key)) as Reply);
  const groups = ((await client.call("XINFO", "GROUPS", key)) as Reply[]).map((g) => asMap(g as Reply));
  return {
    entries: await client.xrange(key, "-", "+"),
    stream: {
      length: info.length,
      lastGeneratedId: info["last-generated-id"],
      maxDeletedId: info["max-deleted-entry-id"],
      entriesAdded: info["entries-added"],
      recordedFirstEntryId: info["recorded-first-entry-id"],
    },
    groups: await Promise.all(
      groups.map(async (g) => ({
        name: g.name,
        pending: g.pending,
        lastDeliveredId: g["last-delivered-id"],
        entriesRead: g["entries-read"],
        lag: g.lag,
        consumers: ((await client.call("XINFO", "CONSUMERS", key, String(g.name))) as Reply[])
          .map((c) => asMap(c as Reply))
          .map((c) => ({ name: c.name, pending: c.pending })),
        pel: ((await client.call("XPENDING", key, String(g.name), "-", "+", 100000)) as Reply[]).map(
          (row) => {
            const [id, consumer, idle, deliveries] = row as [string, string, number, number];
            return { id, consumer, deliveries, idleSeconds: Math.round(Number(idle) / 5000) * 5 };
          },
        ),
      })),
    ),
  };
}

async function populate(client: RedisClient): Promise<void> {
  const add = async (key: string, n: number) => {
    const pipeline = client.pipeline();
    for (let i = 0; i < n; i++) pipeline.xadd(key, "*", "t", "e", "d", Buffer.from([i % 256, 0, 255, 10]));
    await pipeline.exec();
  };
  // s1: two groups, acknowledged, pending, redelivered, and a consumer with nothing pending.
  await add("sluice:{s1}", 2500);
  await client.xgroup("CREATE", "sluice:{s1}", "g1", "0");
  await client.xreadgroup("GROUP", "g1", "c1", "COUNT", 1000, "STREAMS", "sluice:{s1}", ">");
  const read = (await client.xrange("sluice:{s1}", "-", "+", "COUNT", 600)).map(([id]) => id);
  await client.xack("sluice:{s1}", "g1", ...read);
  await client.xgroup("CREATE", "sluice:{s1}", "g2", "0");
  await client.xreadgroup("GROUP", "g2", "c2", "COUNT", 150, "STREAMS", "sluice:{s1}", ">");
  await client.xreadgroup("GROUP", "g2", "c3", "COUNT", 50, "STREAMS", "sluice:{s1}", ">");
  await client.call("XCLAIM", "sluice:{s1}", "g2", "c3", 0, read[0] as string, read[1] as string); // delivered twice now
  await client.call("XGROUP", "CREATECONSUMER", "sluice:{s1}", "g2", "idle-one");
  // s2: deleted entries, a trimmed head, a group at the end.
  await add("sluice:{s2}", 300);
  const s2 = (await client.xrange("sluice:{s2}", "-", "+")).map(([id]) => id);
  await client.xdel("sluice:{s2}", s2[150] as string, s2[151] as string);
  await client.xtrim("sluice:{s2}", "MINID", s2[100] as string);
  await client.xgroup("CREATE", "sluice:{s2}", "tail", "$");
  // s3: every entry deleted, a group left.
  await add("sluice:{s3}", 3);
  await client.xgroup("CREATE", "sluice:{s3}", "g", "0");
  await client.xtrim("sluice:{s3}", "MAXLEN", 0);
  // Other keys, one expiring.
  await client.set("plain", "value", "PX", 600_000);
  await client.hset("sluice:{s1}:errors:g1", "1-1", "boom");
}

describe("full logical snapshot and restore", () => {
  it("restores streams with their ids, counters, groups, consumers and pending entries, and other keys", async () => {
    await populate(from);
    const manifest = await takeSnapshot({ redis: from, store: store(), chunkEntries: 700 });
    expect(manifest.streams.map((s) => [s.state.key, s.entries, s.chunks.length])).toEqual([
      ["sluice:{s1}", 2500, 4],
      ["sluice:{s2}", 198, 1],
      ["sluice:{s3}", 0, 0],
    ]);
    expect(manifest.keys.count).toBe(2);

    const report = await restoreSnapshot({ redis: to, store: store() });
    expect(report.problems).toEqual([]);
    expect(report.unrestoredPending).toEqual([]);
    expect(report.streams.find((s) => s.key === "sluice:{s1}")).toEqual({
      key: "sluice:{s1}",
      entries: 2500,
      groups: 2,
      consumers: 4,
      pending: 600,
    });
    for (const key of ["sluice:{s1}", "sluice:{s2}", "sluice:{s3}"]) {
      expect(await describeStream(to, key)).toEqual(await describeStream(from, key));
    }
    expect(await to.get("plain")).toBe("value");
    expect(Math.abs((await to.pttl("plain")) - (await from.pttl("plain")))).toBeLessThan(5000);
    expect(await to.hgetall("sluice:{s1}:errors:g1")).toEqual({ "1-1": "boom" });
  });

  it("refuses a target that holds keys, and overwrites the backup's keys when told to", async () => {
    await expect(restoreSnapshot({ redis: to, store: store() })).rejects.toThrow(RestoreConflictError);
    await to.xadd("sluice:{s1}", "*", "t", "extra");
    const report = await restoreSnapshot({ redis: to, store: store(), replace: true });
    expect(report.problems).toEqual([]);
    expect(await to.xlen("sluice:{s1}")).toBe(2500);
  });

  it("lists the pending ids it could not claim again because their entries were not in the backup", async () => {
    await from.xadd("sluice:{gone}", "1-1", "t", "e");
    await from.xadd("sluice:{gone}", "1-2", "t", "e");
    await from.xgroup("CREATE", "sluice:{gone}", "g", "0");
    await from.xreadgroup("GROUP", "g", "c9", "STREAMS", "sluice:{gone}", ">");
    await from.xdel("sluice:{gone}", "1-1"); // still pending in g, as XDEL leaves it
    const manifest = await takeSnapshot({ redis: from, store: store() });
    await to.flushall();
    const report = await restoreSnapshot({ redis: to, store: store(), snapshotId: manifest.id });
    expect(report.problems).toEqual([]);
    expect(report.unrestoredPending).toEqual([
      {
        stream: "sluice:{gone}",
        group: "g",
        id: "1-1",
        consumer: "c9",
        reason: "its entry is not in the backup",
      },
    ]);
    expect(await to.xpending("sluice:{gone}", "g")).toEqual([1, "1-2", "1-2", [["c9", "1"]]]);
    await from.del("sluice:{gone}");
  });

  it("detects a chunk that changed since the backup, naming it", async () => {
    const manifest = await takeSnapshot({ redis: from, store: store(), chunkEntries: 1000 });
    const chunk = manifest.streams[0]?.chunks[1]?.key as string;
    await s3.send(
      new PutObjectCommand({ Bucket: "backups", Key: chunk, Body: Buffer.from("not the chunk") }),
    );
    await to.flushall();
    const error = await restoreSnapshot({ redis: to, store: store(), snapshotId: manifest.id }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(BackupCorruptError);
    expect(error).toMatchObject({ code: "ops.backup_corrupt", kind: "invalid" });
    expect(error.message).toContain(chunk);
  });

  it("backs up a cluster's every master and restores into another cluster, increments included", async () => {
    await using sourceCluster = await startRedisCluster();
    await using targetCluster = await startRedisCluster();
    const a = createRedisClient(sourceCluster.target);
    const b = createRedisClient(targetCluster.target);
    try {
      const names = ["a", "b", "c", "d", "e"].map((n) => `sluice:{${n}}`); // spread over the masters
      for (const key of names) {
        for (let i = 0; i < 50; i++) await a.xadd(key, "*", "t", "e", "d", String(i));
        await a.xgroup("CREATE", key, "g", "0");
        await a.xreadgroup("GROUP", "g", "c", "COUNT", 5, "STREAMS", key, ">");
      }
      await a.set("plain", "v");
      const clusterStore = new BackupStore({ client: s3, bucket: "backups", prefix: "cluster/" });
      const manifest = await takeSnapshot({ redis: a, store: clusterStore });
      expect(manifest.streams.map((s) => s.state.key)).toEqual(names);
      await a.xadd("sluice:{c}", "*", "t", "e", "d", "later");
      await backupIncrements({ redis: a, store: clusterStore });
      const report = await restoreSnapshot({
        redis: b,
        store: clusterStore,
        until: Number.POSITIVE_INFINITY,
      });
      expect(report.problems).toEqual([]);
      expect(report.replayed).toEqual({ "sluice:{c}": 1 });
      for (const key of names) expect(await describeStream(b, key)).toEqual(await describeStream(a, key));
      expect(await b.get("plain")).toBe("v");
    } finally {
      a.disconnect();
      b.disconnect();
    }
  });
});
