// `npm run bench -- streams [--entries N] [--quick] [options: streams-options.ts]`: the same entries (80-byte JSON),
// the same consumer processes (ConsumerPool) and batch sizes, end to end (first send to last acknowledgement)
// through Sluice's ConsumerGroupRunner, through a minimal hand-written ioredis XREADGROUP/XACK loop (the floor of a
// home-made consumer) and through BullMQ (addBulk, a Worker), side by side in rotating rounds (rounds.ts), with
// redis-server's CPU per entry for each. Sluice and the bare loop read the same entries, written by Sluice's Producer
// with the platform's defaults (the stream catalog through producerPolicy), so the pair compares consumers. Around the
// rounds: redis-benchmark's XADD (only for redis-server's CPU per XADD), produce only and consume that backlog,
// one run with durable and idempotent publish on (primary + replica), and the latency case at a steady rate.
import { availableParallelism, loadavg } from "node:os";
import { percentileOfSorted } from "@sluice/observability";
import {
  createRedisClient,
  Producer,
  type RedisClient,
  type RedisConnectionConfig,
  streamKeys,
} from "@sluice/streams";
import { type RedisServer, startRedis, startRedisReplicaSet } from "@sluice/testing";
import { producerPolicy } from "../../functions/shared/stream-access.ts";
import { ConsumerPool } from "./consumer-pool.ts";
import { type CpuMark, cpuMark, cpuSince, perEntry } from "./cpu.ts";
import { concatSamples, sortSamples } from "./percentiles.ts";
import { redisBenchmark } from "./redis-benchmark.ts";
import { inRounds, medianOf, medianRatio } from "./rounds.ts";
import { bullmqQueue } from "./streams-bullmq.ts";
import { type Options, parseOptions } from "./streams-options.ts";
import { produceAll, producePaced, producerSender, type SendRange } from "./streams-produce.ts";
import {
  type ConsumerJob,
  type ConsumerKind,
  type ConsumerResult,
  now,
  PAYLOAD_BYTES,
} from "./streams-protocol.ts";
import { verifyConsumed, verifyQueue } from "./streams-verify.ts";

const GROUP = "bench";

const log = (line: string) => console.log(line);
const perSecond = (count: number, ms: number) => Math.round((count * 1000) / ms);
const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });
const machine = () => `${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)}`;
const lastAck = (results: ConsumerResult[]) => Math.max(...results.map((r) => r.lastAckAt));
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const usPerEntry = (ms: number, entries: number) => (ms * 1000) / entries;

/** A progress callback that logs at most every 2 s. */
function progress(label: string, total: number): (done: number) => void {
  let next = performance.now() + 2000;
  return (done) => {
    if (done >= total || performance.now() < next) return;
    next = performance.now() + 2000;
    log(`  ... ${label}: ${fmt(done)} of ${fmt(total)}`);
  };
}

/** The Redis a phase runs on: its connection config (for the consumer processes) and the bench's client. */
interface Where {
  target: RedisConnectionConfig;
  client: RedisClient;
}

interface Context extends Where {
  options: Options;
  server: RedisServer;
  /** Sluice's Producer as the platform builds it: the stream catalog's settings for every stream. */
  producer: Producer;
  pool: ConsumerPool;
}

const sluiceProducer = (client: RedisClient, { produceBatch }: Options) =>
  new Producer(client, { settingsFor: producerPolicy, maxBatchEntries: Math.max(10_000, produceBatch) });

function job(
  options: Options,
  where: Where,
  fields: Pick<ConsumerJob, "kind" | "stream" | "entries" | "latency">,
): Omit<ConsumerJob, "consumer"> {
  const { batchSize, concurrency, bullmqConcurrency } = options;
  const perProcess = fields.kind === "bullmq" ? bullmqConcurrency : concurrency;
  return { ...fields, target: where.target, group: GROUP, batchSize, concurrency: perProcess, blockMs: 500 };
}

/** Logs a consuming phase's CPU split and its verification; returns redis-server's CPU µs per entry. */
async function reportConsumed(
  results: ConsumerResult[],
  total: number,
  cpu: { selfMs: number; redisMs: number },
  verify: () => Promise<string>,
): Promise<number> {
  const consumerMs = results.reduce((sum, r) => sum + r.cpuMs, 0);
  const parts = {
    "bench process (producer)": cpu.selfMs,
    consumers: consumerMs,
    "redis-server": cpu.redisMs,
  };
  log(`  cpu per entry: ${perEntry(total, parts)}`);
  log(`  verified: ${await verify()}`);
  return usPerEntry(cpu.redisMs, total);
}

