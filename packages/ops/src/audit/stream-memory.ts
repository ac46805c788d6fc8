// One stream's share of memory: its bytes (MEMORY USAGE … SAMPLES 0, so every node of the stream is counted),
// length, TTL, each group's lag, pending count and oldest pending age, and what group-aware retention would free.
import { idTime, type RedisClient, typed } from "@sluice/streams";
import { countTrimmable, safeMinId } from "./trimmable-entries.ts";

export interface GroupMemory {
  name: string;
  /** Entries not yet delivered to the group (Redis's lag; null when Redis cannot tell). */
  lag: number | null;
  pending: number;
  /**
   * Age of the group's oldest pending entry by its id time (how long ago it was added), ms; null when nothing is
   * pending. Not its idle time: a redelivery resets that, yet the entry goes on holding retention back.
   */
  oldestPendingAgeMs: number | null;
  /** Redis's entries-read counter (null when Redis cannot tell): what consume rates are measured with. */
  entriesRead: number | null;
}

export interface StreamMemory {
  key: string;
  /** MEMORY USAGE key SAMPLES 0. */
  bytes: number;
  length: number;
  entriesAdded: number;
  /** PTTL; -1 = none. */
  ttlMs: number;
  groups: GroupMemory[];
  /** Entries group-aware retention would remove now: those below the oldest id any group still needs. */
  trimmableEntries: number;
  /** trimmableEntries × bytes / length: the entries' share of the stream's bytes. */
  trimmableBytes: number;
  /** Whether trimmableEntries was counted or estimated (see TrimmableCount). */
  trimmableCount: "exact" | "estimate";
}

/** A flat [name, value, …] reply as a map. */
function pairs(flat: unknown[]): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (let i = 0; i + 1 < flat.length; i += 2) map.set(String(flat[i]), flat[i + 1]);
  return map;
}

const counter = (value: unknown) => (value === null || value === undefined ? null : Number(value));

const isNoSuchKey = (error: unknown) => error instanceof Error && /no such key/i.test(error.message);

/** Null when the key is gone (deleted since it was listed). */
export async function readStreamMemory(
  redis: RedisClient,
  key: string,
  now: number,
  maxCounted: number,
): Promise<StreamMemory | null> {
  let replies: [unknown[], unknown[][], number | null, number];
  try {
    replies = await Promise.all([
      typed(redis.call("XINFO", "STREAM", key)) as Promise<unknown[]>,
      typed(redis.call("XINFO", "GROUPS", key)) as Promise<unknown[][]>,
      typed(redis.call("MEMORY", "USAGE", key, "SAMPLES", "0")) as Promise<number | null>,
      typed(redis.pttl(key)),
    ]);
  } catch (error) {
    if (isNoSuchKey(error)) return null;
    throw error;
  }
  const [stream, groupRows, bytes, ttlMs] = replies;
  if (bytes === null || ttlMs === -2) return null;
  const info = pairs(stream);
  const length = Number(info.get("length"));
  const groups = await Promise.all(
    groupRows.map(pairs).map(async (group) => {
      const name = String(group.get("name"));
      const pending = Number(group.get("pending"));
      const summary =
        pending > 0 ? ((await typed(redis.xpending(key, name))) as [number, string, string, unknown]) : null;
      return {
        name,
        lag: counter(group.get("lag")),
        pending,
        oldestPendingId: summary?.[1] ?? null,
        lastDeliveredId: String(group.get("last-delivered-id")),
        entriesRead: counter(group.get("entries-read")),
      };
    }),
  );
  const ends = {
    length,
    firstId: (info.get("first-entry") as [string] | null)?.[0] ?? null,
    lastId: (info.get("last-entry") as [string] | null)?.[0] ?? null,
  };
  const trimmable = await countTrimmable(redis, key, ends, safeMinId(groups), maxCounted);
  return {
    key,
    bytes,
    length,
    entriesAdded: Number(info.get("entries-added")),
    ttlMs,
    groups: groups.map(({ name, lag, pending, oldestPendingId, entriesRead }) => ({
      name,
      lag,
      pending,
      oldestPendingAgeMs: oldestPendingId === null ? null : Math.max(0, now - idTime(oldestPendingId)),
      entriesRead,
    })),
    trimmableEntries: trimmable.entries,
    trimmableBytes: length > 0 ? Math.round((trimmable.entries * bytes) / length) : 0,
    trimmableCount: trimmable.count,
  };
}
