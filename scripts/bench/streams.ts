// `npm run bench -- streams [--entries N] [--quick] [tuning options]`: the Redis Streams engine end to end
// against one local redis-server (no persistence), next to redis-benchmark's raw XADD rate on the same server.
// Phases: baseline, produce only, consume that backlog, produce and consume at once (e2e), latency at a steady
// offered load. Consumers are separate processes (as Fargate tasks would be), one ConsumerGroupRunner each.

import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { percentileOfSorted } from "@sluice/observability";
import { createRedisClient, Producer, type RedisClient, streamKeys } from "@sluice/streams";
import { type RedisServer, startRedis } from "@sluice/testing";
import { UsageError } from "../usage-error.ts";
import { ConsumerPool } from "./consumer-pool.ts";
import { cpuMark, cpuSince, perEntry } from "./cpu.ts";
import { concatSamples, sortSamples } from "./percentiles.ts";
import { redisBenchmark } from "./redis-benchmark.ts";
import { produceAll, producePaced } from "./streams-produce.ts";
import { type ConsumerJob, type ConsumerResult, now, PAYLOAD_BYTES } from "./streams-protocol.ts";
import { verifyConsumed } from "./streams-verify.ts";

const USAGE = `usage: npm run bench -- streams [--entries N] [--quick] [--consumers K] [--concurrency C]
  [--batch-size B] [--produce-batch P] [--produce-inflight W] [--latency-rate R] [--latency-seconds S]`;
const FLAGS = {
  entries: "entries",
  consumers: "consumers",
  concurrency: "concurrency",
  batchSize: "batch-size",
  produceBatch: "produce-batch",
  produceInflight: "produce-inflight",
  latencyRate: "latency-rate",
  latencySeconds: "latency-seconds",
} as const;
type Options = Record<keyof typeof FLAGS, number>;
const GROUP = "bench";

function parseOptions(argv: string[]): Options {
  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(
      Object.values(FLAGS).map((flag) => [flag, { type: "string" as const }]),
    );
    values = parseArgs({
      args: argv,
      options: { ...options, quick: { type: "boolean" } },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const quick = values.quick === true;
  const defaults: Options = {
    entries: quick ? 50_000 : 1_000_000,
    consumers: 2,
    concurrency: 2,
    batchSize: 500,
    produceBatch: 1000,
    produceInflight: 2,
    latencyRate: 10_000,
    latencySeconds: quick ? 3 : 10,
  };
  const options = { ...defaults };
  for (const [name, flag] of Object.entries(FLAGS) as [keyof Options, string][]) {
    const raw = values[flag];
    if (typeof raw !== "string") continue;
    const value = Number(raw.replaceAll("_", ""));
    if (!Number.isSafeInteger(value) || value <= 0)
      throw new UsageError(`--${flag} must be a positive integer\n${USAGE}`);
    options[name] = value;
  }
  if (options.entries >= 10_000_000) throw new UsageError(`--entries must be below 10,000,000\n${USAGE}`);
  return options;
}

const log = (line: string) => console.log(line);
const perSecond = (count: number, ms: number) => Math.round((count * 1000) / ms);
const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });
const machine = () => `${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)}`;
const lastAck = (results: ConsumerResult[]) => Math.max(...results.map((r) => r.lastAckAt));

/** A progress callback that logs at most every 2 s. */
function progress(label: string, total: number): (done: number) => void {
  let next = performance.now() + 2000;
  return (done) => {
    if (done >= total || performance.now() < next) return;
    next = performance.now() + 2000;
    log(`  ... ${label}: ${fmt(done)} of ${fmt(total)}`);
  };
}

type Cpu = { selfMs: number; redisMs: number };

interface Context {
  options: Options;
  server: RedisServer;
  client: RedisClient;
  producer: Producer;
  pool: ConsumerPool;
}

function job(ctx: Context, stream: string, latency: boolean): Omit<ConsumerJob, "consumer"> {
  const { options } = ctx;
  const entries = latency ? options.latencyRate * options.latencySeconds : options.entries;
  const { batchSize, concurrency } = options;
  return {
    target: ctx.server.target,
    stream,
    group: GROUP,
    batchSize,
    concurrency,
    blockMs: 500,
    entries,
    latency,
  };
}

