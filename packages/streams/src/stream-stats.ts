import type { RedisClient } from "./connection.ts";
import { idTime } from "./envelope.ts";
import { typed } from "./errors.ts";
import type { StreamKeys } from "./names.ts";
import { fieldMap } from "./reply.ts";

export interface GroupStats {
  name: string;
  consumers: number;
  /** Entries delivered to no consumer of this group yet (Redis's own `lag`; null when Redis cannot tell). */
  lag: number | null;
  /** Age of the oldest entry not yet delivered to this group, ms (0 when none). */
  lagAgeMs: number;
  pending: number;
  /** Age of the oldest pending entry by its id time, ms (0 when none). */
  oldestPendingAgeMs: number;
  /** Highest delivery count among the oldest pending entries (sampled: the first 100). */
  maxDeliveryCount: number;
  lastDeliveredId: string;
}

export interface StreamStats {
  name: string;
  length: number;
  firstId: string | null;
  lastId: string | null;
  dlqLength: number;
  groups: GroupStats[];
}

const SAMPLE = 100;

async function groupStats(
  client: RedisClient,
  keys: StreamKeys,
  info: Map<string, unknown>,
  now: number,
): Promise<GroupStats> {
  const name = String(info.get("name"));
  const pending = Number(info.get("pending"));
  const lastDeliveredId = String(info.get("last-delivered-id"));
  const lagValue = info.get("lag");
  const [oldestPending, nextUndelivered] = await Promise.all([
    pending > 0
      ? (typed(client.call("XPENDING", keys.stream, name, "-", "+", SAMPLE)) as Promise<
          [string, string, number, number][]
        >)
      : Promise.resolve([]),
    typed(client.xrange(keys.stream, `(${lastDeliveredId}`, "+", "COUNT", 1)),
  ]);
  const firstPending = oldestPending[0]?.[0];
  const firstUndelivered = nextUndelivered[0]?.[0];
  return {
    name,
    consumers: Number(info.get("consumers")),
    lag: lagValue === null || lagValue === undefined ? null : Number(lagValue),
    lagAgeMs: firstUndelivered ? Math.max(0, now - idTime(firstUndelivered)) : 0,
    pending,
    oldestPendingAgeMs: firstPending ? Math.max(0, now - idTime(firstPending)) : 0,
    maxDeliveryCount: oldestPending.reduce((max, row) => Math.max(max, Number(row[3])), 0),
    lastDeliveredId,
  };
}

/** Length, ends, dead-letter length and per-group lag and pending figures of one stream. */
export async function streamStats(
  client: RedisClient,
  keys: StreamKeys,
  group?: string,
): Promise<StreamStats> {
  const now = Date.now();
  const [exists, dlqLength] = await Promise.all([
    typed(client.exists(keys.stream)),
    typed(client.xlen(keys.dlq)),
  ]);
  if (exists === 0) return { name: keys.name, length: 0, firstId: null, lastId: null, dlqLength, groups: [] };
  const [stream, groups] = await Promise.all([
    typed(client.call("XINFO", "STREAM", keys.stream)) as Promise<unknown[]>,
    typed(client.call("XINFO", "GROUPS", keys.stream)) as Promise<unknown[][]>,
  ]);
  const info = fieldMap(stream);
  const first = info.get("first-entry") as [string, unknown] | null;
  const last = info.get("last-entry") as [string, unknown] | null;
  const selected = groups.map(fieldMap).filter((g) => group === undefined || g.get("name") === group);
  return {
    name: keys.name,
    length: Number(info.get("length")),
    firstId: first?.[0] ?? null,
    lastId: last?.[0] ?? null,
    dlqLength,
    groups: await Promise.all(selected.map((g) => groupStats(client, keys, g, now))),
  };
}
