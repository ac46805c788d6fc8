// Point-in-time recovery on top of a restored snapshot: the incremental chunks' entries added after the snapshot
// captured each stream, up to a time (by their id's time), XADDed with their ids in order. Each stream continues
// from the id it has, so an entry in two chunks (a run retried before it moved its cursor) is added once. Groups
// keep their snapshot positions: what they had read after it is redelivered (at-least-once), never lost.
import { compareIds, idTime, type RedisClient, typed } from "@sluice/streams";
import { decodeChunk } from "./backup-chunk.ts";
import type { BackupStore } from "./backup-store.ts";
import { BackupCorruptError } from "./errors.ts";
import { INCREMENTS_KIND, type IncrementManifest } from "./increments.ts";
import { snapshotTime } from "./snapshot.ts";
import type { SnapshotManifest } from "./snapshot-manifest.ts";

/** Runs started this long after the target time may still hold entries from before it (a backlog). */
export const LATE_RUN_MS = 3_600_000;

export interface ReplayReport {
  /** Entries added per stream. */
  replayed: Record<string, number>;
  runs: number;
}

export async function replayIncrements(
  redis: RedisClient,
  store: BackupStore,
  snapshot: SnapshotManifest,
  until: number,
  problems: string[],
  batch = 1000,
): Promise<ReplayReport> {
  const last = new Map(snapshot.streams.map((s) => [s.state.key, s.state.lastGeneratedId]));
  const replayed: Record<string, number> = {};
  const runIds = (await store.incrementRunIds()).filter((id) => {
    const started = snapshotTime(id);
    return started <= until + LATE_RUN_MS && started >= snapshot.startedAt - LATE_RUN_MS;
  });
  for (const runId of runIds) {
    const manifest = JSON.parse(
      (await store.get(store.incrementManifestKey(runId))).toString(),
    ) as IncrementManifest;
    if (manifest.kind !== INCREMENTS_KIND || manifest.version !== 1) {
      throw new BackupCorruptError(
        `${store.incrementManifestKey(runId)} is not a version 1 increments manifest`,
      );
    }
    for (const gap of manifest.gaps) {
      if (idTime(gap.cursor) < until) {
        problems.push(
          `${gap.stream}: ${gap.missing} entries added after ${gap.cursor} were gone before run ${runId} could back them up`,
        );
      }
    }
    for (const chunk of manifest.chunks) {
      const have = last.get(chunk.stream) ?? "0-0";
      if (compareIds(chunk.lastId, have) <= 0 || idTime(chunk.firstId) > until) continue;
      const entries = decodeChunk(await store.get(chunk.key), chunk.sha256, chunk.key).filter(([id]) => {
        const text = (id as Buffer).toString();
        return compareIds(text, have) > 0 && idTime(text) <= until;
      });
      for (let i = 0; i < entries.length; i += batch) {
        const pipeline = redis.pipeline();
        for (const [id, ...fields] of entries.slice(i, i + batch))
          pipeline.xadd(chunk.stream, id as Buffer, ...fields);
        for (const [error] of (await typed(pipeline.exec())) ?? []) if (error) throw error;
      }
      const lastEntry = entries.at(-1);
      if (lastEntry) last.set(chunk.stream, (lastEntry[0] as Buffer).toString());
      replayed[chunk.stream] = (replayed[chunk.stream] ?? 0) + entries.length;
    }
  }
  return { replayed, runs: runIds.length };
}
