import { PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import type { RedisClient } from "@sluice/streams";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BackupStore,
  backupIncrements,
  captureStream,
  cleanBackups,
  type GroupState,
  type PendingEntry,
  type SnapshotManifest,
  snapshotId,
  takeSnapshot,
  type VerificationReport,
  verifyBackup,
} from "../../src/backup/index.ts";
import { compareStream } from "../../src/backup/verify.ts";
import { useBackupKit } from "./backup-kit.ts";

const kit = useBackupKit(["b-1", "b-2", "b-3", "b-4", "b-5", "b-6"]);
let s3: S3Client;
let from: RedisClient;
let scratch: RedisClient;
let bucket = 0;
let store: BackupStore;
const DAY = 86_400_000;

beforeAll(() => {
  ({ s3, from, to: scratch } = kit);
});
beforeEach(async () => {
  bucket += 1;
  store = new BackupStore({ client: s3, bucket: `b-${bucket}` });
  await Promise.all([from.flushall(), scratch.flushall()]);
});

/** A stream with two groups, acknowledged and pending entries (one redelivered), and an idle consumer. */
async function populate(): Promise<void> {
  const pipeline = from.pipeline();
  for (let i = 0; i < 1200; i++) pipeline.xadd("sluice:{v}", "*", "t", "e", "d", String(i));
  await pipeline.exec();
  await from.xgroup("CREATE", "sluice:{v}", "g1", "0");
  await from.xreadgroup("GROUP", "g1", "c1", "COUNT", 500, "STREAMS", "sluice:{v}", ">");
  const read = (await from.xrange("sluice:{v}", "-", "+", "COUNT", 300)).map(([id]) => id);
  await from.xack("sluice:{v}", "g1", ...read.slice(0, 200));
  await from.call("XCLAIM", "sluice:{v}", "g1", "c2", 0, read[250] as string);
  await from.xgroup("CREATE", "sluice:{v}", "g2", "$");
  await from.call("XGROUP", "CREATECONSUMER", "sluice:{v}", "g2", "idle");
  await from.set("plain", "value");
}

const put = (key: string, body: string | Buffer) =>
  s3.send(new PutObjectCommand({ Bucket: store.bucket, Key: key, Body: body }));
const manifestOf = async (id: string) =>
  JSON.parse((await store.get(store.manifestKey(id))).toString()) as SnapshotManifest;

describe("backup verification", () => {
  it("passes a faithful backup, increments replayed, and notes pending ids whose entries the source had trimmed", async () => {
    await populate();
    // A pending entry whose entry is gone: XDEL leaves it in the group's pending list.
    const [gone] = (await from.xrange("sluice:{v}", "-", "+", "COUNT", 201)).slice(200).map(([id]) => id);
    await from.xdel("sluice:{v}", gone as string);
    const manifest = await takeSnapshot({ redis: from, store, chunkEntries: 400 });
    await backupIncrements({ redis: from, store }); // all there was: nothing new to replay
    await from.xadd("sluice:{v}", "*", "t", "later");
    await backupIncrements({ redis: from, store });

    const report = await verifyBackup({ scratch, store });
    expect(report).toMatchObject({
      kind: "sluice.backup.verification",
      snapshotId: manifest.id,
      passed: true,
      streams: 1,
      entries: 1199,
      keys: 1,
      mismatches: [],
      error: null,
      increments: { runs: 2, entries: 1 },
    });
    expect(report.notes).toEqual([
      `sluice:{v}: group g1 pending ${gone} of c1 not restored: its entry is not in the backup (trimmed in the source)`,
    ]);
  });

  it("fails, saying what differs, when the restored streams do not match the manifest", async () => {
    await populate();
    const { id } = await takeSnapshot({ redis: from, store });
    const manifest = await manifestOf(id);
    // A backup that lost an entry, and a group whose lag the source reported otherwise than its counters give.
    const backup = manifest.streams[0] as SnapshotManifest["streams"][number];
    backup.entries += 1;
    const g1 = backup.state.groups.find((g) => g.name === "g1") as (typeof backup.state.groups)[number];
    g1.lag = (g1.lag as number) + 1;
    await put(store.manifestKey(id), JSON.stringify(manifest));

    const report = await verifyBackup({ scratch, store });
    expect(report).toMatchObject({ passed: false, error: null });
    expect(report.mismatches).toEqual([
      "sluice:{v}: 1200 entries restored, the manifest says 1201",
      "sluice:{v}: length is 1200, the manifest says 1201",
      `sluice:{v}: group g1 lag is ${g1.lag - 1}, the manifest says ${g1.lag}`,
    ]);
  });

  it("compares groups, consumers and pending entries one by one", async () => {
    await populate();
    const actual = await captureStream(from, "sluice:{v}");
    const expected = structuredClone(actual);
    const [g1, g2] = expected.groups as [GroupState, GroupState];
    const [p1, p2, p3] = g1.pending as [PendingEntry, PendingEntry, PendingEntry];
    p2.deliveredAt -= 60_000;
    p3.deliveries += 2;
    g1.pending.shift(); // and restored, it has one the manifest lacks
    g1.pending.unshift({ ...p1, id: "1-1" });
    g2.consumers.push("gone");
    expected.groups.push({ ...g2, name: "g3" });
    expected.entriesAdded += 1;
    expect(compareStream(expected, actual.length, actual)).toEqual([
      `sluice:{v}: entries added is ${actual.entriesAdded}, the manifest says ${expected.entriesAdded}`,
      "sluice:{v}: group g1 pending 1-1 of c1 is missing",
      `sluice:{v}: group g1 pending ${p2.id} was delivered at ${p2.deliveredAt + 60_000}, the manifest says ${p2.deliveredAt}`,
      `sluice:{v}: group g1 pending ${p3.id} is c1×1, the manifest says c1×3`,
      `sluice:{v}: group g1 pending ${p1.id} is not in the manifest`,
      "sluice:{v}: group g2 consumers is idle, the manifest says gone,idle",
      "sluice:{v}: group g3 is missing",
    ]);
  });

  it("fails, naming the chunk, when an incremental chunk no longer matches its checksum", async () => {
    await populate();
    await takeSnapshot({ redis: from, store });
    await from.xadd("sluice:{v}", "*", "t", "later");
    const run = await backupIncrements({ redis: from, store });
    const chunk = run?.chunks[0]?.key as string;
    await put(chunk, "not the chunk");
    const report = await verifyBackup({ scratch, store });
    expect(report.passed).toBe(false);
    expect(report.error).toContain(chunk);
  });
});

