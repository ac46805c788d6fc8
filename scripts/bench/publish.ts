// `npm run bench -- publish [--quick]`: what durable and idempotent publish cost, next to a plain publish, on a
// local primary with one replica (no persistence), after a warm-up: latency of one send at a time, the rate of 16
// concurrent single-entry senders on one connection, and of 100-entry batches (4 in flight); then the memory of an
// idempotency key (MEMORY USAGE, and INFO used_memory over 100,000 keyed entries next to as many without keys); then
// what an HTTP client sees: POST /v1/streams/{stream}/messages in the same four modes (publish-http.ts). JSON last.
// docs/streams.md "Durable and idempotent publish" holds runs' figures.
import { randomUUID } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { percentileOfSorted } from "@sluice/observability";
import { createRedisClient, type EntryInput, Producer, type RedisClient, streamKeys } from "@sluice/streams";
import { startRedisReplicaSet } from "@sluice/testing";
import { UsageError } from "../usage-error.ts";
import { measureHttpPublish } from "./publish-http.ts";

const USAGE = "usage: npm run bench -- publish [--quick]";
const MODES = {
  plain: { durable: false, keyed: false },
  idempotent: { durable: false, keyed: true },
  durable: { durable: true, keyed: false },
  "durable+idempotent": { durable: true, keyed: true },
} as const;
type Mode = keyof typeof MODES;
const SENDERS = 16;
const BATCH = 100;
const DATA = JSON.stringify({ user: "did:plc:abcdefghijklmnop", action: "like", n: 0 });

const log = (line: string) => console.log(line);
const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });
const entry = (keyed: boolean): EntryInput => ({
  type: "bench.publish",
  data: DATA,
  ...(keyed && { idempotencyKey: randomUUID() }),
});

async function latency(producer: Producer, stream: string, keyed: boolean, sends: number) {
  const samples: number[] = [];
  for (let n = 0; n < sends; n += 1) {
    const started = performance.now();
    await producer.send(stream, entry(keyed));
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const ms = (p: number) => Number(percentileOfSorted(samples, p).toFixed(3));
  return { p50: ms(50), p99: ms(99) };
}

/** Entries per second of `workers` closed loops, each sending `perCall` entries a call, `total` in all. */
async function rate(send: () => Promise<unknown>, workers: number, calls: number, perCall: number) {
  let left = calls;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (left > 0) {
        left -= 1;
        await send();
      }
    }),
  );
  return Math.round((calls * perCall * 1000) / (performance.now() - started));
}

async function measureMode(client: RedisClient, mode: Mode, sends: number) {
  const { durable, keyed } = MODES[mode];
  const producer = new Producer(client, { durable: durable && {} });
  const stream = `bench-publish-${mode.replace("+", "-")}`;
  const figures = {
    latency_ms: await latency(producer, stream, keyed, sends),
    single_per_s: await rate(() => producer.send(stream, entry(keyed)), SENDERS, sends * 4, 1),
    batch_per_s: await rate(
      () =>
        producer.sendBatch(
          stream,
          Array.from({ length: BATCH }, () => entry(keyed)),
        ),
      4,
      sends / 2,
      BATCH,
    ),
  };
  await client.unlink(streamKeys(stream).stream);
  log(
    `${mode}: one at a time p50 ${figures.latency_ms.p50} ms, p99 ${figures.latency_ms.p99} ms; ` +
      `${SENDERS} senders ${fmt(figures.single_per_s)}/s; batches of ${BATCH} ${fmt(figures.batch_per_s)}/s`,
  );
  return figures;
}

async function usedMemory(client: RedisClient): Promise<number> {
  const info = await client.info("memory");
  return Number(/used_memory:(\d+)/.exec(info)?.[1]);
}

/** Bytes per idempotency key: one key's MEMORY USAGE, and the used_memory growth of keyed entries over plain ones. */
async function keyMemory(client: RedisClient, keys: number) {
  const producer = new Producer(client);
  const grow = async (stream: string, keyed: boolean) => {
    const before = await usedMemory(client);
    for (let n = 0; n < keys; n += 1000) {
      await producer.sendBatch(
        stream,
        Array.from({ length: 1000 }, () => entry(keyed)),
      );
    }
    return (await usedMemory(client)) - before;
  };
  const plain = await grow("bench-memory-plain", false);
  const keyed = await grow("bench-memory-keyed", true);
  const [one] = await client
    .keys(`${streamKeys("bench-memory-keyed").stream}:idem:*`)
    .then((k) => k.slice(0, 1));
  const usage = Number(await client.call("MEMORY", "USAGE", one as string, "SAMPLES", "0"));
  await client.flushall();
  const perKey = Math.round((keyed - plain) / keys);
  log(
    `idempotency key (36-character UUID): MEMORY USAGE ${usage} bytes; used_memory ${fmt(perKey)} bytes per key over ${fmt(keys)} keys`,
  );
  return { memory_usage_bytes: usage, used_memory_per_key_bytes: perKey };
}

export async function run(argv: string[]): Promise<void> {
  let quick: boolean;
  try {
    quick =
      parseArgs({ args: argv, options: { quick: { type: "boolean" } }, strict: true }).values.quick === true;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const sends = quick ? 1000 : 5000;
  const keys = quick ? 20_000 : 100_000;
  const httpRounds = quick ? 3 : 7;
  log(
    `publish bench: ${sends} sequential sends per mode; primary + 1 replica; ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)}`,
  );
  await using set = await startRedisReplicaSet({ replicas: 1 });
  const client = createRedisClient(set.target);
  try {
    log("warm-up (plain, not reported)");
    await measureMode(client, "plain", sends);
    const modes: Record<string, Awaited<ReturnType<typeof measureMode>>> = {};
    for (const mode of Object.keys(MODES) as Mode[]) modes[mode] = await measureMode(client, mode, sends);
    const idempotency_key = await keyMemory(client, keys);
    const { host, port } = set.primary();
    const http = await measureHttpPublish(`redis://${host}:${port}`, MODES, {
      rounds: httpRounds,
      data: DATA,
      log,
    });
    console.log(JSON.stringify({ bench: "publish", sends, modes, idempotency_key, http }));
  } finally {
    client.disconnect();
  }
}