/** The CPU split of a consuming phase, then the verification; the stream is removed afterwards. */
async function reportConsumed(
  ctx: Context,
  stream: string,
  results: ConsumerResult[],
  total: number,
  cpu: Cpu,
) {
  const consumerMs = results.reduce((sum, r) => sum + r.cpuMs, 0);
  const parts = {
    "bench process (producer)": cpu.selfMs,
    consumers: consumerMs,
    "redis-server": cpu.redisMs,
  };
  log(`  cpu per entry: ${perEntry(total, parts)}`);
  log(`  verified: ${await verifyConsumed(ctx.client, stream, GROUP, results, total)}`);
  await ctx.client.unlink(streamKeys(stream).stream);
}

/** redis-benchmark's XADD of a value as large as our payload, 50 clients x pipeline 32, on the same server. */
async function baselinePhase({ options, server, client }: Context): Promise<number> {
  const key = "bench:baseline";
  const mark = await cpuMark(client);
  const command = ["XADD", key, "*", "f", "x".repeat(PAYLOAD_BYTES)];
  const rps = await redisBenchmark({
    ...server,
    clients: 50,
    pipeline: 32,
    requests: options.entries,
    command,
  });
  const { redisMs } = await cpuSince(client, mark);
  await client.unlink(key);
  log(`baseline: redis-benchmark -P 32 -c 50 -n ${fmt(options.entries)} XADD: ${fmt(rps)}/s`);
  log(`  cpu per entry: ${perEntry(options.entries, { "redis-server": redisMs })}`);
  return rps;
}

/** Produce only, into a stream nobody reads yet; then consume that backlog. */
async function backlogPhases(
  ctx: Context,
): Promise<{ producePerS: number; consumePerS: number; bytesPerEntry: number }> {
  const { entries } = ctx.options;
  const stream = "bench-backlog";
  let mark = await cpuMark(ctx.client);
  const produced = await produceAll(ctx.producer, stream, entries, ctx.options, progress("sent", entries));
  const producePerS = perSecond(entries, produced.ms);
  log(`produce only: ${fmt(entries)} in ${produced.ms.toFixed(0)} ms = ${fmt(producePerS)}/s`);
  const used = await cpuSince(ctx.client, mark);
  log(`  cpu per entry: ${perEntry(entries, { producer: used.selfMs, "redis-server": used.redisMs })}`);
  // The whole stream's memory (SAMPLES 0: every node, not an estimate) over its entries.
  const bytes = Number(await ctx.client.call("MEMORY", "USAGE", streamKeys(stream).stream, "SAMPLES", "0"));
  const bytesPerEntry = Math.round(bytes / entries);
  log(`  memory: ${fmt(bytesPerEntry)} bytes per entry (MEMORY USAGE, ${PAYLOAD_BYTES}-byte payloads)`);

  mark = await cpuMark(ctx.client);
  await ctx.pool.run(job(ctx, stream, false), "backlog");
  await ctx.pool.waitForAcked(entries, progress("acked", entries));
  const results = await ctx.pool.stop();
  const ms = lastAck(results) - Math.min(...results.map((r) => r.startedAt));
  const consumePerS = perSecond(entries, ms);
  log(
    `consume backlog: ${fmt(entries)} from runner start to last ack in ${ms.toFixed(0)} ms = ${fmt(consumePerS)}/s`,
  );
  await reportConsumed(ctx, stream, results, entries, await cpuSince(ctx.client, mark));
  return { producePerS, consumePerS, bytesPerEntry };
}

/** Consumers blocked on an empty stream, then the producer starts: first send to last ack. */
async function e2ePhase(ctx: Context): Promise<number> {
  const { entries } = ctx.options;
  const stream = "bench-e2e";
  const mark = await cpuMark(ctx.client);
  await ctx.pool.run(job(ctx, stream, false), "e2e");
  const firstSend = now();
  const [produced] = await Promise.all([
    produceAll(ctx.producer, stream, entries, ctx.options),
    ctx.pool.waitForAcked(entries, progress("acked", entries)),
  ]);
  const results = await ctx.pool.stop();
  const ms = lastAck(results) - firstSend;
  const e2ePerS = perSecond(entries, ms);
  log(`e2e: ${fmt(entries)} from first send to last ack in ${ms.toFixed(0)} ms = ${fmt(e2ePerS)}/s`);
  log(
    `  producer, while consuming: done at ${produced.ms.toFixed(0)} ms = ${fmt(perSecond(entries, produced.ms))}/s`,
  );
  await reportConsumed(ctx, stream, results, entries, await cpuSince(ctx.client, mark));
  return e2ePerS;
}