describe("backup retention", () => {
  /** A copy of snapshot `id` as if taken at `at` (its manifest and chunks under the new id). */
  async function copySnapshot(id: string, at: number): Promise<string> {
    const copy = snapshotId(new Date(at));
    const manifest = await manifestOf(id);
    manifest.id = copy;
    for (const ref of [...manifest.streams.flatMap((s) => s.chunks), ...manifest.keys.chunks]) {
      const key = ref.key.replace(store.snapshotPrefix(id), store.snapshotPrefix(copy));
      await put(key, await store.get(ref.key));
      ref.key = key;
    }
    await put(store.manifestKey(copy), JSON.stringify(manifest));
    return copy;
  }
  const verified = async (id: string, passed: boolean) =>
    put(store.verificationKey(id), JSON.stringify({ snapshotId: id, passed } as VerificationReport));
  const keys = async (folder: "snapshots" | "increments" | "verifications") =>
    (await store.list(store.folder(folder))).map((o) => o.key);

  it("deletes by count and age, keeps the newest and the newest verified snapshot, and what replays need", async () => {
    await populate();
    const s1 = (await takeSnapshot({ redis: from, store })).id;
    await from.xadd("sluice:{v}", "*", "t", "a");
    const run1 = await backupIncrements({ redis: from, store });
    const s2 = (await takeSnapshot({ redis: from, store })).id;
    await from.xadd("sluice:{v}", "*", "t", "b");
    await backupIncrements({ redis: from, store });
    const s3 = (await takeSnapshot({ redis: from, store })).id;
    await verified(s1, true);
    await verified(s3, false);
    const abandoned = `${store.snapshotPrefix(snapshotId())}streams/x/000000.chunk.zst`;
    await put(abandoned, "a snapshot that died before its manifest");

    // By count: the newest two stay, and s1 for being the newest that passed verification.
    let report = await cleanBackups(store, { maxCount: 1 });
    expect(report).toMatchObject({
      kept: 2,
      deletedSnapshots: [s2],
      newestVerified: s1,
      deletedIncrementRuns: 0,
    });
    expect(await store.snapshotIds()).toEqual([s1, s3]);
    expect((await keys("snapshots")).filter((k) => k.includes(s2))).toEqual([]);
    expect(await keys("snapshots")).toContain(abandoned); // less than a day old: may still be written
    expect(await verifyBackup({ scratch, store, snapshotId: s1 })).toMatchObject({ passed: true });
    await scratch.flushall();

    // Three days on, a new snapshot verified: age removes s1 and s3, the increments before the new one go, except
    // a chunk a kept run lists (a run that retried a range writes the same key).
    const later = Date.now() + 3 * DAY;
    const s4 = await copySnapshot(s3, later);
    await verified(s4, true);
    const kept = run1?.chunks[0] as NonNullable<typeof run1>["chunks"][number];
    const lateRun = snapshotId(new Date(later));
    await put(store.incrementManifestKey(lateRun), JSON.stringify({ ...run1, id: lateRun, chunks: [kept] }));
    report = await cleanBackups(store, { maxAgeMs: DAY }, later);
    expect(report).toMatchObject({
      kept: 1,
      deletedSnapshots: [s1, s3],
      newestVerified: s4,
      deletedIncrementRuns: 2,
    });
    expect(await store.snapshotIds()).toEqual([s4]);
    expect(await store.verificationIds()).toEqual([s4]);
    expect(await store.incrementRunIds()).toEqual([lateRun]);
    expect(await keys("increments")).toEqual([kept.key]);
    expect((await keys("snapshots")).every((k) => k.startsWith(store.snapshotPrefix(s4)))).toBe(true);
    expect(await verifyBackup({ scratch, store })).toMatchObject({ snapshotId: s4, passed: true });
  });

  it("keeps the newest snapshot however old it is, so stopped backups never leave none", async () => {
    await populate();
    const only = (await takeSnapshot({ redis: from, store })).id;
    const report = await cleanBackups(store, { maxAgeMs: DAY, maxCount: 1 }, Date.now() + 30 * DAY);
    expect(report).toMatchObject({ kept: 1, deletedSnapshots: [], newestVerified: null });
    expect(await store.snapshotIds()).toEqual([only]);
  });
});
