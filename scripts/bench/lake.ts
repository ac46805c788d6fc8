// `npm run bench -- lake [--events N] [--threads T] [--quick]`: Bluesky-like events from a Redis stream into Parquet
// on a local S3 server, end to end through drainStream and its encoder threads (as the LakeWriter job runs), and in
// the same run the baseline: the same entries, already in memory, through the same encoder threads into local
// files (no Redis, no S3). Each measured run is a process of its own, so its peak RSS is its own.
import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createRedisClient, type RedisClient } from "@sluice/streams";
import { startRedis } from "@sluice/testing";
import { JOBS } from "../../functions/jobs/job-table.ts";
import { generate } from "../generate/bsky.ts";
import { parseBskyOptions } from "../generate/bsky-options.ts";
import { UsageError } from "../usage-error.ts";
import { closeChild, forkChild, nextMessage, processCpuMs } from "./child-process.ts";
import { redisCpuMs } from "./cpu.ts";
import type { LakeRunResult, ToLakeChild } from "./lake-protocol.ts";
import type { S3ChildMessage } from "./s3-child.ts";

const USAGE = "usage: npm run bench -- lake [--events N] [--threads T] [--quick]";
const STREAM = "bsky";
const BUCKET = "lake";

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

/** Runs one measurement in a fresh child, as the LakeWriter Lambda runs (its NODE_OPTIONS). */
async function measure(
  message: ToLakeChild,
  redis: RedisClient,
  s3Pid: number,
): Promise<LakeRunResult & { cpu: CpuShare }> {
  const child = await forkChild(new URL("./lake-child.ts", import.meta.url), [JOBS.lakeWriter.nodeOptions]);
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
    const s3Pid = s3Child.pid as number;
    const base = await measure(
      { type: "baseline", target: redis.target, stream: STREAM, threads, dir },
      client,
      s3Pid,
    );
    console.log(
      `baseline (memory → ${threads} encoder threads → local files): ${fmt(perSecond(base.rows, base.seconds))} events/s, ${base.files} files, peak RSS ${fmt(base.peakRssMb)} MB`,
    );
    const e2e = await measure(
      { type: "e2e", target: redis.target, s3, bucket: BUCKET, stream: STREAM, threads },
      client,
      s3Pid,
    );
    console.log(
      `end to end (Redis → ${threads} encoder threads → S3, committed): ${fmt(perSecond(e2e.entries, e2e.seconds))} events/s, ${e2e.files} files, peak RSS ${fmt(e2e.peakRssMb)} MB`,
    );
    console.log(
      `CPU per event, end to end: writer process ${e2e.cpu.writer} µs (main thread and encoder threads), redis-server ${e2e.cpu.redis} µs, S3 server ${e2e.cpu.s3} µs`,
    );
    if (e2e.rows + e2e.deadLettered !== events || e2e.deadLettered !== 0) {
      throw new Error(
        `end to end wrote ${e2e.rows} rows and dead-lettered ${e2e.deadLettered} of ${events} events`,
      );
    }
    const eventsPerSecond = perSecond(e2e.entries, e2e.seconds);
    const baselinePerSecond = perSecond(base.rows, base.seconds);
    console.log(
      JSON.stringify({
        bench: "lake",
        events,
        events_per_s: eventsPerSecond,
        baseline_events_per_s: baselinePerSecond,
        ratio: Math.round((eventsPerSecond / baselinePerSecond) * 1000) / 1000,
        bytes_per_event: Math.round((e2e.bytes / e2e.rows) * 10) / 10,
        peak_rss_mb: Math.round(e2e.peakRssMb),
        baseline_peak_rss_mb: Math.round(base.peakRssMb),
        threads,
        cpu_us_per_event: e2e.cpu,
        files: e2e.files,
        seconds: Math.round(e2e.seconds * 100) / 100,
      }),
    );
  } finally {
    client.disconnect();
    await closeChild(s3Child);
    await rm(dir, { recursive: true, force: true });
  }
}
