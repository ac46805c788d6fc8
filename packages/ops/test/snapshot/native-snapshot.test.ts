import {
  CopySnapshotCommand,
  CreateSnapshotCommand,
  DeleteSnapshotCommand,
  DescribeSnapshotsCommand,
  type ElastiCacheClient,
  InvalidParameterValueException,
  InvalidReplicationGroupStateFault,
  InvalidSnapshotStateFault,
  type Snapshot,
  SnapshotAlreadyExistsFault,
  SnapshotNotFoundFault,
  SnapshotQuotaExceededFault,
} from "@aws-sdk/client-elasticache";
import { describe, expect, it } from "vitest";
import { NativeSnapshotError } from "../../src/snapshot/errors.ts";
import {
  nativeSnapshotName,
  nativeSnapshotSummary,
  takeNativeSnapshot,
} from "../../src/snapshot/native-snapshot.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date(Date.UTC(2026, 11, 2, 3, 0));
const GROUP = "orders";
const BUCKET = "sluice-exports";

interface Stored {
  name: string;
  group: string;
  status: string;
  source: "manual" | "automated";
  createdAt: Date;
}

/** ElastiCache's snapshot API for one node per group, in memory; a snapshot created by it stays `creating`. */
function fakeElastiCache(initial: Stored[], now = NOW) {
  const snapshots = [...initial];
  /** Keys of the objects exports wrote to BUCKET. */
  const objects = new Set<string>();
  /** Each call: the command and its snapshot name or marker. */
  const calls: string[] = [];
  const failures = new Map<string, Error>();
  const fault = <T>(Fault: new (o: { message: string; $metadata: object }) => T, message: string) =>
    new Fault({ message, $metadata: { httpStatusCode: 400 } });
  const find = (name: string | undefined) => snapshots.find((s) => s.name === name);

  async function send(command: unknown): Promise<unknown> {
    const name = (command as object).constructor.name.replace(/Command$/, "");
    const failure = failures.get(name);
    failures.delete(name);
    if (command instanceof DescribeSnapshotsCommand) {
      const { ReplicationGroupId, SnapshotSource, Marker, MaxRecords = 50 } = command.input;
      calls.push(`${name} ${Marker ?? "-"}`);
      if (failure) throw failure;
      if (MaxRecords < 20 || MaxRecords > 50)
        throw fault(InvalidParameterValueException, "MaxRecords 20..50");
      const matching = snapshots.filter(
        (s) =>
          (!ReplicationGroupId || s.group === ReplicationGroupId) &&
          (!SnapshotSource || (SnapshotSource === "user") === (s.source === "manual")),
      );
      const start = Number(Marker ?? 0);
      const page = matching.slice(start, start + MaxRecords);
      const next = start + MaxRecords < matching.length ? String(start + MaxRecords) : undefined;
      return { Snapshots: page.map(described), Marker: next, $metadata: {} };
    }
    if (command instanceof CreateSnapshotCommand) {
      const { ReplicationGroupId = "", SnapshotName } = command.input;
      calls.push(`${name} ${SnapshotName}`);
      if (failure) throw failure;
      if (find(SnapshotName)) throw fault(SnapshotAlreadyExistsFault, `${SnapshotName} exists`);
      const ofGroup = snapshots.filter((s) => s.group === ReplicationGroupId);
      if (ofGroup.some((s) => s.status === "creating")) {
        throw fault(InvalidReplicationGroupStateFault, `${ReplicationGroupId} is snapshotting`);
      }
      const recent = ofGroup.filter(
        (s) => s.source === "manual" && s.createdAt.getTime() > now.getTime() - DAY,
      );
      if (recent.length >= 20) throw fault(SnapshotQuotaExceededFault, "20 manual snapshots in 24 h");
      const created: Stored = {
        name: SnapshotName ?? "",
        group: ReplicationGroupId,
        status: "creating",
        source: "manual",
        createdAt: now,
      };
      snapshots.push(created);
      return { Snapshot: described(created), $metadata: {} };
    }
    if (command instanceof CopySnapshotCommand) {
      const { SourceSnapshotName, TargetSnapshotName, TargetBucket } = command.input;
      calls.push(`${name} ${SourceSnapshotName} ${TargetSnapshotName} ${TargetBucket}`);
      if (failure) throw failure;
      const source = find(SourceSnapshotName);
      if (!source) throw fault(SnapshotNotFoundFault, `${SourceSnapshotName} not found`);
      if (source.status !== "available")
        throw fault(InvalidSnapshotStateFault, `${source.name} is ${source.status}`);
      const key = `${TargetSnapshotName}-0001.rdb`;
      if (TargetBucket !== BUCKET) throw fault(InvalidParameterValueException, `no bucket ${TargetBucket}`);
      if (objects.has(key)) throw fault(InvalidParameterValueException, `${BUCKET} already has ${key}`);
      objects.add(key);
      return { Snapshot: described(source), $metadata: {} };
    }
    if (command instanceof DeleteSnapshotCommand) {
      const { SnapshotName } = command.input;
      calls.push(`${name} ${SnapshotName}`);
      if (failure) throw failure;
      const snapshot = find(SnapshotName);
      if (!snapshot) throw fault(SnapshotNotFoundFault, `${SnapshotName} not found`);
      if (snapshot.status !== "available") {
        throw fault(InvalidSnapshotStateFault, `${snapshot.name} is ${snapshot.status}`);
      }
      snapshots.splice(snapshots.indexOf(snapshot), 1);
      return { Snapshot: described(snapshot), $metadata: {} };
    }
    throw new Error(`the fake does not implement ${name}`);
  }

  return {
    client: { send } as unknown as Pick<ElastiCacheClient, "send">,
    calls,
    objects,
    names: () => snapshots.map((s) => s.name).sort(),
    /** The next call of this command (e.g. "CreateSnapshot") throws this error. */
    fail: (command: string, error: Error) => failures.set(command, error),
    /** The job's S3 side: a name is exported when the bucket has an object `<name>-…`. */
    exported: async (names: string[]) =>
      new Set(names.filter((n) => [...objects].some((key) => key.startsWith(`${n}-`)))),
  };
}

