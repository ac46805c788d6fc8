// The lake writer's test kit: a redis-server and a local S3 server per test file, entries produced into a stream,
// and the lake read back: objects listed and downloaded, Parquet files queried with DuckDB (a reader other than the
// writer's library).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { type EntryInput, Producer, type RedisClient, streamKeys } from "@sluice/streams";
import { type S3Server, startS3Server } from "@sluice/testing";
import { useRedisServer } from "@sluice/testing/clients";
import { afterAll, beforeAll } from "vitest";
import { type DrainOptions, drainStream, EncoderPool, s3FileTarget, stagingPrefix } from "../index.ts";
import { query } from "./duckdb.ts";

export const BUCKET = "lake";

/** The stream's dead-letter records, each as an object of its fields. */
export async function deadLetters(client: RedisClient, stream: string): Promise<Record<string, string>[]> {
  const entries = (await client.xrange(streamKeys(stream).dlq, "-", "+")) as [string, string[]][];
  return entries.map(([, fields]) => {
    const record: Record<string, string> = {};
    for (let i = 0; i + 1 < fields.length; i += 2) record[fields[i] as string] = fields[i + 1] as string;
    return record;
  });
}

/** Adds events to a stream in order; resolves to their ids. */
export async function produce(client: RedisClient, stream: string, events: EntryInput[]): Promise<string[]> {
  const producer = new Producer(client, { maxBatchEntries: 5000 });
  const ids: string[] = [];
  for (let i = 0; i < events.length; i += 5000) {
    const results = await producer.sendBatch(stream, events.slice(i, i + 5000));
    for (const result of results) {
      if ("error" in result) throw result.error;
      ids.push(result.id);
    }
  }
  return ids;
}

/** What a test's drain may set besides drainStream's options: the encoder pool and its S3 targets. */
export type KitDrainOptions = Partial<Omit<DrainOptions, "client" | "pool" | "stream">> & {
  threads?: number;
  partBytes?: number;
  maxQueuedBytes?: number;
  /** Called before each lake file is committed to its key (to make a fault at that moment). */
  beforeFileCommit?: (key: string) => Promise<void> | void;
};

/** One drainStream run with its own encoder pool writing to S3 (bucket `lake`) under `<stream>/`. */
export async function drainToS3(
  client: RedisClient,
  s3: S3Client,
  stream: string,
  options: KitDrainOptions = {},
) {
  const { threads = 2, partBytes, maxQueuedBytes, beforeFileCommit, ...drain } = options;
  const pool = await EncoderPool.start({
    threads,
    ...(maxQueuedBytes && { maxQueuedBytes }),
    layout: { prefix: stream },
    open: () => {
      const target = s3FileTarget({
        client: s3,
        bucket: BUCKET,
        stagingPrefix: stagingPrefix(stream),
        ...(partBytes && { partBytes }),
      });
      if (beforeFileCommit === undefined) return target;
      return {
        sink: target.sink,
        abort: () => target.abort(),
        commit: async (key: string) => {
          await beforeFileCommit(key);
          await target.commit(key);
        },
      };
    },
  });
  try {
    return await drainStream({
      client,
      pool,
      stream,
      runId: "test-run",
      deadline: Date.now() + 60_000,
      ...drain,
    });
  } finally {
    await pool.close();
  }
}

/** One redis-server and one local S3 server (bucket `lake`) for a test file. */
export function useLakeKit() {
  const redis = useRedisServer();
  const state = {} as { s3Server: S3Server; s3: S3Client };
  beforeAll(async () => {
    state.s3Server = await startS3Server({ buckets: [BUCKET] });
    state.s3 = new S3Client(state.s3Server.client());
  });
  afterAll(async () => {
    state.s3?.destroy();
    await state.s3Server?.stop();
  });
  return {
    get client() {
      return redis.client;
    },
    get redis() {
      return redis.redis;
    },
    get s3() {
      return state.s3;
    },
    get s3Server() {
      return state.s3Server;
    },
    /** One drainStream run with its own encoder pool writing to S3 under `<stream>/`. */
    drain(stream: string, options: KitDrainOptions = {}) {
      return drainToS3(redis.client, state.s3, stream, options);
    },
  };
}

/** Every key in the bucket under `prefix`. */
export async function listKeys(s3: S3Client, prefix = ""): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) keys.push(object.Key as string);
    token = page.NextContinuationToken;
  } while (token);
  return keys.sort();
}

export async function getObject(s3: S3Client, key: string): Promise<Buffer> {
  const reply = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return Buffer.from(
    await (reply.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray(),
  );
}

/**
 * Downloads every object under `prefix` (or each of several) into a temp dir (same keys), runs `sql` with `{lake}`
 * replaced by that dir, and removes the dir.
 */
export async function queryLake(
  s3: S3Client,
  prefix: string | string[],
  sql: string,
): Promise<Record<string, unknown>[]> {
  const dir = await mkdtemp(join(tmpdir(), "sluice-lake-read-"));
  try {
    const prefixes = typeof prefix === "string" ? [prefix] : prefix;
    for (const key of (await Promise.all(prefixes.map((p) => listKeys(s3, p)))).flat()) {
      const path = join(dir, key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, await getObject(s3, key));
    }
    return await query(sql.replaceAll("{lake}", dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every stream id in the lake files of `stream`, with how many files hold it (DuckDB over all tables). */
export async function lakeIds(s3: S3Client, stream: string): Promise<Map<string, number>> {
  const keys = (await listKeys(s3, `${stream}/type=`)).filter((key) => key.endsWith(".parquet"));
  if (keys.length === 0) return new Map();
  const rows = await queryLake(
    s3,
    `${stream}/type=`,
    `SELECT stream_id, count(*) AS n FROM read_parquet('{lake}/${stream}/type=*/**/*.parquet', union_by_name = true)
     GROUP BY stream_id`,
  );
  return new Map(rows.map((row) => [String(row.stream_id), Number(row.n)]));
}

/** The group's last-delivered id. */
export async function groupCursor(client: RedisClient, stream: string, group = "lake"): Promise<string> {
  const groups = (await client.xinfo("GROUPS", streamKeys(stream).stream)) as unknown[][];
  for (const fields of groups) {
    const index = fields.indexOf("name");
    if (fields[index + 1] === group) return String(fields[fields.indexOf("last-delivered-id") + 1]);
  }
  throw new Error(`no group ${group} on ${stream}`);
}
