// One measured run of `npm run bench -- lake` in a fresh process, so that its peak RSS is the run's alone:
// "e2e" drains the stream through drainStream into S3; "baseline" first reads the same entries into memory, then
// times only the encoder pool writing them to local files; "duckdb" times the peer (lake-duckdb.ts).
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { S3Client } from "@aws-sdk/client-s3";
import {
  drainStream,
  type EncoderInput,
  EncoderPool,
  localFileTarget,
  s3FileTarget,
  type WrittenFile,
} from "@sluice/lake";
import { isBskyEventType } from "@sluice/lake/bsky";
import { createRedisClient, decodeEntry, type RedisClient } from "@sluice/streams";
import { duckdbToParquet } from "./lake-duckdb.ts";
import type { FromLakeChild, LakeRunResult, ToLakeChild } from "./lake-protocol.ts";
import { streamChunks } from "./stream-chunks.ts";

const send = (message: FromLakeChild) => process.send?.(message);

function result(started: number, entries: number, files: WrittenFile[], deadLettered: number): LakeRunResult {
  return {
    type: "result",
    entries,
    rows: files.reduce((sum, f) => sum + f.rows, 0),
    deadLettered,
    files: files.length,
    rowGroups: files.reduce((sum, f) => sum + f.rowGroups, 0),
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    seconds: (performance.now() - started) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

async function e2e(
  message: Extract<ToLakeChild, { type: "e2e" }>,
  client: RedisClient,
): Promise<LakeRunResult> {
  const s3 = new S3Client(message.s3);
  const pool = await EncoderPool.start({
    threads: message.threads,
    layout: { prefix: message.stream },
    open: () =>
      s3FileTarget({ client: s3, bucket: message.bucket, stagingPrefix: `_staging/${message.stream}/` }),
  });
  try {
    const started = performance.now();
    const report = await drainStream({
      client,
      pool,
      stream: message.stream,
      runId: "bench",
      deadline: Date.now() + 3_600_000,
    });
    const entries = report.segments.reduce((sum, s) => sum + s.entries, 0);
    return result(
      started,
      entries,
      report.segments.flatMap((s) => s.files),
      report.deadLettered,
    );
  } finally {
    await pool.close();
    s3.destroy();
  }
}

/** Every entry of the stream, in memory, as the encoders take them. */
async function readAll(client: RedisClient, stream: string): Promise<EncoderInput[][]> {
  const chunks: EncoderInput[][] = [];
  for await (const reply of streamChunks(client, stream)) {
    const chunk: EncoderInput[] = [];
    for (const [id, fields] of reply) {
      const decoded = decodeEntry(id.toString(), fields);
      if ("entry" in decoded && isBskyEventType(decoded.entry.type)) {
        chunk.push({ id: decoded.entry.id, type: decoded.entry.type, data: decoded.entry.data });
      }
    }
    chunks.push(chunk);
  }
  return chunks;
}

async function baseline(
  message: Extract<ToLakeChild, { type: "baseline" }>,
  client: RedisClient,
): Promise<LakeRunResult> {
  const chunks = await readAll(client, message.stream);
  const pool = await EncoderPool.start({
    threads: message.threads,
    layout: { prefix: message.stream },
    open: () => localFileTarget(message.dir),
  });
  try {
    const started = performance.now();
    for (const chunk of chunks) await pool.add(chunk);
    const { files, malformed } = await pool.finish();
    const entries = chunks.reduce((sum, c) => sum + c.length, 0);
    return result(started, entries, files, malformed.length);
  } finally {
    await pool.close();
  }
}

async function duckdb(message: Extract<ToLakeChild, { type: "duckdb" }>): Promise<LakeRunResult> {
  const started = performance.now();
  const rows = await duckdbToParquet(message.ndjson, message.dir, message.rowGroupRows);
  const seconds = (performance.now() - started) / 1000;
  const files = (await readdir(message.dir, { recursive: true })).filter((f) => f.endsWith(".parquet"));
  const sizes = await Promise.all(files.map(async (f) => (await stat(join(message.dir, f))).size));
  return {
    type: "result",
    entries: message.entries,
    rows,
    deadLettered: 0,
    files: files.length,
    bytes: sizes.reduce((sum, size) => sum + size, 0),
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function runOne(message: ToLakeChild, client: RedisClient): Promise<LakeRunResult> {
  if (message.type === "e2e") return e2e(message, client);
  if (message.type === "baseline") return baseline(message, client);
  return duckdb(message);
}

process.on("message", (message: ToLakeChild) => {
  const client = createRedisClient({ ...message.target, commandTimeoutMs: 60_000 });
  runOne(message, client)
    .then(send, (error: unknown) => {
      console.error(`bench lake ${message.type}:`, error);
      process.exit(1);
    })
    .finally(() => client.disconnect());
});
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
