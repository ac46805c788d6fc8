import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import {
  createJsonValidatingHandler,
  createRedisClient,
  type EntryInput,
  Producer,
  type RedisClient,
  type StreamEntry,
  streamKeys,
  streamStats,
} from "@sluice/streams";
import { type RedisServer, startRedis } from "@sluice/testing";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConsumerConfig } from "../functions/config/consumer.ts";
import { handler } from "../functions/consumers/drain.ts";
import { runConsumers } from "../functions/services/consumer.ts";
import { disconnect } from "../functions/shared/lazy-clients.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const json = (n: number): EntryInput => ({
  type: n % 2 ? "test.odd" : "test.even",
  data: JSON.stringify({ n }),
});
const notJson: EntryInput = { type: "test.broken", data: "{not json" };

let redis: RedisServer;
let client: RedisClient;
let producer: Producer;
let url: string;

beforeAll(async () => {
  redis = await startRedis();
  url = `redis://${redis.host}:${redis.port}`;
  client = createRedisClient(redis.target);
  producer = new Producer(client);
});
afterAll(async () => {
  await disconnect();
  client?.disconnect();
  await redis?.stop();
});

async function consumers(stream: string, group: string): Promise<string[]> {
  const rows = (await client.call("XINFO", "CONSUMERS", streamKeys(stream).stream, group)) as unknown[][];
  return rows.map((row) => String(row[1]));
}

describe("the event-log handler", () => {
  const entry = (
    id: string,
    type: string,
    data: string | Buffer,
    contentType = "application/json",
  ): StreamEntry => ({
    id,
    type,
    contentType,
    data: Buffer.from(data),
    time: 0,
  });
  const context = { stream: "s", group: "g", consumer: "c", signal: new AbortController().signal };

  it("fails bad JSON permanently as `invalid` and logs one line per batch", async () => {
    const lines: string[] = [];
    const handle = createJsonValidatingHandler({ write: (line) => lines.push(line) });
    const result = await handle(
      [
        entry("1-0", "a", '{"ok":true}'),
        entry("2-0", "a", "{nope"),
        entry("3-0", "b", "\xff raw bytes", "application/octet-stream"),
        entry("4-0", "b", Buffer.from([0x22, 0xff, 0x22])), // a JSON string, but not UTF-8
      ],
      context,
    );
    expect(result?.failures?.map((f) => [f.id, f.permanent, (f.error as { kind?: string }).kind])).toEqual([
      ["2-0", true, "invalid"],
      ["4-0", true, "invalid"],
    ]);
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        level: "warn",
        msg: "batch",
        stream: "s",
        group: "g",
        consumer: "c",
        count: 4,
        firstId: "1-0",
        lastId: "4-0",
        types: { a: 2, b: 2 },
        invalid: 2,
      },
    ]);
  });
});