function described(s: Stored): Snapshot {
  return {
    SnapshotName: s.name,
    ReplicationGroupId: s.group,
    SnapshotStatus: s.status,
    SnapshotSource: s.source,
    NodeSnapshots: [
      { CacheClusterId: `${s.group}-0001`, CacheNodeId: "0001", SnapshotCreateTime: s.createdAt },
    ],
  };
}

/** A Sluice snapshot of GROUP taken `ago` ms before NOW. */
function ours(ago: number, status = "available"): Stored {
  const createdAt = new Date(NOW.getTime() - ago);
  return { name: nativeSnapshotName(GROUP, createdAt), group: GROUP, status, source: "manual", createdAt };
}

/** Someone else's snapshot of GROUP. */
function other(name: string, ago: number, source: Stored["source"] = "manual", status = "available"): Stored {
  return { name, group: GROUP, status, source, createdAt: new Date(NOW.getTime() - ago) };
}

describe("native snapshot names", () => {
  it("are sluice-<group>-<yyyymmdd-hhmm> in UTC and fit ElastiCache's rule, however long the group id", () => {
    expect(nativeSnapshotName("Orders", NOW)).toBe("sluice-orders-20261202-0300");
    const long = nativeSnapshotName("payments-eu-west-1-primary-cluster-0042", NOW);
    expect(long).toBe("sluice-payments-eu-west-1-20261202-0300");
    expect(long.length).toBeLessThanOrEqual(40);
    // Cut where the group id has a hyphen: the hyphen goes, so no two stand together.
    expect(nativeSnapshotName("abcdefghijklmnopqr-s", NOW)).toBe("sluice-abcdefghijklmnopqr-20261202-0300");
  });

  it("refuse a group id ElastiCache would not have, before any call", async () => {
    const fake = fakeElastiCache([]);
    await expect(
      takeNativeSnapshot({ client: fake.client, replicationGroupId: "bad_group" }),
    ).rejects.toThrow(expect.objectContaining({ code: "ops.invalid_replication_group" }));
    await expect(
      takeNativeSnapshot({ client: fake.client, replicationGroupId: GROUP, exportBucket: BUCKET }),
    ).rejects.toThrow(expect.objectContaining({ code: "ops.invalid_options" }));
    expect(fake.calls).toEqual([]);
  });
});