const verifyStream = (where: Where, stream: string) => (results: ConsumerResult[], total: number) => () =>
  verifyConsumed(where.client, stream, GROUP, results, total);

/** reportConsumed for a phase of Sluice's runner on `stream` since `mark`; the stream is removed afterwards. */
async function reportSluicePhase(
  ctx: Context,
  stream: string,
  results: ConsumerResult[],
  entries: number,
  mark: CpuMark,
): Promise<void> {
  await reportConsumed(
    results,
    entries,
    await cpuSince(ctx.client, mark),
    verifyStream(ctx, stream)(results, entries),
  );
  await ctx.client.unlink(streamKeys(stream).stream);
}

/** redis-benchmark's XADD of a value as large as our payload, 50 clients x pipeline 32: redis-server's µs per XADD. */
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
  return usPerEntry(redisMs, options.entries);
}

/** Produce only, into a stream nobody reads yet; then consume that backlog with Sluice's runner. */
async function backlogPhases(
  ctx: Context,
): Promise<{ producePerS: number; consumePerS: number; bytesPerEntry: number }> {
  const { entries } = ctx.options;
  const stream = "bench-backlog";
  let mark = await cpuMark(ctx.client);
  const send = producerSender(ctx.producer, stream);
  const produced = await produceAll(send, entries, ctx.options, progress("sent", entries));
  const producePerS = perSecond(entries, produced.ms);
  log(`produce only: ${fmt(entries)} in ${produced.ms.toFixed(0)} ms = ${fmt(producePerS)}/s`);
  const used = await cpuSince(ctx.client, mark);
  log(`  cpu per entry: ${perEntry(entries, { producer: used.selfMs, "redis-server": used.redisMs })}`);
  // The whole stream's memory (SAMPLES 0: every node, not an estimate) over its entries.
  const bytes = Number(await ctx.client.call("MEMORY", "USAGE", streamKeys(stream).stream, "SAMPLES", "0"));
  const bytesPerEntry = Math.round(bytes / entries);
  log(`  memory: ${fmt(bytesPerEntry)} bytes per entry (MEMORY USAGE, ${PAYLOAD_BYTES}-byte payloads)`);

  mark = await cpuMark(ctx.client);
  await ctx.pool.run(job(ctx.options, ctx, { kind: "sluice", stream, entries, latency: false }), "backlog");
  await ctx.pool.waitForAcked(entries, progress("acked", entries));
  const results = await ctx.pool.stop();
  const ms = lastAck(results) - Math.min(...results.map((r) => r.startedAt));
  const consumePerS = perSecond(entries, ms);
  log(
    `consume backlog: ${fmt(entries)} from runner start to last ack in ${ms.toFixed(0)} ms = ${fmt(consumePerS)}/s`,
  );
  await reportSluicePhase(ctx, stream, results, entries, mark);
  return { producePerS, consumePerS, bytesPerEntry };
}

/** One end-to-end run: what consumes, what it reads, how it is fed and checked, and how it is cleared after. */
interface E2eRun {
  label: string;
  kind: ConsumerKind;
  /** The stream, or BullMQ's queue. */
  name: string;
  entries: number;
  send: SendRange;
  verify: (results: ConsumerResult[], total: number) => () => Promise<string>;
  clear: () => Promise<unknown>;
}

interface E2eFigures {
  perS: number;
  redisUsPerEntry: number;
}

/** Consumers waiting on an empty stream or queue, then the producer starts: first send to last ack. */
async function e2e(ctx: Context, where: Where, run: E2eRun): Promise<E2eFigures> {
  const { entries } = run;
  const mark = await cpuMark(where.client);
  await ctx.pool.run(
    job(ctx.options, where, { kind: run.kind, stream: run.name, entries, latency: false }),
    run.kind,
  );
  const firstSend = now();
  const [produced] = await Promise.all([
    produceAll(run.send, entries, ctx.options),
    ctx.pool.waitForAcked(entries, progress("acked", entries)),
  ]);
  const results = await ctx.pool.stop();
  const cpu = await cpuSince(where.client, mark);
  const perS = perSecond(entries, lastAck(results) - firstSend);
  log(`  ${run.label}: ${fmt(entries)} from first send to last ack = ${fmt(perS)}/s`);
  log(
    `  producer, while consuming: done at ${produced.ms.toFixed(0)} ms = ${fmt(perSecond(entries, produced.ms))}/s`,
  );
  const redisUsPerEntry = await reportConsumed(results, entries, cpu, run.verify(results, entries));
  await run.clear();
  return { perS, redisUsPerEntry };
}