describe("Lambda DrainConsumer (functions/consumers/drain.ts)", () => {
  const stream = uniqueStream("drain");
  const group = "lambda";
  const saved = { ...process.env };
  const context = (requestId: string, remainingMs: number) => {
    const end = Date.now() + remainingMs;
    return { awsRequestId: requestId, getRemainingTimeInMillis: () => end - Date.now() };
  };

  // What the handler writes to stdout (batch lines, EMF), parsed; other output passes through.
  const stdout: Record<string, unknown>[] = [];

  beforeAll(() => {
    const write = process.stdout.write.bind(process.stdout) as (chunk: unknown) => boolean;
    vi.spyOn(process.stdout, "write").mockImplementation(((chunk: unknown) => {
      const text = String(chunk);
      if (!text.startsWith("{")) return write(chunk);
      stdout.push(JSON.parse(text));
      return true;
    }) as typeof process.stdout.write);
    Object.assign(process.env, {
      SLUICE_REDIS_URL: url,
      SLUICE_CONSUMER_STREAMS: stream,
      SLUICE_CONSUMER_GROUP: group,
      SLUICE_BATCH_SIZE: "25",
      SLUICE_TIMEOUT_EARLY_MS: "1500",
    });
  });
  afterAll(() => {
    vi.restoreAllMocks();
    process.env = saved;
  });

  it("drains what is there on a scheduled invocation, dead-letters bad JSON at once, and removes its consumer", async () => {
    await producer.sendBatch(stream, [...Array.from({ length: 120 }, (_, n) => json(n)), notJson]);
    const scheduled = { "detail-type": "Scheduled Event", source: "aws.scheduler", detail: {} };
    const started = Date.now();
    const result = await handler(scheduled, context("req-1", 30_000));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result).toEqual({
      streams: [
        {
          stream,
          processed: 120,
          failed: 0,
          deadLettered: 1,
          batches: expect.any(Number),
          stoppedBy: "empty",
        },
      ],
    });
    expect(result.streams[0]?.batches).toBeGreaterThanOrEqual(5);
    const stats = await streamStats(client, streamKeys(stream), group);
    expect(stats.dlqLength).toBe(1);
    expect(stats.groups[0]).toMatchObject({ pending: 0, lag: 0 });
    expect(await consumers(stream, group)).not.toContain("lambda-req-1");
    const batches = stdout.filter((line) => line.msg === "batch" && line.consumer === "lambda-req-1");
    expect(batches.reduce((sum, line) => sum + Number(line.count), 0)).toBe(121);
    expect(batches.filter((line) => line.invalid === 1)).toHaveLength(1);
    // One flush: the counts and the group's state, and the produce-to-ack times of the 120 entries handled in
    // records of their own, 100 values each at most.
    const flushed = stdout.filter((line) => "_aws" in line && line.Stream === stream);
    expect(flushed.map((line) => ("ProduceToAckMs" in line ? "latency" : "counts"))).toEqual([
      "counts",
      "latency",
      "latency",
    ]);
  });

  it("stops reading its early-stop margin before the deadline while entries keep coming (direct invoke)", async () => {
    const feeding = new AbortController();
    const feed = (async () => {
      for (let n = 0; !feeding.signal.aborted; n++) {
        await producer.sendBatch(stream, [json(n), json(n + 1)]);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    try {
      const remainingMs = 4000;
      const started = Date.now();
      const result = await handler({}, context("req-2", remainingMs));
      const elapsed = Date.now() - started;
      expect(result.streams[0]).toMatchObject({ stream, failed: 0, deadLettered: 0, stoppedBy: "deadline" });
      expect(result.streams[0]?.processed).toBeGreaterThan(50);
      // Deadline = remaining - 1500 ms margin = 2500 ms; it returns then, well before Lambda's own timeout.
      expect(elapsed).toBeGreaterThanOrEqual(2400);
      expect(elapsed).toBeLessThan(remainingMs - 1000);
    } finally {
      feeding.abort();
      await feed;
    }
  });
});

describe("Fargate Consumer (node functions/services/consumer.ts)", () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill("SIGKILL");
  });

  it("processes entries of every configured stream and on SIGTERM exits 0 in time with nothing pending", async () => {
    const [a, b] = [uniqueStream("svc"), uniqueStream("svc")];
    const group = "service";
    await producer.sendBatch(a, [...Array.from({ length: 40 }, (_, n) => json(n)), notJson]);
    await producer.sendBatch(
      b,
      Array.from({ length: 10 }, (_, n) => json(n)),
    );
    const env = {
      ...process.env,
      SLUICE_REDIS_URL: url,
      SLUICE_CONSUMER_STREAMS: `${a},${b}`,
      SLUICE_CONSUMER_GROUP: group,
      SLUICE_SHUTDOWN_TIMEOUT_MS: "3000",
      SLUICE_RETENTION: "off", // the lengths below count acknowledged entries too
      ECS_CONTAINER_METADATA_URI_V4: "http://169.254.170.2/v4/0f1e2d3c4b5a69788796a5b4c3d2e1f0-1234567890",
    };
    child = spawn(process.execPath, ["functions/services/consumer.ts"], { cwd: ROOT, env });
    const lines: string[] = [];
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => lines.push(...chunk.toString().split("\n").filter(Boolean)));
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = once(child, "exit");
    const logged = (msg: string) => lines.map((l) => JSON.parse(l)).filter((l) => l.msg === msg);

    await waitFor(() => logged("consumer started").length === 1, { what: `start line (stderr: ${stderr})` });
    const consumer = "ecs-0f1e2d3c4b5a69788796a5b4c3d2e1f0-1234567890";
    expect(logged("consumer started")[0]).toMatchObject({ consumer, streams: [a, b], group });
    const settled = async (stream: string, count: number) => {
      const stats = await streamStats(client, streamKeys(stream), group);
      return stats.groups[0]?.lag === 0 && stats.groups[0].pending === 0 && stats.length === count;
    };
    await waitFor(async () => (await settled(a, 41)) && (await settled(b, 10)), {
      what: "both streams consumed",
    });
    expect((await streamStats(client, streamKeys(a), group)).dlqLength).toBe(1);
    expect(await consumers(a, group)).toEqual([consumer]);
    // Entries arriving until the stop are still handled or handed back, never left with the stopping consumer.
    await producer.sendBatch(
      a,
      Array.from({ length: 30 }, (_, n) => json(n)),
    );

    const stopping = Date.now();
    child.kill("SIGTERM");
    const [code, signal] = await exited;
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: "" });
    // Shutdown timeout 3 s plus at most one blocked read (2 s).
    expect(Date.now() - stopping).toBeLessThan(5500);
    for (const stream of [a, b]) {
      const stats = await streamStats(client, streamKeys(stream), group);
      expect(stats.groups[0]?.pending).toBe(0);
      expect(await consumers(stream, group)).toEqual([]);
    }
    const batches = logged("batch");
    expect(batches.reduce((sum, l) => sum + l.count, 0)).toBeGreaterThanOrEqual(51);
    expect(batches.find((l) => l.invalid === 1)).toMatchObject({ level: "warn", stream: a, consumer });
    // The runners flush their EMF metrics on stop.
    expect(lines.some((l) => l.includes('"CloudWatchMetrics"') && l.includes(`"Stream":"${a}"`))).toBe(true);
  });
});

describe("runConsumers (the Fargate service and npm start)", () => {
  it("trims what its group acknowledged when retention is configured", async () => {
    const stream = uniqueStream("retained");
    await producer.sendBatch(
      stream,
      Array.from({ length: 30 }, (_, n) => json(n)),
    );
    const env = {
      SLUICE_REDIS_URL: url,
      SLUICE_CONSUMER_STREAMS: stream,
      SLUICE_RETENTION_INTERVAL_MS: "100",
    };
    const lines: string[] = [];
    const host = await runConsumers(loadConsumerConfig(env, null), (line) => lines.push(line));
    try {
      // The figures line comes a moment after Redis shows the stream empty: wait for the line.
      const trimmed = () =>
        lines
          .map((l) => JSON.parse(l))
          .filter((l) => l.Stream === stream && "EntriesTrimmed" in l)
          .reduce((sum, l) => sum + l.EntriesTrimmed, 0);
      await waitFor(() => trimmed() >= 30, { what: "the retention pass's figures" });
      expect(trimmed()).toBe(30);
      expect(await client.xlen(streamKeys(stream).stream)).toBe(0);
    } finally {
      await host.stop();
    }
  });
});
