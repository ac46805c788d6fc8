// Rebuilds what a snapshot holds: each stream entry by entry with its own id (XADD, pipelined), then its counters
// (XSETID … ENTRIESADDED … MAXDELETEDID), its groups at their positions (XGROUP CREATE … ENTRIESREAD), their
// consumers (XGROUP CREATECONSUMER) and pending entries with owner, delivery time and count (XCLAIM … TIME …
// RETRYCOUNT … FORCE JUSTID); other keys with RESTORE … ABSTTL. A target that already holds any of these keys is
// refused unless `replace`. What cannot be restored is listed, not skipped silently.
import { masters, type RedisClient, typed } from "@sluice/streams";
import { decodeChunk } from "./backup-chunk.ts";
import type { BackupStore } from "./backup-store.ts";
import { BackupCorruptError, RestoreConflictError } from "./errors.ts";
import { replayIncrements } from "./replay.ts";
import { MANIFEST_KIND, type SnapshotManifest, type StreamBackup } from "./snapshot-manifest.ts";

export interface RestoreOptions {
  redis: RedisClient;
  store: BackupStore;
  /** Default: the newest complete snapshot. */
  snapshotId?: string;
  /** Restore into a target that holds keys: the backup's own keys are overwritten (default: refuse). */
  replace?: boolean;
  /** XADDs per pipeline (default 1,000). */
  batch?: number;
  /**
   * Replay the incremental backups' entries added after the snapshot, up to this time (epoch ms; Infinity: all of
   * them). Default: the snapshot alone.
   */
  until?: number;
  /** After each chunk: entries restored so far of all `total` in the snapshot. */
  onProgress?: (progress: { stream: string; restored: number; total: number }) => void;
}

export interface RestoreReport {
  snapshotId: string;
  streams: { key: string; entries: number; groups: number; consumers: number; pending: number }[];
  keys: number;
  /** Entries replayed per stream from the incremental backups (with `until`). */
  replayed: Record<string, number>;
  /** Pending entries that could not be claimed again (their entries were trimmed before the backup, mostly). */
  unrestoredPending: UnrestoredPending[];
  /** Everything else that could not be restored as it was, one line each. */
  problems: string[];
  durationMs: number;
}

export interface UnrestoredPending {
  stream: string;
  group: string;
  id: string;
  consumer: string;
  reason: string;
}

export async function loadManifest(store: BackupStore, snapshotId?: string): Promise<SnapshotManifest> {
  const id = snapshotId ?? (await store.snapshotIds()).at(-1);
  if (id === undefined) throw new RestoreConflictError(`no complete snapshot in s3://${store.bucket}`);
  const manifest = JSON.parse((await store.get(store.manifestKey(id))).toString()) as SnapshotManifest;
  if (manifest.kind !== MANIFEST_KIND || manifest.version !== 1) {
    throw new BackupCorruptError(`${store.manifestKey(id)} is not a version 1 Sluice snapshot manifest`);
  }
  return manifest;
}

export async function restoreSnapshot(options: RestoreOptions): Promise<RestoreReport> {
  const started = Date.now();
  const { redis, store } = options;
  const manifest = await loadManifest(store, options.snapshotId);
  await clearTarget(redis, manifest, options.replace === true);
  const problems: string[] = [];
  const unrestoredPending: UnrestoredPending[] = [];
  const streams: RestoreReport["streams"] = [];
  const total = manifest.streams.reduce((sum, s) => sum + s.entries, 0);
  let restored = 0;
  const progress = (stream: string, entries: number) => {
    restored += entries;
    options.onProgress?.({ stream, restored, total });
  };
  for (const backup of manifest.streams)
    streams.push(await restoreStream(options, backup, { problems, unrestoredPending }, progress));
  const keys = await restoreKeys(redis, store, manifest, problems);
  const { replayed } =
    options.until === undefined
      ? { replayed: {} }
      : await replayIncrements(redis, store, manifest, options.until, problems, options.batch);
  return {
    snapshotId: manifest.id,
    streams,
    keys,
    replayed,
    unrestoredPending,
    problems,
    durationMs: Date.now() - started,
  };
}

/** A target holding any key is refused, unless `replace`: then the backup's streams there are deleted first. */
async function clearTarget(redis: RedisClient, manifest: SnapshotManifest, replace: boolean): Promise<void> {
  let size = 0;
  for (const node of await masters(redis)) size += Number(await typed(node.dbsize()));
  if (size === 0) return;
  if (!replace) {
    throw new RestoreConflictError(
      `the target holds ${size} key(s) already: restore into an empty Redis, or with replace to overwrite the backup's keys`,
      { details: { keys: size } },
    );
  }
  for (const { state } of manifest.streams) await typed(redis.del(state.key));
}