/** A stream run: entries written by `producer` (with `send` options), consumed by `kind` ("sluice" or "bare"). */
function streamRun(
  where: Where,
  producer: Producer,
  kind: "sluice" | "bare",
  entries: number,
  label: string = kind,
  sendOptions?: Parameters<typeof producerSender>[2],
): E2eRun {
  const name = `bench-e2e-${kind}`;
  return {
    label,
    kind,
    name,
    entries,
    send: producerSender(producer, name, sendOptions),
    verify: verifyStream(where, name),
    clear: () => where.client.unlink(streamKeys(name).stream),
  };
}

function bullmqRun(
  ctx: Context,
  name: string,
  entries = ctx.options.bullmqEntries,
): E2eRun & { close: () => Promise<void> } {
  const { queue, send } = bullmqQueue(ctx.target, name);
  return {
    label: "bullmq",
    kind: "bullmq",
    name,
    entries,
    send,
    verify: (results, total) => () => verifyQueue(queue, results, total),
    clear: () => queue.obliterate({ force: true }),
    close: () => queue.close(),
  };
}

async function bullmqE2e(ctx: Context, name: string, entries?: number): Promise<E2eFigures> {
  const run = bullmqRun(ctx, name, entries);
  try {
    return await e2e(ctx, ctx, run);
  } finally {
    await run.close();
  }
}

/**
 * Each engine once on a tenth of the entries, not reported: the first runs in fresh processes are slower (the JIT,
 * heaps growing), and rounds in rotating order would give that to whoever comes first.
 */
async function warmUp(ctx: Context): Promise<void> {
  const tenth = (n: number) => Math.max(1, Math.floor(n / 10));
  log("warm-up, not reported:");
  await e2e(ctx, ctx, streamRun(ctx, ctx.producer, "sluice", tenth(ctx.options.entries)));
  await e2e(ctx, ctx, streamRun(ctx, ctx.producer, "bare", tenth(ctx.options.entries)));
  await bullmqE2e(ctx, "bench-bullmq-warm-up", tenth(ctx.options.bullmqEntries));
}

/** Sluice, the bare loop and BullMQ, in rotating order, round after round. */
async function rounds(ctx: Context) {
  const { entries } = ctx.options;
  return inRounds(ctx.options.rounds, {
    sluice: () => e2e(ctx, ctx, streamRun(ctx, ctx.producer, "sluice", entries)),
    bare: () => e2e(ctx, ctx, streamRun(ctx, ctx.producer, "bare", entries)),
    bullmq: (n) => bullmqE2e(ctx, `bench-bullmq-${n + 1}`),
  });
}

/** Sluice's runner with durable (one replica) and idempotent publish (a key per entry) on, once, on its own Redis. */
async function durableIdempotentPhase(ctx: Context): Promise<E2eFigures> {
  log("durable + idempotent publish: primary + 1 replica (no persistence), a UUID idempotency key per entry");
  await using set = await startRedisReplicaSet({ replicas: 1 });
  const client = createRedisClient(set.target);
  try {
    const where = { target: set.target, client };
    const producer = sluiceProducer(client, ctx.options);
    const run = streamRun(where, producer, "sluice", ctx.options.entries, "sluice, durable + idempotent", {
      durable: true,
      keyed: true,
    });
    return await e2e(ctx, where, run);
  } finally {
    client.disconnect();
  }
}

