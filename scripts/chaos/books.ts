// The chaos run's books, checked once the platform has settled, from three sources that do not depend on each
// other: the producers' records (what was confirmed, with which id, durable or not), Redis (the chaos stream in
// full — its consumer runs with retention off — every group's pending and undelivered entries) and S3 (the lake's
// Parquet files, read with DuckDB). Definitions of every figure: scripts/chaos.ts's usage and docs/reliability.md.
import type { S3Client } from "@aws-sdk/client-s3";
import { lakeIds, queryLake } from "@sluice/lake/testing";
import { type RedisClient, scanStreamNames, streamKeys, streamStats } from "@sluice/streams";
import type { PublishRecord } from "./careful-publish.ts";

export interface Books {
  confirmed: number;
  confirmed_durable: number;
  lost_durable: number;
  lost_other: number;
  duplicated_idempotent: number;
  pending_after_settle: number;
  lake_rows_missing: number;
  lake_rows_duplicated: number;
  /** The lost publishes, for the explanation: key, id and when they were confirmed. */
  lost: PublishRecord[];
  /** Groups with entries pending or undelivered, `<stream>/<group>: <pending> pending, <n> undelivered`. */
  unsettled: string[];
  /** Dead-lettered entries per stream (none expected). */
  deadLettered: Record<string, number>;
}

/** `<stream>/<group>` → entries pending (delivered, not acknowledged) and not yet delivered, where either is nonzero. */
export async function unsettledGroups(
  client: RedisClient,
  except: string[] = [],
): Promise<Map<string, { pending: number; undelivered: number }>> {
  const found = new Map<string, { pending: number; undelivered: number }>();
  for (const name of await scanStreamNames(client)) {
    const stats = await streamStats(client, streamKeys(name));
    for (const group of stats.groups) {
      if (except.includes(`${name}/${group.name}`)) continue;
      // Counted, not Redis's lag: a group whose state a failover rolled back can report a lag that is off.
      const after = await client.xrange(streamKeys(name).stream, `(${group.lastDeliveredId}`, "+");
      if (group.pending + after.length > 0) {
        found.set(`${name}/${group.name}`, { pending: group.pending, undelivered: after.length });
      }
    }
  }
  return found;
}

/** Idempotency key → ids of the stream's entries carrying it (`key` of a chaos payload, `rkey` of a lake event). */
async function entriesByKey(client: RedisClient, stream: string): Promise<Map<string, string[]>> {
  const byKey = new Map<string, string[]>();
  for (const [id, fields] of await client.xrange(streamKeys(stream).stream, "-", "+")) {
    const payload = JSON.parse(fields[fields.indexOf("d") + 1] ?? "{}") as { key?: string; rkey?: string };
    const key = payload.key ?? payload.rkey ?? id;
    byKey.set(key, [...(byKey.get(key) ?? []), id]);
  }
  return byKey;
}

export async function checkBooks(options: {
  client: RedisClient;
  s3: S3Client;
  records: readonly PublishRecord[];
  chaosStream: string;
  lakeStream: string;
}): Promise<Books> {
  const { client, s3, records, chaosStream, lakeStream } = options;
  const chaos = await entriesByKey(client, chaosStream);
  const chaosIds = new Set([...chaos.values()].flat());
  // What the lake writer has not written yet is still in its stream (none once it drained).
  const lakeLeft = new Set([...(await entriesByKey(client, lakeStream)).values()].flat());
  const lakeRows = await lakeIds(s3, lakeStream);
  const confirmed = records.filter((record) => record.id !== undefined);
  const present = (record: PublishRecord) => {
    const id = record.id as string;
    return record.stream === lakeStream ? lakeRows.has(id) || lakeLeft.has(id) : chaosIds.has(id);
  };
  const lost = confirmed.filter((record) => !present(record));
  const lakeKeysTwice = await lakeKeysWrittenTwice(s3, lakeStream, lakeRows.size);
  const unsettled = await unsettledGroups(client);
  const deadLettered: Record<string, number> = {};
  for (const name of await scanStreamNames(client)) {
    const dlq = await client.xlen(streamKeys(name).dlq);
    if (dlq > 0) deadLettered[name] = dlq;
  }
  return {
    confirmed: confirmed.length,
    confirmed_durable: confirmed.filter((record) => record.durable).length,
    lost_durable: lost.filter((record) => record.durable).length,
    lost_other: lost.filter((record) => !record.durable).length,
    duplicated_idempotent: [...chaos.values()].filter((ids) => ids.length > 1).length + lakeKeysTwice,
    pending_after_settle: [...unsettled.values()].reduce((sum, n) => sum + n.pending + n.undelivered, 0),
    lake_rows_missing: confirmed.filter((r) => r.stream === lakeStream && !lakeRows.has(r.id as string))
      .length,
    lake_rows_duplicated: [...lakeRows.values()].reduce((sum, n) => sum + n - 1, 0),
    lost,
    unsettled: [...unsettled].map(
      ([group, n]) => `${group}: ${n.pending} pending, ${n.undelivered} undelivered`,
    ),
    deadLettered,
  };
}

/** Idempotency keys (each event's rkey) that more than one entry of the lake carries. */
async function lakeKeysWrittenTwice(s3: S3Client, stream: string, rows: number): Promise<number> {
  if (rows === 0) return 0;
  const [row] = await queryLake(
    s3,
    `${stream}/type=`,
    `SELECT count(*) AS n FROM (
       SELECT rkey FROM read_parquet('{lake}/${stream}/type=*/**/*.parquet', union_by_name = true)
       GROUP BY rkey HAVING count(DISTINCT stream_id) > 1)`,
  );
  return Number(row?.n ?? 0);
}
