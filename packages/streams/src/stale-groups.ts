// Stale consumer groups: groups that hold entries (waiting or pending) nobody has read for a while — a subscriber
// gone for good, a group created by mistake — which pin group-aware retention and memory. Redis 7.0 creates a
// consumer only when a read returns entries and grows its `idle` while reads find nothing, so a group's reader is
// judged by what reading changes: the group's position and its pending count. Each run of the stream monitor keeps,
// per stream, since when each group has held work in an unchanged state with no active consumer (the hash
// `groupActivity` of names.ts); a group with nothing to do, an active consumer, or a moved position starts afresh.
import type { RedisClient } from "./connection.ts";
import { typed } from "./errors.ts";
import { knownLag } from "./group-state-metrics.ts";
import { destroyStaleGroupScript } from "./lua/destroy-stale-group-1.ts";
import { runScript } from "./lua-script.ts";
import type { StreamKeys } from "./names.ts";
import type { GroupStats } from "./stream-stats.ts";

/** What the monitor saw of a group; `activeConsumers` those read within its liveness window. */
export interface ObservedGroup extends GroupStats {
  activeConsumers: number;
}

/** A deleted stream's record goes by itself; a live one's is rewritten every run. */
const RECORD_TTL_MS = 24 * 3_600_000;

/** Work no active consumer is doing: entries waiting or pending in a group without one. */
export function unattended(group: ObservedGroup): number {
  return group.activeConsumers > 0 ? 0 : knownLag(group) + group.pending;
}

/** How long each group has held entries unread (ms, 0 when it has nothing waiting or is read), keyed by group. */
export async function trackGroupActivity(
  client: RedisClient,
  keys: StreamKeys,
  groups: readonly ObservedGroup[],
  now: number,
): Promise<Map<string, number>> {
  const record = await typed(client.hgetall(keys.groupActivity));
  const unread = new Map<string, number>();
  const next: Record<string, string> = {};
  for (const group of groups) {
    const state = `${group.lastDeliveredId} ${group.pending}`;
    const [since, ...seen] = (record[group.name] ?? "").split(" ");
    const unchanged = unattended(group) > 0 && seen.join(" ") === state;
    const from = unchanged ? Number(since) : now;
    unread.set(group.name, now - from);
    next[group.name] = `${from} ${state}`;
  }
  const gone = Object.keys(record).filter((name) => !unread.has(name));
  if (gone.length > 0) await typed(client.hdel(keys.groupActivity, ...gone));
  if (groups.length > 0) {
    await typed(client.hset(keys.groupActivity, next));
    await typed(client.pexpire(keys.groupActivity, RECORD_TTL_MS));
  }
  return unread;
}

/**
 * Destroys a group the monitor found stale, unless it moved or a consumer read it since (destroy-stale-group-1);
 * `quietMs`: how long every consumer must have been idle. True when destroyed.
 */
export async function destroyStaleGroup(
  client: RedisClient,
  keys: StreamKeys,
  group: Pick<GroupStats, "name" | "lastDeliveredId" | "pending">,
  quietMs: number,
): Promise<boolean> {
  const args = [group.name, group.lastDeliveredId, group.pending, quietMs];
  const destroyed = (await runScript(client, destroyStaleGroupScript, [keys.stream], args)) === 1;
  if (destroyed) await typed(client.hdel(keys.groupActivity, group.name));
  return destroyed;
}
