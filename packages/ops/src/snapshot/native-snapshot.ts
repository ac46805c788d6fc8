// The daily native snapshot of an ElastiCache replication group: a manual CreateSnapshot named
// `sluice-<group>-<yyyymmdd-hhmm>` (UTC), skipped when the group's manual snapshots of the last 24 h (Sluice's and
// anyone's) reach the quota or a snapshot of it is being created, which ElastiCache would refuse. Then, when asked,
// the newest available Sluice snapshot not yet in the export bucket is exported there (CopySnapshot with a
// TargetBucket writes `<name>-<node>.rdb` objects). Manual snapshots stay until deleted, so the run deletes Sluice's
// older than keepDays: never the newest available one, never one with another name.
// The caller needs elasticache:DescribeSnapshots, CreateSnapshot and DeleteSnapshot; to export, also
// elasticache:CopySnapshot, s3:GetBucketLocation and s3:ListAllMyBuckets (on `*`).
import {
  CopySnapshotCommand,
  CreateSnapshotCommand,
  DeleteSnapshotCommand,
  DescribeSnapshotsCommand,
  type ElastiCacheClient,
  type Snapshot,
} from "@aws-sdk/client-elasticache";
import { InvalidInputError } from "@sluice/streams";
import { NativeSnapshotError } from "./errors.ts";

const DAY_MS = 86_400_000;
/** ElastiCache's rule for a backup name (as for a cluster name): 1–40 letters, digits or hyphens, a letter first,
 * no two hyphens in a row, none last. Names are stored lowercase. */
const NAME_RULE = /^[a-z](?:-?[a-z0-9])*$/;
const NAME_MAX = 40;
/** What follows the prefix in a Sluice snapshot's name. */
const STAMP = /^\d{8}-\d{4}$/;

export interface NativeSnapshotOptions {
  client: Pick<ElastiCacheClient, "send">;
  replicationGroupId: string;
  /** Default: the current time. */
  now?: Date;
  /** Manual snapshots ElastiCache allows per node in 24 h (default 20). */
  dailyLimit?: number;
  /** Sluice snapshots older than this many days are deleted (default 7). */
  keepDays?: number;
  /**
   * S3 bucket to export to, in the group's region. It must have ACLs enabled (Object Ownership other than "bucket
   * owner enforced") and grant ElastiCache's canonical user List objects, Write objects and Read bucket permissions
   * (READ, WRITE, READ_ACP on the bucket): 540804c33a284a299d2547575ce1010f2312ef3da9b3a053c8bc45bf233e4353 in
   * Regions enabled by default (China and GovCloud have their own ids). In a Region opted in to, a bucket policy for
   * the service `<region>.elasticache-snapshot.amazonaws.com` instead: s3:PutObject, GetObject, ListBucket,
   * GetBucketAcl, ListMultipartUploadParts, ListBucketMultipartUploads.
   */
  exportBucket?: string;
  /** Which of these snapshot names already have objects in the export bucket; required with `exportBucket`. */
  exported?: (names: string[]) => Promise<Set<string>>;
}

export interface NativeSnapshotReport {
  kind: "sluice.ops.native-snapshot";
  version: 1;
  /** When the run started, epoch ms. */
  at: number;
  replicationGroupId: string;
  /** Name of the snapshot this run started (it is `creating` when the run ends). */
  created: string | null;
  skipped: null | { reason: "quota" | "in_progress"; message: string };
  /** Manual snapshots of the group, anyone's, created in the 24 h before the run (as listed before creating). */
  manualInLast24h: number;
  /** Snapshots whose export this run started. */
  exported: string[];
  deleted: string[];
  /** Exports and deletions that failed; they do not fail the run. */
  problems: string[];
}

interface Listed {
  name: string;
  status: string;
  manual: boolean;
  /** Epoch ms of its first node snapshot; NaN while ElastiCache reports none. */
  createdAt: number;
}

/** `sluice-<group>-`, the group id lowercased and cut so that every name fits the 40 characters. */
function namePrefix(replicationGroupId: string): string {
  const room = NAME_MAX - "sluice--yyyymmdd-hhmm".length;
  return `sluice-${replicationGroupId.toLowerCase().slice(0, room).replace(/-+$/, "")}-`;
}

/** `sluice-<group>-20261202-1530`: the name of the snapshot taken at `at` (UTC, to the minute). */
export function nativeSnapshotName(replicationGroupId: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  return `${namePrefix(replicationGroupId)}${stamp}`;
}

