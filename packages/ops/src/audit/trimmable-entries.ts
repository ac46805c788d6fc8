// What Sluice's group-aware retention (trim-step-1 in @sluice/streams) would free from a stream once the groups
// allow it, found read-only: the same safe point, and how many entries lie below it. (The incremental backup's
// hold defers that by a backup run, about a minute, while backups run: not counted here.)
import { compareIds, idTime, type RedisClient, typed } from "@sluice/streams";

export interface GroupPosition {
  lastDeliveredId: string;
  /** The group's oldest pending id (XPENDING summary); null when nothing is pending. */
  oldestPendingId: string | null;
}

export interface StreamEnds {
  length: number;
  /** Null when the stream is empty. */
  firstId: string | null;
  lastId: string | null;
}

export interface TrimmableCount {
  entries: number;
  /**
   * "exact": counted, or known without counting (the whole stream or nothing lies below the safe point);
   * "estimate": more entries than the bound lie below it, so the count is interpolated by id time between the
   * first and the last entry.
   */
  count: "exact" | "estimate";
}

const PAGE = 1000;

/** The id right after `id`: the oldest one a group whose last-delivered id is `id` has not been given. */
function after(id: string): string {
  const [ms, seq = "0"] = id.split("-");
  return `${ms}-${BigInt(seq) + 1n}`;
}

/**
 * trim-step-1's safe point: per group the lower of its oldest pending id and the id after its last-delivered one, the
 * lowest of these over the groups. Null without groups: nothing is protected, and retention without caps frees
 * nothing either.
 */
export function safeMinId(groups: GroupPosition[]): string | null {
  let safe: string | null = null;
  for (const { lastDeliveredId, oldestPendingId } of groups) {
    let need = after(lastDeliveredId);
    if (oldestPendingId !== null && compareIds(oldestPendingId, need) < 0) need = oldestPendingId;
    if (safe === null || compareIds(need, safe) < 0) safe = need;
  }
  return safe;
}

/** How many entries lie below `safe` (what XTRIM MINID would remove); XRANGE pages up to `maxCounted` entries. */
export async function countTrimmable(
  redis: RedisClient,
  key: string,
  ends: StreamEnds,
  safe: string | null,
  maxCounted: number,
): Promise<TrimmableCount> {
  const { length, firstId, lastId } = ends;
  if (safe === null || firstId === null || lastId === null || compareIds(firstId, safe) >= 0) {
    return { entries: 0, count: "exact" };
  }
  if (compareIds(lastId, safe) < 0) return { entries: length, count: "exact" };
  let counted = 0;
  for (let start = "-"; ; ) {
    const count = Math.min(PAGE, maxCounted + 1 - counted);
    const page = await typed(redis.xrange(key, start, `(${safe}`, "COUNT", count));
    counted += page.length;
    const last = page.at(-1);
    if (page.length < count || last === undefined) return { entries: counted, count: "exact" };
    if (counted > maxCounted) break;
    start = `(${last[0]}`;
  }
  const span = idTime(lastId) - idTime(firstId);
  const share = span > 0 ? (idTime(safe) - idTime(firstId)) / span : 0;
  return { entries: Math.min(length, Math.max(counted, Math.round(length * share))), count: "estimate" };
}
