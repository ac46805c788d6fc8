// `npm run bench -- lake [--events N] [--threads T] [--quick]`: Bluesky-like events from a Redis stream into Parquet
// on a local S3 server, end to end through drainStream and its encoder threads (as the LakeWriter job runs), side by
// side with what a data engineer would script instead: DuckDB turning the same events, from a local NDJSON file, into
// the same zstd Parquet tables partitioned by hour on local disk (lake-duckdb.ts), in rotating rounds (rounds.ts).
// Once, the baseline: the same entries, already in memory, through the same encoder threads into local files (no
// Redis, no S3). Each measured run is a process of its own, so its peak RSS is its own.
import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_ROW_GROUP_ROWS } from "@sluice/lake";
import { createRedisClient, type RedisClient, streamKeys } from "@sluice/streams";
import { startRedis } from "@sluice/testing";
import { JOBS } from "../../functions/jobs/job-table.ts";
import { generate } from "../generate/bsky.ts";
import { parseBskyOptions } from "../generate/bsky-options.ts";
import { UsageError } from "../usage-error.ts";
import { closeChild, forkChild, nextMessage, processCpuMs } from "./child-process.ts";
import { redisCpuMs } from "./cpu.ts";
import { exportNdjson } from "./lake-duckdb.ts";
import type { LakeRunResult, ToLakeChild } from "./lake-protocol.ts";
import { DEFAULT_ROUNDS, inRounds, medianOf, medianRatio } from "./rounds.ts";
import type { S3ChildMessage } from "./s3-child.ts";

const USAGE = "usage: npm run bench -- lake [--events N] [--threads T] [--quick]";
const STREAM = "bsky";
const BUCKET = "lake";
/** Where the generated stream is kept while rounds drain copies of it. */
const PRISTINE = "bench:lake:pristine";

function parseOptions(argv: string[]): { events: number; threads: number } {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: { events: { type: "string" }, threads: { type: "string" }, quick: { type: "boolean" } },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const number = (flag: string, fallback: number, max: number) => {
    const raw = values[flag];
    if (typeof raw !== "string") return fallback;
    const value = Number(raw.replaceAll("_", ""));
    if (!Number.isSafeInteger(value) || value < 1 || value > max) {
      throw new UsageError(`--${flag} must be an integer from 1 to ${max.toLocaleString("en-US")}\n${USAGE}`);
    }
    return value;
  };
  return {
    events: number("events", values.quick === true ? 100_000 : 1_000_000, 10_000_000),
    threads: number("threads", availableParallelism(), 64),
  };
}

/** CPU time of the processes of a measured run, µs per event. */
interface CpuShare {
  writer: number;
  redis: number;
  s3: number;
}

/** Runs one measurement in a fresh child, as the LakeWriter Lambda runs (its NODE_OPTIONS and environment). */
async function measure(message: ToLakeChild, redis: RedisClient, s3Pid: number): Promise<Measured> {
  // The peer runs as a plain process: the job's flags and environment are the lake writer's.
  const { nodeOptions, environment } = JOBS.lakeWriter;
  const child =
    message.type === "duckdb"
      ? await forkChild(new URL("./lake-child.ts", import.meta.url))
      : await forkChild(new URL("./lake-child.ts", import.meta.url), [nodeOptions], environment);
  try {
    const pid = child.pid as number;
    const cpu = () => Promise.all([processCpuMs(pid), redisCpuMs(redis), processCpuMs(s3Pid)]);
    const before = await cpu();
    const result = nextMessage<LakeRunResult>(child, "result");
    child.send(message);
    const done = await result;
    const after = await cpu();
    const perEvent = (i: number) =>
      Math.round((((after[i] as number) - (before[i] as number)) * 1000) / done.entries);
    return { ...done, cpu: { writer: perEvent(0), redis: perEvent(1), s3: perEvent(2) } };
  } finally {
    await closeChild(child);
  }
}

const perSecond = (count: number, seconds: number) => Math.round(count / seconds);
const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });
const round3 = (n: number) => Math.round(n * 1000) / 1000;
type Measured = LakeRunResult & { cpu: CpuShare };