async function restoreStream(
  options: RestoreOptions,
  backup: StreamBackup,
  { problems, unrestoredPending }: Pick<RestoreReport, "problems" | "unrestoredPending">,
  progress: (stream: string, entries: number) => void,
): Promise<RestoreReport["streams"][number]> {
  const { redis, store, batch = 1000 } = options;
  const { state } = backup;
  const key = state.key;
  let entries = 0;
  // The next chunk downloads while this one is added; a download nobody awaits any more (an earlier chunk failed)
  // must not surface as an unhandled rejection.
  const fetch = (i: number) => {
    const ref = backup.chunks[i];
    const bytes = ref ? store.get(ref.key) : undefined;
    bytes?.catch(() => undefined);
    return bytes;
  };
  let next = fetch(0);
  for (let i = 0; i < backup.chunks.length; i++) {
    const ref = backup.chunks[i] as (typeof backup.chunks)[number];
    const bytes = await (next as Promise<Buffer>);
    next = fetch(i + 1);
    const records = decodeChunk(bytes, ref.sha256, ref.key);
    for (let j = 0; j < records.length; j += batch) {
      const pipeline = redis.pipeline();
      for (const [id, ...fields] of records.slice(j, j + batch)) pipeline.xadd(key, id as Buffer, ...fields);
      for (const [error] of (await typed(pipeline.exec())) ?? []) if (error) throw error;
    }
    entries += records.length;
    progress(key, records.length);
  }
  if (entries === 0) {
    // No entry to create the key with: a group made with MKSTREAM does, and goes again.
    await typed(redis.xgroup("CREATE", key, "sluice:restore", "$", "MKSTREAM"));
    await typed(redis.xgroup("DESTROY", key, "sluice:restore"));
  }
  await typed(
    redis.call(
      "XSETID",
      key,
      state.lastGeneratedId,
      "ENTRIESADDED",
      Math.max(state.entriesAdded, entries),
      "MAXDELETEDID",
      state.maxDeletedId,
    ),
  );
  let consumers = 0;
  let pending = 0;
  for (const group of state.groups) {
    const read = group.entriesRead === null ? [] : ["ENTRIESREAD", group.entriesRead];
    await typed(redis.call("XGROUP", "CREATE", key, group.name, group.lastDeliveredId, ...read));
    for (const consumer of group.consumers) {
      await typed(redis.call("XGROUP", "CREATECONSUMER", key, group.name, consumer));
      consumers++;
    }
    const pipeline = redis.pipeline();
    for (const p of group.pending) {
      pipeline.call(
        "XCLAIM",
        key,
        group.name,
        p.consumer,
        0,
        p.id,
        "TIME",
        p.deliveredAt,
        "RETRYCOUNT",
        p.deliveries,
        "FORCE",
        "JUSTID",
      );
    }
    const replies = (await typed(pipeline.exec())) ?? [];
    group.pending.forEach((p, i) => {
      const [error, claimed] = replies[i] ?? [];
      if (!error && Array.isArray(claimed) && claimed.length === 1) pending++;
      else
        unrestoredPending.push({
          stream: key,
          group: group.name,
          id: p.id,
          consumer: p.consumer,
          reason: error?.message ?? "its entry is not in the backup",
        });
    });
  }
  if (entries !== backup.entries)
    problems.push(`${key}: ${entries} entries restored, the manifest says ${backup.entries}`);
  return { key, entries, groups: state.groups.length, consumers, pending };
}

async function restoreKeys(
  redis: RedisClient,
  store: BackupStore,
  manifest: SnapshotManifest,
  problems: string[],
): Promise<number> {
  let restored = 0;
  for (const ref of manifest.keys.chunks) {
    for (const [key, expiresAt, dump] of decodeChunk(await store.get(ref.key), ref.sha256, ref.key)) {
      const name = (key as Buffer).toString();
      const at = Number((expiresAt as Buffer).toString());
      if (at > 0 && at <= Date.now()) continue; // expired since the backup, as it would have in Redis
      try {
        await typed(
          redis.call("RESTORE", name, at, dump as Buffer, "REPLACE", ...(at > 0 ? ["ABSTTL"] : [])),
        );
        restored++;
      } catch (error) {
        problems.push(`key ${name}: not restored (${(error as Error).message})`);
      }
    }
  }
  return restored;
}
