// `npm run generate -- bsky --events N [--rate R] [--stream S] [--redis-url URL] [--seed S]`: writes firehose-like
// Bluesky events (@sluice/lake/bsky; the model is in bsky-model.ts) to ONE stream through the Producer of
// @sluice/streams (with the stream's settings of the stream table, as the platform's producers): entry type = event
// type, payload = the event as JSON, key = the author's DID.
// Progress goes to stderr; the last line on stdout is one JSON object with counts, throughput and the stream's
// measured memory (MEMORY USAGE … SAMPLES 0, exact) with a projection to 2.7M events against 2 GiB.
import { setTimeout as sleep } from "node:timers/promises";
import { BSKY_EVENT_TYPES, type BskyEventType } from "@sluice/lake/bsky";
import {
  createRedisClient,
  type EntryInput,
  Producer,
  type RedisClient,
  type SendResult,
  streamKeys,
} from "@sluice/streams";
import { oneOf } from "../../functions/config/env.ts";
import { withRedisCaFile } from "../../functions/config/redis.ts";
import { redisConfigFromUrl } from "../../functions/config/redis-url.ts";
import { producerPolicy } from "../../functions/shared/stream-access.ts";
import { createProgress } from "../progress.ts";
import { UsageError } from "../usage-error.ts";
import { BskyModel } from "./bsky-model.ts";
import { type BskyOptions, parseBskyOptions, SIMULATED_RATE, USAGE } from "./bsky-options.ts";

/** 2.7M events, the expected backlog, against a 2 GiB node (cache.t4g.small/-medium class). */
const PROJECTED_EVENTS = 2_700_000;
const BUDGET_BYTES = 2 * 1024 ** 3;
const MAX_IN_FLIGHT = 4;

export interface BskyResult {
  generator: "bsky";
  stream: string;
  key: string;
  seed: string;
  start: string;
  events: number;
  byType: Record<BskyEventType, number>;
  seconds: number;
  eventsPerSecond: number;
  payloadBytesAvg: number;
  redis: {
    streamLength: number;
    memoryUsageBytes: number;
    method: string;
    bytesPerEvent: number;
    usedMemoryDeltaBytes: number | null;
    radixTreeNodes: number | null;
    streamNodeMaxBytes: number | null;
    streamNodeMaxEntries: number | null;
  };
  projection: { events: number; bytes: number; budgetBytes: number; budgetShare: number; fits: boolean };
}

