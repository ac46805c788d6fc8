import { PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { applyRetention, type RedisClient } from "@sluice/streams";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BackupCorruptError,
  BackupStore,
  backupCursorHold,
  backupIncrements,
  CURSORS_KEY,
  LAST_RUN_KEY,
  restoreSnapshot,
  takeSnapshot,
} from "../../src/backup/index.ts";
import { useBackupKit } from "./backup-kit.ts";

const kit = useBackupKit(Array.from({ length: 6 }, (_, i) => `bucket-${i + 1}`));
let s3: S3Client;
let from: RedisClient;
let to: RedisClient;
let bucket = 0;
let store: BackupStore;

beforeAll(() => {
  ({ s3, from, to } = kit);
});
beforeEach(async () => {
  bucket += 1;
  store = new BackupStore({ client: s3, bucket: `bucket-${bucket}` });
  await Promise.all([from.flushall(), to.flushall()]);
});

/** Entries with explicit ids at the given ms times. */
async function add(key: string, times: number[]): Promise<string[]> {
  const ids: string[] = [];
  for (const ms of times) ids.push((await from.xadd(key, `${ms}-*`, "t", "e", "d", String(ms))) as string);
  return ids;
}

// Entry ids some minutes before the backups run, as in life (a replay looks at runs up to an hour after a time).
const T = Math.floor(Date.now() / 60_000) * 60_000 - 10 * 60_000;
const ids = async (client: RedisClient, key: string) =>
  (await client.xrange(key, "-", "+")).map(([id]) => id);

