// Backup retention (weekly): snapshots older than `maxAgeMs` or beyond the newest `maxCount` are deleted — their
// manifest first, so a snapshot half deleted is never taken for a whole one, then their chunks and verification
// report — except the newest snapshot and the newest one that passed verification, which are always kept. Chunks
// of snapshots that never got a manifest (a run that died) go once a day old. Incremental chunks and run manifests
// go once they are older than every kept snapshot by more than the replay's window, unless a kept run lists them.
// The bucket is versioned: what this deletes stays recoverable until its noncurrent version expires.
import type { BackupStore, StoredObject } from "./backup-store.ts";
import type { IncrementManifest } from "./increments.ts";
import { LATE_RUN_MS } from "./replay.ts";
import { snapshotTime } from "./snapshot.ts";
import type { VerificationReport } from "./verify.ts";

/** Chunks without a manifest younger than this may belong to a snapshot still being written. */
const ABANDONED_AFTER_MS = 86_400_000;

export interface RetentionPolicy {
  /** Snapshots older than this go (default 7 days). */
  maxAgeMs?: number;
  /** At most this many snapshots stay (default 672: a week of one every 15 minutes). */
  maxCount?: number;
}

export interface BackupRetentionReport {
  kind: "sluice.backup.retention";
  version: 1;
  /** Epoch ms. */
  at: number;
  kept: number;
  /** Snapshot ids deleted, oldest first. */
  deletedSnapshots: string[];
  /** The newest snapshot that passed verification (kept whatever its age), if any. */
  newestVerified: string | null;
  /** Incremental run manifests deleted. */
  deletedIncrementRuns: number;
  /** Objects deleted in all (manifests, chunks, reports). */
  deletedObjects: number;
  durationMs: number;
}

export async function cleanBackups(
  store: BackupStore,
  policy: RetentionPolicy = {},
  now = Date.now(),
): Promise<BackupRetentionReport> {
  const { maxAgeMs = 7 * 86_400_000, maxCount = 672 } = policy;
  const snapshots = await store.snapshotIds();
  const verifications = await store.verificationIds();
  const newestVerified = await findNewestVerified(store, verifications);
  const newest = snapshots.at(-1);
  const kept = new Set(
    snapshots.filter(
      (id, i) =>
        id === newest ||
        id === newestVerified ||
        (snapshots.length - i <= maxCount && now - snapshotTime(id) <= maxAgeMs),
    ),
  );
  const deletedSnapshots = snapshots.filter((id) => !kept.has(id));
  let deletedObjects = 0;
  const remove = async (keys: string[]) => {
    await store.delete(keys);
    deletedObjects += keys.length;
  };

  await remove(deletedSnapshots.map((id) => store.manifestKey(id)));
  const complete = new Set(snapshots);
  const snapshotFolder = store.folder("snapshots");
  await remove(
    (await store.list(snapshotFolder))
      .filter(({ key, lastModified }) => {
        const id = key.slice(snapshotFolder.length).split("/")[0] as string;
        if (kept.has(id)) return false;
        return complete.has(id) || now - lastModified > ABANDONED_AFTER_MS;
      })
      .map((o) => o.key),
  );
  await remove(verifications.filter((id) => !kept.has(id)).map((id) => store.verificationKey(id)));

  // Increments: a replay onto a snapshot reads runs from an hour before it on.
  const oldestKept = Math.min(...[...kept].map(snapshotTime));
  const cutoff = Number.isFinite(oldestKept) ? oldestKept - LATE_RUN_MS : now - maxAgeMs;
  const runs = await store.incrementRunIds();
  const oldRuns = runs.filter((id) => snapshotTime(id) < cutoff);
  const referenced = new Set<string>();
  for (const id of runs.filter((id) => snapshotTime(id) >= cutoff)) {
    const manifest = JSON.parse(
      (await store.get(store.incrementManifestKey(id))).toString(),
    ) as IncrementManifest;
    for (const chunk of manifest.chunks) referenced.add(chunk.key);
  }
  await remove(oldRuns.map((id) => store.incrementManifestKey(id)));
  const oldChunks = (await store.list(store.folder("increments"))).filter(
    (o: StoredObject) => o.lastModified < cutoff && !referenced.has(o.key),
  );
  await remove(oldChunks.map((o) => o.key));
  return {
    kind: "sluice.backup.retention",
    version: 1,
    at: now,
    kept: kept.size,
    deletedSnapshots,
    newestVerified,
    deletedIncrementRuns: oldRuns.length,
    deletedObjects,
    durationMs: Date.now() - now,
  };
}

/** The newest snapshot whose verification report says it passed. */
async function findNewestVerified(store: BackupStore, ids: string[]): Promise<string | null> {
  for (const id of [...ids].reverse()) {
    const report = JSON.parse((await store.get(store.verificationKey(id))).toString()) as VerificationReport;
    if (report.passed) return id;
  }
  return null;
}