/** A paced producer at latencyRate/s; each entry's latency from its send stamp to its XACK reply. */
async function latencyPhase(ctx: Context): Promise<{ p50: number; p99: number; maxBehindMs: number }> {
  const { latencyRate, latencySeconds } = ctx.options;
  const stream = "bench-latency";
  const entries = latencyRate * latencySeconds;
  const mark = await cpuMark(ctx.client);
  await ctx.pool.run(job(ctx.options, ctx, { kind: "sluice", stream, entries, latency: true }), "latency");
  const paced = await producePaced(producerSender(ctx.producer, stream), latencyRate, latencySeconds);
  await ctx.pool.waitForAcked(entries);
  const results = await ctx.pool.stop();
  const toAck = sortSamples(concatSamples(results.map((r) => r.toAckMs)));
  const toHandler = sortSamples(concatSamples(results.map((r) => r.toHandlerMs)));
  if (toAck.length !== entries) throw new Error(`${toAck.length} latency samples of ${entries}`);
  const p = (samples: Float64Array, q: number) => percentileOfSorted(samples, q).toFixed(2);
  const spread = (s: Float64Array) =>
    `p50 ${p(s, 50)} ms, p90 ${p(s, 90)} ms, p99 ${p(s, 99)} ms, max ${p(s, 100)} ms`;
  log(
    `latency at ${fmt(latencyRate)}/s for ${latencySeconds} s: ${fmt(toAck.length)} entries, one sendBatch every ` +
      `~${paced.tickMs} ms (at most ${paced.maxBehindMs.toFixed(1)} ms behind schedule)`,
  );
  log(`  send stamp -> handler call: ${spread(toHandler)}`);
  log(`  send stamp -> XACK reply:   ${spread(toAck)}`);
  await reportSluicePhase(ctx, stream, results, entries, mark);
  return {
    p50: percentileOfSorted(toAck, 50),
    p99: percentileOfSorted(toAck, 99),
    maxBehindMs: paced.maxBehindMs,
  };
}

export async function run(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const began = performance.now();
  log(
    `streams bench: ${fmt(options.entries)} entries (BullMQ ${fmt(options.bullmqEntries)}), ${PAYLOAD_BYTES}-byte ` +
      `JSON payloads, ${options.rounds} rounds; ${options.consumers} consumer processes x concurrency ` +
      `${options.concurrency}, batchSize ${options.batchSize} (BullMQ: Worker concurrency ` +
      `${options.bullmqConcurrency}); producer batches of ${options.produceBatch}, ${options.produceInflight} in flight`,
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
    const producer = sluiceProducer(client, options);
    const ctx: Context = { options, server, target: server.target, client, producer, pool };
    const xaddUs = await baselinePhase(ctx);
    const { producePerS, consumePerS, bytesPerEntry } = await backlogPhases(ctx);
    await warmUp(ctx);
    const e2es = await rounds(ctx);
    const durable = await durableIdempotentPhase(ctx);
    const latency = await latencyPhase(ctx);
    log(`run time ${((performance.now() - began) / 1000).toFixed(1)} s; machine: ${machine()}`);
    const perS = (r: E2eFigures) => r.perS;
    const redisUs = (r: E2eFigures) => r.redisUsPerEntry;
    const redisUsPerEntry = medianOf(e2es.sluice, redisUs);
    const figures = {
      bench: "streams",
      entries: options.entries,
      bullmq_entries: options.bullmqEntries,
      rounds: options.rounds,
      produce_per_s: producePerS,
      consume_per_s: consumePerS,
      e2e_per_s: Math.round(medianOf(e2es.sluice, perS)),
      bare_e2e_per_s: Math.round(medianOf(e2es.bare, perS)),
      bullmq_e2e_per_s: Math.round(medianOf(e2es.bullmq, perS)),
      vs_bare: round(
        medianRatio(e2es.sluice, e2es.bare, (a, b) => a.perS / b.perS),
        3,
      ),
      vs_bullmq: round(
        medianRatio(e2es.sluice, e2es.bullmq, (a, b) => a.perS / b.perS),
        2,
      ),
      redis_us_per_entry: round(redisUsPerEntry, 2),
      bare_redis_us_per_entry: round(medianOf(e2es.bare, redisUs), 2),
      bullmq_redis_us_per_entry: round(medianOf(e2es.bullmq, redisUs), 2),
      xadd_redis_us_per_entry: round(xaddUs, 2),
      redis_vs_xadd: round(redisUsPerEntry / xaddUs, 2),
      durable_idempotent_e2e_per_s: durable.perS,
      durable_idempotent_redis_us_per_entry: round(durable.redisUsPerEntry, 2),
      p50_ms: round(latency.p50, 2),
      p99_ms: round(latency.p99, 2),
      latency_max_behind_ms: round(latency.maxBehindMs, 1),
      bytes_per_entry: bytesPerEntry,
    };
    console.log(JSON.stringify(figures));
  } finally {
    await pool.close();
    client.disconnect();
    await server.stop();
  }
}
