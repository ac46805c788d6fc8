// The incremental stream backup (every minute): for each stream, the entries added since the last run up to the
// last id XINFO STREAM reports, in chunks named by their id range, then the run's manifest, then the per-stream
// cursors (the hash `sluice:backup:cursors`, field = stream key, value = `<last id backed up> <entries added by
// then>`). The count tells whether entries went (trimmed, deleted) before a run could back them up: such a gap is
// recorded. A run that dies before moving the cursors leaves chunks the next run writes again (the same range gives
// the same key); a replay skips ids it already has, so a range backed up twice is restored once.
import { type RedisClient, typed } from "@sluice/streams";
import { scanKeys } from "../scan-keys.ts";
import { encodeChunk } from "./backup-chunk.ts";
import type { BackupStore } from "./backup-store.ts";
import { snapshotId } from "./snapshot.ts";
import type { ChunkRef } from "./snapshot-manifest.ts";

export const CURSORS_KEY = "sluice:backup:cursors";
/** When the last run that finished had started, epoch ms: how fresh the cursors are (backupCursorHold). */
export const LAST_RUN_KEY = "sluice:backup:last-run";

export interface IncrementChunk extends ChunkRef {
  stream: string;
  firstId: string;
  lastId: string;
}

export interface IncrementManifest {
  kind: "sluice.backup.increments";
  version: 1;
  id: string;
  startedAt: number;
  finishedAt: number;
  chunks: IncrementChunk[];
  /** Entries added after a stream's cursor that were gone (trimmed, deleted) before this run backed them up. */
  gaps: { stream: string; cursor: string; missing: number }[];
}

export const INCREMENTS_KIND = "sluice.backup.increments";

export interface IncrementOptions {
  redis: RedisClient;
  store: BackupStore;
  /** Entries per chunk (default 10,000). */
  chunkEntries?: number;
  /**
   * Past this time (epoch ms) a stream's reading stops after its current chunk (every stream gets at least one per
   * run): a backlog is then taken over several runs, each moving the cursors as far as it got (default: no limit).
   */
  deadline?: number;
}

type EntryReply = [Buffer, Buffer[]];

/** One run; resolves to its manifest, or undefined when no stream had new entries (then nothing is written). */
export async function backupIncrements(options: IncrementOptions): Promise<IncrementManifest | undefined> {
  const { redis, store, chunkEntries = 10_000, deadline = Number.POSITIVE_INFINITY } = options;
  const startedAt = Date.now();
  const { streams } = await scanKeys(redis);
  const cursors = await typed(redis.hgetall(CURSORS_KEY));
  const chunks: IncrementChunk[] = [];
  const gaps: IncrementManifest["gaps"] = [];
  const moved: Record<string, string> = {};
  for (const stream of streams) {
    const [cursor, addedThen] = (cursors[stream] ?? "").split(" ");
    const info = (await typed(redis.call("XINFO", "STREAM", stream))) as unknown[];
    const lastId = String(info[info.indexOf("last-generated-id") + 1]);
    const added = Number(info[info.indexOf("entries-added") + 1]);
    if (cursor === lastId) continue;
    let start = cursor ? `(${cursor}` : "-";
    let count = 0;
    let reached = "";
    let partial = false;
    for (;;) {
      const reply = (await typed(
        redis.callBuffer("XRANGE", stream, start, lastId, "COUNT", chunkEntries),
      )) as EntryReply[];
      if (reply.length === 0) break;
      const first = (reply[0] as EntryReply)[0].toString();
      const last = (reply[reply.length - 1] as EntryReply)[0].toString();
      const chunk = encodeChunk(reply.map(([id, fields]) => [id, ...fields]));
      const key = store.incrementChunkKey(stream, first, last);
      await store.put(key, chunk.bytes);
      chunks.push({
        stream,
        key,
        records: chunk.count,
        bytes: chunk.bytes.length,
        sha256: chunk.sha256,
        firstId: first,
        lastId: last,
      });
      count += reply.length;
      reached = last;
      if (reply.length < chunkEntries) break;
      start = `(${last}`;
      if (Date.now() >= deadline) {
        partial = true;
        break;
      }
    }
    if (!partial) {
      const missing = cursor && addedThen ? added - Number(addedThen) - count : 0;
      if (cursor && missing > 0) gaps.push({ stream, cursor, missing });
      moved[stream] = `${lastId} ${added}`;
    } else {
      // Stopped part way: the count of entries added up to here is not known, so the next run checks no gap.
      moved[stream] = reached;
    }
  }
  if (chunks.length === 0 && gaps.length === 0) {
    if (Object.keys(moved).length > 0) await typed(redis.hset(CURSORS_KEY, moved));
    await typed(redis.set(LAST_RUN_KEY, String(startedAt)));
    return undefined;
  }
  const manifest: IncrementManifest = {
    kind: INCREMENTS_KIND,
    version: 1,
    id: snapshotId(new Date(startedAt)),
    startedAt,
    finishedAt: Date.now(),
    chunks,
    gaps,
  };
  await store.put(store.incrementManifestKey(manifest.id), JSON.stringify(manifest), "application/json");
  await typed(redis.hset(CURSORS_KEY, moved));
  await typed(redis.set(LAST_RUN_KEY, String(startedAt)));
  return manifest;
}