describe("incremental stream backup and point-in-time restore", () => {
  it("backs up only what each run has not, and writes nothing when nothing is new", async () => {
    await add("sluice:{inc}", [T, T + 1, T + 2]);
    const first = await backupIncrements({ redis: from, store });
    expect(first?.chunks.map((c) => [c.stream, c.records, c.firstId, c.lastId])).toEqual([
      ["sluice:{inc}", 3, `${T}-0`, `${T + 2}-0`],
    ]);
    expect(await backupIncrements({ redis: from, store })).toBeUndefined();
    await add("sluice:{inc}", [T + 3]);
    const second = await backupIncrements({ redis: from, store });
    expect(second?.chunks.map((c) => [c.records, c.firstId])).toEqual([[1, `${T + 3}-0`]]);
    expect(await from.hget(CURSORS_KEY, "sluice:{inc}")).toBe(`${T + 3}-0 4`);
    expect(await store.incrementRunIds()).toHaveLength(2);
  });

  it("holds group-aware retention at the backup cursor while the backup runs, so nothing is trimmed unbacked", async () => {
    const key = "sluice:{held}";
    const consume = async () => {
      await from.xreadgroup("GROUP", "g", "c", "STREAMS", key, ">");
      const pending = (await from.xpending(key, "g", "-", "+", 100)) as [string][];
      await from.xack(key, "g", ...pending.map(([id]) => id));
    };
    const hold = backupCursorHold(60_000);
    await add(key, [T, T + 1, T + 2]);
    await from.xgroup("CREATE", key, "g", "0");
    await consume();
    expect(await hold(from, key)).toBeNull(); // no backup has run: nothing to wait for
    await backupIncrements({ redis: from, store });
    const backedUp = `${T + 2}-0`;
    expect(await hold(from, key)).toBe(backedUp);
    expect(await hold(from, "sluice:{unseen}")).toBe("0-0"); // a stream no run has seen is held whole
    await add(key, [T + 3, T + 4]);
    await consume();

    const held = await applyRetention(from, "held", { holdAfter: await hold(from, key) });
    expect(held).toMatchObject({ trimmed: 3, safeMinId: `${T + 2}-1` });
    expect(await ids(from, key)).toEqual([`${T + 3}-0`, `${T + 4}-0`]);
    const run = await backupIncrements({ redis: from, store });
    expect(run?.gaps).toEqual([]);
    expect(run?.chunks.map((c) => c.records)).toEqual([2]);
    expect(await applyRetention(from, "held", { holdAfter: await hold(from, key) })).toMatchObject({
      trimmed: 2,
    });

    // A backup that stopped holds nothing: its last run started longer ago than the hold's limit.
    await add(key, [T + 5]);
    await consume();
    await from.set(LAST_RUN_KEY, String(Date.now() - 61_000));
    expect(await hold(from, key)).toBeNull();
    expect(await applyRetention(from, "held", { holdAfter: null })).toMatchObject({ trimmed: 1 });
    await expect(applyRetention(from, "held", { holdAfter: "soon" })).rejects.toThrow(
      'Retention holdAfter must be a stream id like 1700000000000-0, got "soon"',
    );
  });

  it("takes a backlog over several runs when a run's deadline comes first", async () => {
    await add(
      "sluice:{backlog}",
      Array.from({ length: 25 }, (_, i) => T + i),
    );
    // Past its deadline, a run still takes one chunk of each stream, and moves the cursor as far as it got.
    const first = await backupIncrements({ redis: from, store, chunkEntries: 10, deadline: Date.now() - 1 });
    expect(first?.chunks.map((c) => c.records)).toEqual([10]);
    expect(await from.hget(CURSORS_KEY, "sluice:{backlog}")).toBe(`${T + 9}-0`);
    const rest = await backupIncrements({ redis: from, store, chunkEntries: 10 });
    expect(rest?.chunks.map((c) => c.records)).toEqual([10, 5]);
    expect(rest?.gaps).toEqual([]);
    expect(await from.hget(CURSORS_KEY, "sluice:{backlog}")).toBe(`${T + 24}-0 25`);
  });

  it("restores a snapshot and the increments after it up to a time, keeping the groups at their snapshot positions", async () => {
    await add("sluice:{pitr}", [T, T + 1000]);
    await from.xgroup("CREATE", "sluice:{pitr}", "g", "0");
    await from.xreadgroup("GROUP", "g", "c", "COUNT", 1, "STREAMS", "sluice:{pitr}", ">");
    await backupIncrements({ redis: from, store }); // before the snapshot: its entries are in the snapshot too
    const snapshot = await takeSnapshot({ redis: from, store });
    await add("sluice:{pitr}", [T + 60_000, T + 61_000]);
    await add("sluice:{new}", [T + 62_000]); // a stream the snapshot does not have
    await backupIncrements({ redis: from, store });
    await add("sluice:{pitr}", [T + 120_000]);
    await backupIncrements({ redis: from, store });

    const at = await restoreSnapshot({ redis: to, store, snapshotId: snapshot.id, until: T + 61_500 });
    expect(at.problems).toEqual([]);
    expect(at.replayed).toEqual({ "sluice:{pitr}": 2 });
    expect(await ids(to, "sluice:{pitr}")).toEqual([
      `${T}-0`,
      `${T + 1000}-0`,
      `${T + 60_000}-0`,
      `${T + 61_000}-0`,
    ]);
    expect(await to.exists("sluice:{new}")).toBe(0);
    const groups = (await to.call("XINFO", "GROUPS", "sluice:{pitr}")) as unknown[][];
    const g = groups[0] as unknown[];
    expect([
      g[g.indexOf("last-delivered-id") + 1],
      g[g.indexOf("pending") + 1],
      g[g.indexOf("lag") + 1],
    ]).toEqual([`${T}-0`, 1, 3]);

    await to.flushall();
    const latest = await restoreSnapshot({ redis: to, store, until: Number.POSITIVE_INFINITY });
    expect(latest.replayed).toEqual({ "sluice:{pitr}": 3, "sluice:{new}": 1 });
    expect(await ids(to, "sluice:{pitr}")).toEqual(await ids(from, "sluice:{pitr}"));
    expect(await ids(to, "sluice:{new}")).toEqual([`${T + 62_000}-0`]);
  });

  it("restores a range backed up twice once (a run retried before it moved its cursor)", async () => {
    await add("sluice:{twice}", [T]);
    const snapshot = await takeSnapshot({ redis: from, store });
    await add("sluice:{twice}", [T + 1, T + 2]);
    await backupIncrements({ redis: from, store });
    await from.hdel(CURSORS_KEY, "sluice:{twice}"); // as if the run died after its manifest
    await add("sluice:{twice}", [T + 3]);
    const again = await backupIncrements({ redis: from, store });
    expect(again?.chunks[0]?.records).toBe(4);
    const report = await restoreSnapshot({
      redis: to,
      store,
      snapshotId: snapshot.id,
      until: Number.POSITIVE_INFINITY,
    });
    expect(report.replayed).toEqual({ "sluice:{twice}": 3 });
    expect(await ids(to, "sluice:{twice}")).toEqual(await ids(from, "sluice:{twice}"));
  });

  it("reports entries trimmed before they were backed up, and detects a corrupted increment", async () => {
    await add("sluice:{gap}", [T, T + 1]);
    const snapshot = await takeSnapshot({ redis: from, store });
    await backupIncrements({ redis: from, store });
    await add("sluice:{gap}", [T + 2, T + 3, T + 4]);
    await from.xtrim("sluice:{gap}", "MINID", `${T + 4}`); // T+2 and T+3 never backed up
    const run = await backupIncrements({ redis: from, store });
    expect(run?.gaps).toEqual([{ stream: "sluice:{gap}", cursor: `${T + 1}-0`, missing: 2 }]);
    const report = await restoreSnapshot({
      redis: to,
      store,
      snapshotId: snapshot.id,
      until: Number.POSITIVE_INFINITY,
    });
    expect(report.problems).toEqual([
      `sluice:{gap}: 2 entries added after ${T + 1}-0 were gone before run ${run?.id} could back them up`,
    ]);

    const chunk = run?.chunks[0]?.key as string;
    await s3.send(new PutObjectCommand({ Bucket: store.bucket, Key: chunk, Body: Buffer.from("x") }));
    await to.flushall();
    const error = await restoreSnapshot({ redis: to, store, until: Number.POSITIVE_INFINITY }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(BackupCorruptError);
    expect(error.message).toContain(chunk);
  });
});