export async function takeNativeSnapshot(options: NativeSnapshotOptions): Promise<NativeSnapshotReport> {
  const { client, replicationGroupId: group, now = new Date(), dailyLimit = 20, keepDays = 7 } = options;
  const { exportBucket, exported } = options;
  const name = nativeSnapshotName(group, now);
  if (!NAME_RULE.test(name)) {
    throw new InvalidInputError("ops.invalid_replication_group", `"${group}" is not a replication group id`);
  }
  if (exportBucket && !exported) {
    throw new InvalidInputError("ops.invalid_options", "exportBucket needs exported, to skip what is there");
  }
  const at = now.getTime();
  const snapshots = await listSnapshots(client, group);
  const report: NativeSnapshotReport = {
    kind: "sluice.ops.native-snapshot",
    version: 1,
    at,
    replicationGroupId: group,
    created: null,
    skipped: null,
    // One whose time is not known yet counts: it is being created.
    manualInLast24h: snapshots.filter((s) => s.manual && !(s.createdAt <= at - DAY_MS)).length,
    exported: [],
    deleted: [],
    problems: [],
  };
  const creating = snapshots.find((s) => s.status === "creating");
  if (report.manualInLast24h >= dailyLimit) {
    const message = `${report.manualInLast24h} manual snapshots of ${group} in the last 24 h, the limit is ${dailyLimit}`;
    report.skipped = { reason: "quota", message };
  } else if (creating) {
    report.skipped = {
      reason: "in_progress",
      message: `snapshot ${creating.name} of ${group} is being created`,
    };
  } else {
    await createSnapshot(client, group, name);
    report.created = name;
  }
  const prefix = namePrefix(group);
  const ours = snapshots
    .filter((s) => s.manual && s.name.startsWith(prefix) && STAMP.test(s.name.slice(prefix.length)))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const available = ours.filter((s) => s.status === "available").map((s) => s.name);
  if (exportBucket && exported) await exportNewest(client, exportBucket, available, exported, report);
  const keep = new Set([available.at(-1), ...report.exported]);
  for (const snapshot of ours) {
    if (keep.has(snapshot.name) || snapshot.status !== "available") continue;
    if (!(snapshot.createdAt < at - keepDays * DAY_MS)) continue;
    try {
      await client.send(new DeleteSnapshotCommand({ SnapshotName: snapshot.name }));
      report.deleted.push(snapshot.name);
    } catch (error) {
      report.problems.push(`delete ${snapshot.name}: ${(error as Error).message}`);
    }
  }
  return report;
}

/** Every snapshot of the group, manual and automatic (an automatic one being created also blocks a new one). */
async function listSnapshots(client: NativeSnapshotOptions["client"], group: string): Promise<Listed[]> {
  const listed: Listed[] = [];
  let marker: string | undefined;
  try {
    do {
      const page = await client.send(
        new DescribeSnapshotsCommand({ ReplicationGroupId: group, MaxRecords: 50, Marker: marker }),
      );
      for (const snapshot of page.Snapshots ?? []) listed.push(toListed(snapshot));
      marker = page.Marker;
    } while (marker);
  } catch (error) {
    throw new NativeSnapshotError(`DescribeSnapshots of ${group} failed: ${(error as Error).message}`, {
      cause: error,
      details: { replicationGroupId: group },
    });
  }
  return listed;
}

function toListed(snapshot: Snapshot): Listed {
  const times = (snapshot.NodeSnapshots ?? []).flatMap((node) =>
    node.SnapshotCreateTime ? [node.SnapshotCreateTime.getTime()] : [],
  );
  return {
    name: snapshot.SnapshotName ?? "",
    status: snapshot.SnapshotStatus ?? "",
    manual: snapshot.SnapshotSource === "manual",
    createdAt: times.length > 0 ? Math.min(...times) : Number.NaN,
  };
}

async function createSnapshot(client: NativeSnapshotOptions["client"], group: string, name: string) {
  try {
    await client.send(new CreateSnapshotCommand({ ReplicationGroupId: group, SnapshotName: name }));
  } catch (error) {
    throw new NativeSnapshotError(`CreateSnapshot ${name} of ${group} failed: ${(error as Error).message}`, {
      cause: error,
      details: { replicationGroupId: group, snapshotName: name },
    });
  }
}

/** Exports the newest of the available snapshots (oldest first) that the bucket does not have yet. */
async function exportNewest(
  client: NativeSnapshotOptions["client"],
  bucket: string,
  available: string[],
  exported: (names: string[]) => Promise<Set<string>>,
  report: NativeSnapshotReport,
): Promise<void> {
  let name: string | undefined;
  try {
    const there = await exported(available);
    name = available.findLast((n) => !there.has(n));
    if (name === undefined) return;
    await client.send(
      new CopySnapshotCommand({ SourceSnapshotName: name, TargetSnapshotName: name, TargetBucket: bucket }),
    );
    report.exported.push(name);
  } catch (error) {
    report.problems.push(
      `export ${name ?? "(listing the bucket)"} to s3://${bucket}: ${(error as Error).message}`,
    );
  }
}

/** The report in a few lines: what was created or why not, then exports, deletions and problems. */
export function nativeSnapshotSummary(report: NativeSnapshotReport): string {
  const outcome = report.skipped
    ? `skipped (${report.skipped.reason}): ${report.skipped.message}`
    : `created ${report.created}`;
  const lines = [
    `${report.replicationGroupId} ${new Date(report.at).toISOString()}: ${outcome}; ` +
      `${report.manualInLast24h} manual snapshots in the last 24 h`,
  ];
  if (report.exported.length > 0) lines.push(`exported ${report.exported.join(", ")}`);
  if (report.deleted.length > 0) lines.push(`deleted ${report.deleted.join(", ")}`);
  for (const problem of report.problems) lines.push(`problem: ${problem}`);
  return lines.join("\n");
}