describe("takeNativeSnapshot", () => {
  it("creates the first snapshot", async () => {
    const fake = fakeElastiCache([]);
    const report = await takeNativeSnapshot({ client: fake.client, replicationGroupId: GROUP, now: NOW });
    expect(report).toEqual({
      kind: "sluice.ops.native-snapshot",
      version: 1,
      at: NOW.getTime(),
      replicationGroupId: GROUP,
      created: "sluice-orders-20261202-0300",
      skipped: null,
      manualInLast24h: 0,
      exported: [],
      deleted: [],
      problems: [],
    });
    expect(fake.calls).toEqual(["DescribeSnapshots -", "CreateSnapshot sluice-orders-20261202-0300"]);
    expect(nativeSnapshotSummary(report)).toBe(
      "orders 2026-12-02T03:00:00.000Z: created sluice-orders-20261202-0300; 0 manual snapshots in the last 24 h",
    );
  });

  it("skips at the quota, counting every manual snapshot of the last 24 h, not only Sluice's", async () => {
    const recent = [
      ...Array.from({ length: 5 }, (_, i) => ours((i + 1) * HOUR)),
      ...Array.from({ length: 15 }, (_, i) => other(`by-hand-${i}`, (i + 1) * 60_000)),
    ];
    const older = [other("by-hand-old", 25 * HOUR), other("automatic.orders-2026-12-01", HOUR, "automated")];
    const fake = fakeElastiCache([...recent, ...older]);
    const report = await takeNativeSnapshot({ client: fake.client, replicationGroupId: GROUP, now: NOW });
    expect(report.created).toBeNull();
    expect(report.manualInLast24h).toBe(20);
    expect(report.skipped).toEqual({
      reason: "quota",
      message: "20 manual snapshots of orders in the last 24 h, the limit is 20",
    });
    expect(fake.calls).toEqual(["DescribeSnapshots -"]);
    expect(nativeSnapshotSummary(report)).toBe(
      "orders 2026-12-02T03:00:00.000Z: skipped (quota): 20 manual snapshots of orders in the last 24 h, " +
        "the limit is 20; 20 manual snapshots in the last 24 h",
    );

    // One fewer in the window, and the snapshot is taken.
    const below = fakeElastiCache([...recent.slice(1), ...older]);
    const taken = await takeNativeSnapshot({ client: below.client, replicationGroupId: GROUP, now: NOW });
    expect(taken).toMatchObject({
      created: "sluice-orders-20261202-0300",
      skipped: null,
      manualInLast24h: 19,
    });
  });

  it("skips while a snapshot of the group is being created, an automatic one too", async () => {
    const fake = fakeElastiCache([
      ours(2 * HOUR),
      other("automatic.orders-2026-12-02-02-50", 10 * 60_000, "automated", "creating"),
    ]);
    const report = await takeNativeSnapshot({ client: fake.client, replicationGroupId: GROUP, now: NOW });
    expect(report.created).toBeNull();
    expect(report.skipped).toEqual({
      reason: "in_progress",
      message: "snapshot automatic.orders-2026-12-02-02-50 of orders is being created",
    });
    expect(report.manualInLast24h).toBe(1);
    expect(fake.calls).toEqual(["DescribeSnapshots -"]);
  });

  it("exports the newest available Sluice snapshot not in the bucket, and not again once it is", async () => {
    const fake = fakeElastiCache([ours(2 * DAY), ours(DAY), other("by-hand", HOUR)]);
    fake.objects.add("sluice-orders-20261130-0300-0001.rdb");
    const options = {
      client: fake.client,
      replicationGroupId: GROUP,
      exportBucket: BUCKET,
      exported: fake.exported,
    };
    const first = await takeNativeSnapshot({ ...options, now: NOW });
    expect(first.created).toBe("sluice-orders-20261202-0300");
    expect(first.exported).toEqual(["sluice-orders-20261201-0300"]);
    expect(first.problems).toEqual([]);
    expect([...fake.objects].sort()).toEqual([
      "sluice-orders-20261130-0300-0001.rdb",
      "sluice-orders-20261201-0300-0001.rdb",
    ]);
    expect(fake.calls.filter((c) => c.startsWith("CopySnapshot"))).toEqual([
      `CopySnapshot sluice-orders-20261201-0300 sluice-orders-20261201-0300 ${BUCKET}`,
    ]);
    expect(nativeSnapshotSummary(first)).toBe(
      "orders 2026-12-02T03:00:00.000Z: created sluice-orders-20261202-0300; 1 manual snapshots in the last 24 h\n" +
        "exported sluice-orders-20261201-0300",
    );

    // An hour on, today's is still being created: the newest available one is in the bucket already.
    fake.calls.length = 0;
    const second = await takeNativeSnapshot({ ...options, now: new Date(NOW.getTime() + HOUR) });
    expect(second.skipped?.reason).toBe("in_progress");
    expect(second.exported).toEqual([]);
    expect(second.problems).toEqual([]);
    expect(fake.calls).toEqual(["DescribeSnapshots -"]);

    // The newest is in the bucket but an older one is not (its export failed): that one goes, and is not deleted
    // while it is copied though it is past keepDays.
    const behind = fakeElastiCache([ours(9 * DAY), ours(DAY)]);
    behind.objects.add("sluice-orders-20261201-0300-0001.rdb");
    const caughtUp = await takeNativeSnapshot({
      ...options,
      client: behind.client,
      exported: behind.exported,
      now: NOW,
    });
    expect(caughtUp.exported).toEqual(["sluice-orders-20261123-0300"]);
    expect(caughtUp.deleted).toEqual([]);
  });

  it("deletes Sluice snapshots older than keepDays, never the newest available one, never anyone else's", async () => {
    const fake = fakeElastiCache([
      ...[1, 2, 7, 8, 9, 10].map((days) => ours(days * DAY)),
      other("by-hand-ancient", 90 * DAY),
      other("sluice-orders-2019-by-hand", 90 * DAY),
      other("automatic.orders-2026-11-01", 31 * DAY, "automated"),
      {
        ...ours(30 * DAY),
        group: "billing",
        name: nativeSnapshotName("billing", new Date(NOW.getTime() - 30 * DAY)),
      },
    ]);
    const report = await takeNativeSnapshot({
      client: fake.client,
      replicationGroupId: GROUP,
      now: NOW,
      keepDays: 7,
    });
    expect(report.deleted).toEqual([
      "sluice-orders-20261122-0300",
      "sluice-orders-20261123-0300",
      "sluice-orders-20261124-0300",
    ]);
    expect(fake.names()).toEqual([
      "automatic.orders-2026-11-01",
      "by-hand-ancient",
      "sluice-billing-20261102-0300",
      "sluice-orders-2019-by-hand",
      "sluice-orders-20261125-0300",
      "sluice-orders-20261130-0300",
      "sluice-orders-20261201-0300",
      "sluice-orders-20261202-0300",
    ]);

    // All of Sluice's are old (the job was down), and one is still being created: the newest available stays.
    const stale = fakeElastiCache([ours(30 * DAY), ours(20 * DAY), ours(10 * DAY, "creating")]);
    const kept = await takeNativeSnapshot({ client: stale.client, replicationGroupId: GROUP, now: NOW });
    expect(kept.skipped?.reason).toBe("in_progress");
    expect(kept.deleted).toEqual(["sluice-orders-20261102-0300"]);
    expect(kept.problems).toEqual([]);
    expect(stale.names()).toEqual(["sluice-orders-20261112-0300", "sluice-orders-20261122-0300"]);
  });

  it("reads every page of snapshots (130 over pages of 50)", async () => {
    const fake = fakeElastiCache([
      ...Array.from({ length: 110 }, (_, i) => other(`automatic.orders-${i}`, (i + 2) * DAY, "automated")),
      ...Array.from({ length: 20 }, (_, i) => other(`by-hand-${i}`, (i + 1) * HOUR)),
    ]);
    const report = await takeNativeSnapshot({ client: fake.client, replicationGroupId: GROUP, now: NOW });
    expect(fake.calls).toEqual(["DescribeSnapshots -", "DescribeSnapshots 50", "DescribeSnapshots 100"]);
    expect(report.manualInLast24h).toBe(20);
    expect(report.skipped?.reason).toBe("quota");
  });

  it("throws a NativeSnapshotError carrying the AWS error when CreateSnapshot fails", async () => {
    const fake = fakeElastiCache([ours(9 * DAY)]);
    const refusal = new SnapshotQuotaExceededFault({ message: "quota exceeded", $metadata: {} });
    fake.fail("CreateSnapshot", refusal);
    const error = await takeNativeSnapshot({
      client: fake.client,
      replicationGroupId: GROUP,
      now: NOW,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSnapshotError);
    expect(error).toMatchObject({
      code: "ops.native_snapshot_failed",
      kind: "unavailable",
      message: "CreateSnapshot sluice-orders-20261202-0300 of orders failed: quota exceeded",
      details: { replicationGroupId: GROUP, snapshotName: "sluice-orders-20261202-0300" },
    });
    expect((error as Error).cause).toBe(refusal);
    expect(fake.calls).toEqual(["DescribeSnapshots -", "CreateSnapshot sluice-orders-20261202-0300"]);

    const listing = fakeElastiCache([]);
    listing.fail(
      "DescribeSnapshots",
      new InvalidParameterValueException({ message: "denied", $metadata: {} }),
    );
    await expect(takeNativeSnapshot({ client: listing.client, replicationGroupId: GROUP })).rejects.toThrow(
      expect.objectContaining({
        code: "ops.native_snapshot_failed",
        message: "DescribeSnapshots of orders failed: denied",
      }),
    );
  });

  it("reports a failed export or delete as a problem and still creates", async () => {
    const fake = fakeElastiCache([ours(10 * DAY), ours(9 * DAY), ours(DAY)]);
    const denied = "ElastiCache has not been granted WRITE permissions sluice-exports on the S3 Bucket.";
    fake.fail("CopySnapshot", new InvalidParameterValueException({ message: denied, $metadata: {} }));
    fake.fail("DeleteSnapshot", new InvalidSnapshotStateFault({ message: "busy", $metadata: {} }));
    const report = await takeNativeSnapshot({
      client: fake.client,
      replicationGroupId: GROUP,
      now: NOW,
      exportBucket: BUCKET,
      exported: fake.exported,
    });
    expect(report.created).toBe("sluice-orders-20261202-0300");
    expect(report.exported).toEqual([]);
    expect(report.deleted).toEqual(["sluice-orders-20261123-0300"]);
    expect(report.problems).toEqual([
      `export sluice-orders-20261201-0300 to s3://sluice-exports: ${denied}`,
      "delete sluice-orders-20261122-0300: busy",
    ]);
    expect(fake.objects.size).toBe(0);
    expect(nativeSnapshotSummary(report).split("\n")).toEqual([
      "orders 2026-12-02T03:00:00.000Z: created sluice-orders-20261202-0300; 0 manual snapshots in the last 24 h",
      "deleted sluice-orders-20261123-0300",
      `problem: export sluice-orders-20261201-0300 to s3://sluice-exports: ${denied}`,
      "problem: delete sluice-orders-20261122-0300: busy",
    ]);

    // The bucket cannot be listed: nothing is exported, and that is a problem too.
    const unlisted = fakeElastiCache([ours(DAY)]);
    const failing = await takeNativeSnapshot({
      client: unlisted.client,
      replicationGroupId: GROUP,
      now: NOW,
      exportBucket: BUCKET,
      exported: () => Promise.reject(new Error("AccessDenied")),
    });
    expect(failing.problems).toEqual(["export (listing the bucket) to s3://sluice-exports: AccessDenied"]);
    expect(unlisted.calls.some((c) => c.startsWith("CopySnapshot"))).toBe(false);
  });
});
