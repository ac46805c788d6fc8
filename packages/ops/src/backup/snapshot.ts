// The full logical snapshot: every stream with its exact state (captureStream, atomic) and its entries up to the
// captured last id (XRANGE, in chunks), and every other key as DUMP with its absolute expiry. Chunks go up while
// the next one is read; the manifest is written last, so a snapshot cut short is never taken for a whole one.
import { randomBytes } from "node:crypto";
import { type RedisClient, typed } from "@sluice/streams";
import { scanKeys } from "../scan-keys.ts";
import { encodeChunk } from "./backup-chunk.ts";
import type { BackupStore } from "./backup-store.ts";
import {
  type ChunkRef,
  MANIFEST_KIND,
  type SnapshotManifest,
  type StreamBackup,
} from "./snapshot-manifest.ts";
import { captureStream } from "./stream-state.ts";

export interface SnapshotOptions {
  redis: RedisClient;
  store: BackupStore;
  /** Entries per chunk (default 10,000). */
  chunkEntries?: number;
  /** Other keys per chunk (default 1,000). */
  chunkKeys?: number;
  /** Streams backed up at once (default 4). */
  concurrency?: number;
  onProgress?: (progress: { stream: string; entries: number; of: number }) => void;
}

type EntryReply = [Buffer, Buffer[]];

/** `20261202T153000123Z-1a2b3c`: sortable by time, unique. */
export function snapshotId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:.]/g, "");
  return `${stamp}-${randomBytes(3).toString("hex")}`;
}

/** When a snapshot was taken, epoch ms, read from its id (NaN for an id that is not one). */
export function snapshotTime(id: string): number {
  const match = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(\d{3})Z-/.exec(id);
  if (match === null) return Number.NaN;
  const [year, month, day, hour, minute, second, ms] = match.slice(1).map(Number) as number[];
  return Date.UTC(year as number, (month as number) - 1, day, hour, minute, second, ms);
}

export async function takeSnapshot(options: SnapshotOptions): Promise<SnapshotManifest> {
  const { redis, store, chunkEntries = 10_000, chunkKeys = 1000, concurrency = 4 } = options;
  const startedAt = Date.now();
  const id = snapshotId(new Date(startedAt));
  const { streams, others } = await scanKeys(redis);
  const backups: StreamBackup[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, streams.length) }, async () => {
      while (next < streams.length) {
        const key = streams[next++] as string;
        backups.push(await backupStream(options, id, key, chunkEntries));
      }
    }),
  );
  backups.sort((a, b) => (a.state.key < b.state.key ? -1 : 1));
  const keys = await backupKeys(redis, store, id, others, chunkKeys);
  const manifest: SnapshotManifest = {
    kind: MANIFEST_KIND,
    version: 1,
    id,
    startedAt,
    finishedAt: Date.now(),
    streams: backups,
    keys,
  };
  await store.put(store.manifestKey(id), JSON.stringify(manifest), "application/json");
  return manifest;
}

async function backupStream(
  options: SnapshotOptions,
  id: string,
  key: string,
  chunkEntries: number,
): Promise<StreamBackup> {
  const { redis, store } = options;
  const state = await captureStream(redis, key);
  const chunks: ChunkRef[] = [];
  let entries = 0;
  let start = "-";
  let upload: Promise<void> = Promise.resolve();
  while (state.length > 0) {
    const reply = (await typed(
      redis.callBuffer("XRANGE", key, start, state.lastGeneratedId, "COUNT", chunkEntries),
    )) as EntryReply[];
    if (reply.length === 0) break;
    const chunk = encodeChunk(reply.map(([entryId, fields]) => [entryId, ...fields]));
    const ref: ChunkRef = {
      key: store.streamChunkKey(id, key, chunks.length),
      records: chunk.count,
      bytes: chunk.bytes.length,
      sha256: chunk.sha256,
      firstId: (reply[0] as EntryReply)[0].toString(),
      lastId: (reply[reply.length - 1] as EntryReply)[0].toString(),
    };
    chunks.push(ref);
    await upload; // one upload in flight while the next chunk is read
    upload = store.put(ref.key, chunk.bytes);
    entries += reply.length;
    options.onProgress?.({ stream: key, entries, of: state.length });
    if (reply.length < chunkEntries) break;
    start = `(${ref.lastId}`;
  }
  await upload;
  return { state, entries, chunks };
}

async function backupKeys(
  redis: RedisClient,
  store: BackupStore,
  id: string,
  keys: string[],
  chunkKeys: number,
): Promise<SnapshotManifest["keys"]> {
  const chunks: ChunkRef[] = [];
  let count = 0;
  for (let i = 0; i < keys.length; i += chunkKeys) {
    const batch = keys.slice(i, i + chunkKeys);
    const records: Buffer[][] = [];
    // One key at a time per call, as cluster mode wants (keys of a batch may live on different nodes).
    const dumps = await Promise.all(
      batch.map(async (key) => {
        const [dump, expiresAt] = await Promise.all([
          typed(redis.dumpBuffer(key)),
          typed(redis.pexpiretime(key)) as Promise<number>,
        ]);
        return { key, dump, expiresAt };
      }),
    );
    for (const { key, dump, expiresAt } of dumps) {
      if (dump === null) continue; // gone since the scan
      records.push([Buffer.from(key), Buffer.from(String(Math.max(0, expiresAt))), dump]);
    }
    if (records.length === 0) continue;
    const chunk = encodeChunk(records);
    const ref: ChunkRef = {
      key: store.keysChunkKey(id, chunks.length),
      records: chunk.count,
      bytes: chunk.bytes.length,
      sha256: chunk.sha256,
    };
    await store.put(ref.key, chunk.bytes);
    chunks.push(ref);
    count += records.length;
  }
  return { count, chunks };
}