export async function run(argv: string[]): Promise<void> {
  const { events, threads } = parseOptions(argv);
  console.log(
    `lake bench: ${fmt(events)} events, ${threads} encoder threads, ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)}`,
  );
  await using redis = await startRedis();
  const s3Child = fork(new URL("./s3-child.ts", import.meta.url), [BUCKET], { execArgv: process.execArgv });
  const dir = await mkdtemp(join(tmpdir(), "sluice-lake-bench-"));
  const client = createRedisClient({ ...redis.target, commandTimeoutMs: 60_000 });
  try {
    const { settings: s3 } = await nextMessage<S3ChildMessage>(s3Child, "s3");
    await generate(
      client,
      parseBskyOptions([
        "--events",
        String(events),
        "--seed",
        "bench",
        "--stream",
        STREAM,
        "--redis-url",
        `redis://${redis.host}:${redis.port}`,
      ]),
    );
    // Each end-to-end round drains (and trims) the stream: it starts from this copy of it.
    const key = streamKeys(STREAM).stream;
    await client.call("COPY", key, PRISTINE);
    const ndjson = join(dir, "events.ndjson");
    await exportNdjson(client, STREAM, ndjson);
    const s3Pid = s3Child.pid as number;
    const base = await measure(
      { type: "baseline", target: redis.target, stream: STREAM, threads, dir: join(dir, "baseline") },
      client,
      s3Pid,
    );
    console.log(
      `baseline (memory → ${threads} encoder threads → local files): ${fmt(perSecond(base.rows, base.seconds))} events/s, ${base.files} files, peak RSS ${fmt(base.peakRssMb)} MB`,
    );
    const rounds = await inRounds(DEFAULT_ROUNDS, {
      sluice: async () => {
        await client.call("COPY", PRISTINE, key, "REPLACE");
        const e2e = await measure(
          { type: "e2e", target: redis.target, s3, bucket: BUCKET, stream: STREAM, threads },
          client,
          s3Pid,
        );
        if (e2e.rows + e2e.deadLettered !== events || e2e.deadLettered !== 0) {
          throw new Error(
            `end to end wrote ${e2e.rows} rows and dead-lettered ${e2e.deadLettered} of ${events} events`,
          );
        }
        console.log(
          `end to end (Redis → ${threads} encoder threads → S3, committed): ${fmt(perSecond(e2e.entries, e2e.seconds))} events/s, ${e2e.files} files, ${fmt(e2e.rows / (e2e.rowGroups ?? 1))} rows per row group, peak RSS ${fmt(e2e.peakRssMb)} MB; CPU per event: writer process ${e2e.cpu.writer} µs (main thread and encoder threads), redis-server ${e2e.cpu.redis} µs, S3 server ${e2e.cpu.s3} µs`,
        );
        return e2e;
      },
      duckdb: async (round) => {
        const out = join(dir, `duckdb-${round}`);
        const peer = await measure(
          {
            type: "duckdb",
            target: redis.target,
            ndjson,
            entries: events,
            dir: out,
            rowGroupRows: DEFAULT_ROW_GROUP_ROWS,
          },
          client,
          s3Pid,
        );
        await rm(out, { recursive: true, force: true });
        if (peer.rows !== events) throw new Error(`DuckDB wrote ${peer.rows} rows of ${events} events`);
        console.log(
          `DuckDB (NDJSON file → ${availableParallelism()} threads → local Parquet): ${fmt(perSecond(peer.entries, peer.seconds))} events/s, ${peer.files} files, peak RSS ${fmt(peer.peakRssMb)} MB, CPU ${peer.cpu.writer} µs per event`,
        );
        return peer;
      },
    });
    report(events, threads, base, rounds);
  } finally {
    client.disconnect();
    await closeChild(s3Child);
    await rm(dir, { recursive: true, force: true });
  }
}

/** The JSON line: medians over the rounds, ratios taken within each round; peak RSS is the highest of any round. */
function report(
  events: number,
  threads: number,
  base: Measured,
  rounds: { sluice: Measured[]; duckdb: Measured[] },
) {
  const { sluice, duckdb } = rounds;
  const rate = (r: Measured) => r.entries / r.seconds;
  const baselinePerSecond = perSecond(base.rows, base.seconds);
  const median = (figure: (r: Measured) => number) => medianOf(sluice, figure);
  console.log(
    JSON.stringify({
      bench: "lake",
      events,
      events_per_s: Math.round(median(rate)),
      baseline_events_per_s: baselinePerSecond,
      ratio: round3(median(rate) / baselinePerSecond),
      bytes_per_event: Math.round(median((r) => r.bytes / r.rows) * 10) / 10,
      peak_rss_mb: Math.round(Math.max(...sluice.map((r) => r.peakRssMb))),
      baseline_peak_rss_mb: Math.round(base.peakRssMb),
      threads,
      cpu_us_per_event: {
        writer: median((r) => r.cpu.writer),
        redis: median((r) => r.cpu.redis),
        s3: median((r) => r.cpu.s3),
      },
      files: median((r) => r.files),
      rows_per_row_group: Math.round(median((r) => r.rows / (r.rowGroups ?? 1))),
      seconds: Math.round(median((r) => r.seconds) * 100) / 100,
      duckdb_events_per_s: Math.round(medianOf(duckdb, rate)),
      vs_duckdb: round3(medianRatio(sluice, duckdb, (s, d) => rate(s) / rate(d))),
      duckdb_peak_rss_mb: Math.round(Math.max(...duckdb.map((r) => r.peakRssMb))),
      duckdb_cpu_us_per_event: medianOf(duckdb, (r) => r.cpu.writer),
      duckdb_bytes_per_event: Math.round(medianOf(duckdb, (r) => r.bytes / r.rows) * 10) / 10,
      rounds: sluice.length,
    }),
  );
}