/** A paced producer at latencyRate/s; each entry's latency from its send stamp to its XACK reply. */
async function latencyPhase(ctx: Context): Promise<{ p50: number; p99: number }> {
  const { latencyRate, latencySeconds } = ctx.options;
  const stream = "bench-latency";
  const consumerJob = job(ctx, stream, true);
  const mark = await cpuMark(ctx.client);
  await ctx.pool.run(consumerJob, "latency");
  const paced = await producePaced(ctx.producer, stream, latencyRate, latencySeconds);
  await ctx.pool.waitForAcked(consumerJob.entries);
  const results = await ctx.pool.stop();
  const toAck = sortSamples(concatSamples(results.map((r) => r.toAckMs)));
  const toHandler = sortSamples(concatSamples(results.map((r) => r.toHandlerMs)));
  if (toAck.length !== consumerJob.entries)
    throw new Error(`${toAck.length} latency samples of ${consumerJob.entries}`);
  const p = (samples: Float64Array, q: number) => percentileOfSorted(samples, q).toFixed(2);
  const spread = (s: Float64Array) =>
    `p50 ${p(s, 50)} ms, p90 ${p(s, 90)} ms, p99 ${p(s, 99)} ms, max ${p(s, 100)} ms`;
  log(
    `latency at ${fmt(latencyRate)}/s for ${latencySeconds} s: ${fmt(toAck.length)} entries, one sendBatch every ` +
      `~${paced.tickMs} ms (at most ${paced.maxBehindMs.toFixed(1)} ms behind schedule)`,
  );
  log(`  send stamp -> handler call: ${spread(toHandler)}`);
  log(`  send stamp -> XACK reply:   ${spread(toAck)}`);
  await reportConsumed(ctx, stream, results, consumerJob.entries, await cpuSince(ctx.client, mark));
  return { p50: percentileOfSorted(toAck, 50), p99: percentileOfSorted(toAck, 99) };
}

export async function run(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const began = performance.now();
  log(
    `streams bench: ${fmt(options.entries)} entries, ${PAYLOAD_BYTES}-byte JSON payloads; ${options.consumers} ` +
      `consumer processes x concurrency ${options.concurrency}, batchSize ${options.batchSize}; producer ` +
      `sendBatch of ${options.produceBatch}, ${options.produceInflight} in flight`,
  );
  const server = await startRedis();
  const client = createRedisClient(server.target);
  const pool = await ConsumerPool.start(options.consumers).catch(async (error: unknown) => {
    client.disconnect();
    await server.stop();
    throw error;
  });
  try {
    const info = await server.cli("info", "server");
    log(
      `redis-server ${/redis_version:(\S+)/.exec(info)?.[1]} on ${server.host}:${server.port}, no persistence`,
    );
    log(`machine: ${machine()}`);
    const producer = new Producer(client, { maxBatchEntries: Math.max(10_000, options.produceBatch) });
    const ctx: Context = { options, server, client, producer, pool };
    const baseline = await baselinePhase(ctx);
    const { producePerS, consumePerS, bytesPerEntry } = await backlogPhases(ctx);
    const e2ePerS = await e2ePhase(ctx);
    const latency = await latencyPhase(ctx);
    log(`run time ${((performance.now() - began) / 1000).toFixed(1)} s; machine: ${machine()}`);
    const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
    const figures = {
      bench: "streams",
      entries: options.entries,
      produce_per_s: producePerS,
      consume_per_s: consumePerS,
      e2e_per_s: e2ePerS,
      baseline_xadd_per_s: Math.round(baseline),
      ratio: round(e2ePerS / baseline, 3),
      p50_ms: round(latency.p50, 2),
      p99_ms: round(latency.p99, 2),
      bytes_per_entry: bytesPerEntry,
    };
    console.log(JSON.stringify(figures));
  } finally {
    await pool.close();
    client.disconnect();
    await server.stop();
  }
}
