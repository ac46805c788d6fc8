// The lake bench's peer: what a data engineer would script instead of the lake writer. The stream's entries are
// exported once to a local NDJSON file (`{"stream_id", "type", "event"}` a line, the event as the producer sent it);
// DuckDB then turns that file into the lake's tables, each with the same columns as ours, zstd Parquet partitioned by
// hour on local disk: its best case (no Redis, no S3, the whole file at hand). The export is not timed.

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { DuckDBInstance } from "@duckdb/node-api";
import { decodeEntry, type RedisClient } from "@sluice/streams";
import { streamChunks } from "./stream-chunks.ts";

const LINE_END = Buffer.from("}\n");

/** Writes every entry of `stream` to `path` as NDJSON; resolves to the number of lines. */
export async function exportNdjson(client: RedisClient, stream: string, path: string): Promise<number> {
  const out = createWriteStream(path);
  let lines = 0;
  for await (const reply of streamChunks(client, stream)) {
    const parts: Uint8Array[] = [];
    for (const [id, fields] of reply) {
      const decoded = decodeEntry(id.toString(), fields);
      if (!("entry" in decoded)) throw new Error(`entry ${id} of ${stream} does not decode`);
      const { type, data } = decoded.entry;
      parts.push(Buffer.from(`{"stream_id":"${id}","type":${JSON.stringify(type)},"event":`), data, LINE_END);
    }
    lines += reply.length;
    if (!out.write(Buffer.concat(parts))) {
      await once(out, "drain");
    }
  }
  out.end();
  await finished(out);
  return lines;
}

/** The event as read from NDJSON: every field any Bluesky event has (`subject` is a string or a strong ref). */
const EVENT = `STRUCT(did VARCHAR, rkey VARCHAR, cid VARCHAR, time_us BIGINT, createdAt VARCHAR, subject JSON,
  text VARCHAR, langs VARCHAR[],
  reply STRUCT(root STRUCT(uri VARCHAR, cid VARCHAR), parent STRUCT(uri VARCHAR, cid VARCHAR)),
  facets STRUCT(kind VARCHAR, value VARCHAR, byteStart INTEGER, byteEnd INTEGER)[],
  embed STRUCT(kind VARCHAR, alts VARCHAR[], uri VARCHAR, title VARCHAR))`;

/** The columns every table starts with (packages/lake/src/families/bsky/tables.ts), then the hour's partition keys. */
const COMMON = `stream_id,
  epoch_ms(event.time_us // 1000)::TIMESTAMP_MS AS event_time,
  event.time_us AS time_us,
  epoch_ms(split_part(stream_id, '-', 1)::BIGINT)::TIMESTAMP_MS AS arrival_time,
  event.did AS did, event.rkey AS rkey, event.cid AS cid,
  try_cast(event.createdAt AS TIMESTAMPTZ)::TIMESTAMP_MS AS created_at`;
const HOUR = ["year", "month", "day", "hour"]
  .map((part) => `${part}(epoch_ms(event.time_us // 1000)) AS ${part}`)
  .join(", ");

/** Each table: its id, the event type feeding it, its own columns. */
const TABLES: [string, string, string][] = [
  [
    "post_v1",
    "bsky.post",
    `event.text AS text, coalesce(event.langs, []) AS langs,
     event.reply.root.uri AS reply_root_uri, event.reply.root.cid AS reply_root_cid,
     event.reply.parent.uri AS reply_parent_uri, event.reply.parent.cid AS reply_parent_cid,
     list_transform(event.facets, f -> {'kind': f.kind, 'value': f.value, 'byte_start': f.byteStart,
       'byte_end': f.byteEnd}) AS facets,
     event.embed AS embed`,
  ],
  ...(["like", "repost"] as const).map((name): [string, string, string] => [
    `${name}_v1`,
    `bsky.${name}`,
    "event.subject->>'uri' AS subject_uri, event.subject->>'cid' AS subject_cid",
  ]),
  ...(["follow", "block"] as const).map((name): [string, string, string] => [
    `${name}_v1`,
    `bsky.${name}`,
    "event.subject->>'$' AS subject",
  ]),
];

/**
 * Loads `ndjson` once, then writes each table under `<dir>/type=<table>/<hour>/` with DuckDB's partitioned COPY:
 * zstd, `rowGroupRows`-row groups, as the lake writer's files. Resolves to the rows written.
 */
export async function duckdbToParquet(ndjson: string, dir: string, rowGroupRows: number): Promise<number> {
  await mkdir(dir, { recursive: true });
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  try {
    await connection.run(
      `CREATE TEMP TABLE events AS SELECT * FROM read_ndjson('${ndjson}',
        columns = {stream_id: 'VARCHAR', type: 'VARCHAR', event: '${EVENT.replaceAll("\n", " ")}'})`,
    );
    let rows = 0;
    for (const [id, type, columns] of TABLES) {
      const copied = await connection.runAndReadAll(
        `COPY (SELECT ${COMMON}, ${columns}, ${HOUR} FROM events WHERE type = '${type}')
         TO '${dir}/type=${id}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${rowGroupRows},
         PARTITION_BY (year, month, day, hour), OVERWRITE_OR_IGNORE)`,
      );
      rows += Number(copied.getRows()[0]?.[0] ?? 0);
    }
    return rows;
  } finally {
    connection.closeSync();
    db.closeSync();
  }
}