export async function run(argv: string[]): Promise<void> {
  const options = parseBskyOptions(argv);
  let config: ReturnType<typeof redisConfigFromUrl>;
  try {
    const mode = oneOf(process.env, "SLUICE_REDIS_MODE", ["standalone", "cluster"]) ?? "standalone";
    config = withRedisCaFile(process.env, redisConfigFromUrl(options.redisUrl, mode, options.redisUrlSource));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const client = createRedisClient({
    ...config,
    connectionName: "sluice-generate",
    commandTimeoutMs: 30_000,
  });
  client.on("error", () => {}); // failures surface through the commands
  try {
    const result = await generate(client, options);
    console.log(JSON.stringify(result));
  } finally {
    client.disconnect();
  }
}

function throwFirstError(results: SendResult[]): void {
  for (const result of results) if ("error" in result) throw result.error;
}

async function usedMemory(client: RedisClient): Promise<number | null> {
  try {
    const info = String(await client.info("memory"));
    const match = /used_memory:(\d+)/.exec(info);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

async function configNumber(client: RedisClient, name: string): Promise<number | null> {
  try {
    const reply = (await client.config("GET", name)) as unknown as string[];
    return reply[1] === undefined ? null : Number(reply[1]);
  } catch {
    return null; // CONFIG is disabled on ElastiCache
  }
}

async function radixTreeNodes(client: RedisClient, key: string): Promise<number | null> {
  try {
    const info = (await client.xinfo("STREAM", key)) as unknown[];
    const index = info.indexOf("radix-tree-nodes");
    return index < 0 ? null : Number(info[index + 1]);
  } catch {
    return null;
  }
}

export async function generate(client: RedisClient, options: BskyOptions): Promise<BskyResult> {
  const key = streamKeys(options.stream).stream;
  const node = config(client);
  process.stderr.write(
    `bsky: ${options.events.toLocaleString("en-US")} events to stream ${options.stream} (key ${key}) on ${node}, seed ${options.seed}, ${
      options.rate ? `${options.rate} events/s` : "as fast as possible"
    }\n`,
  );
  await client.ping();
  const memoryBefore = await usedMemory(client);
  const model = new BskyModel({
    seed: options.seed,
    startUs: options.startUs,
    eventsPerSecond: options.rate ?? SIMULATED_RATE,
    accounts: options.accounts,
  });
  const producer = new Producer(client, { maxBatchEntries: 10_000, settingsFor: producerPolicy });
  const byType = Object.fromEntries(BSKY_EVENT_TYPES.map((type) => [type, 0])) as Record<
    BskyEventType,
    number
  >;
  // Paced: about 20 batches a second, so the rate holds within each second.
  const batchSize = options.rate
    ? Math.max(1, Math.min(options.batch, Math.round(options.rate / 20)))
    : options.batch;
  const progress = createProgress("bsky", options.events);
  const inFlight: Promise<void>[] = [];
  let generated = 0;
  let acknowledged = 0;
  let payloadBytes = 0;
  const started = performance.now();
  while (generated < options.events) {
    const count = Math.min(batchSize, options.events - generated);
    const entries: EntryInput[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const { type, event } = model.next();
      const data = JSON.stringify(event);
      payloadBytes += Buffer.byteLength(data);
      byType[type] += 1;
      entries[i] = { type, data, key: event.did };
    }
    if (options.rate) {
      const dueAt = started + (generated * 1000) / options.rate;
      const wait = dueAt - performance.now();
      if (wait > 1) await sleep(wait);
    }
    generated += count;
    inFlight.push(
      producer.sendBatch(options.stream, entries).then((results) => {
        throwFirstError(results);
        acknowledged += count;
        progress.update(acknowledged);
      }),
    );
    if (inFlight.length >= MAX_IN_FLIGHT) await inFlight.shift();
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  progress.finish(acknowledged);

  const [memoryUsage, length, memoryAfter, nodes, nodeMaxBytes, nodeMaxEntries] = await Promise.all([
    client.call("MEMORY", "USAGE", key, "SAMPLES", "0") as Promise<number | null>,
    client.xlen(key),
    usedMemory(client),
    radixTreeNodes(client, key),
    configNumber(client, "stream-node-max-bytes"),
    configNumber(client, "stream-node-max-entries"),
  ]);
  const memoryUsageBytes = Number(memoryUsage ?? 0);
  const bytesPerEvent = length > 0 ? memoryUsageBytes / length : 0;
  const projected = Math.round(bytesPerEvent * PROJECTED_EVENTS);
  return {
    generator: "bsky",
    stream: options.stream,
    key,
    seed: options.seed,
    start: new Date(options.startUs / 1000).toISOString(),
    events: generated,
    byType,
    seconds: Math.round(seconds * 1000) / 1000,
    eventsPerSecond: Math.round(generated / seconds),
    payloadBytesAvg: Math.round(payloadBytes / generated),
    redis: {
      streamLength: length,
      memoryUsageBytes,
      method: "MEMORY USAGE <key> SAMPLES 0 (every stream node counted: exact), divided by XLEN",
      bytesPerEvent: Math.round(bytesPerEvent * 10) / 10,
      usedMemoryDeltaBytes: memoryBefore === null || memoryAfter === null ? null : memoryAfter - memoryBefore,
      radixTreeNodes: nodes,
      streamNodeMaxBytes: nodeMaxBytes,
      streamNodeMaxEntries: nodeMaxEntries,
    },
    projection: {
      events: PROJECTED_EVENTS,
      bytes: projected,
      budgetBytes: BUDGET_BYTES,
      budgetShare: Math.round((projected / BUDGET_BYTES) * 1000) / 1000,
      fits: projected < BUDGET_BYTES,
    },
  };
}

/** host:port of the first node, never the password. */
function config(client: RedisClient): string {
  const options = "nodes" in client ? undefined : client.options;
  return options ? `${options.host}:${options.port}` : "a Redis cluster";
}
