// Every stream alarm of the catalog, tripped by the local scenario that causes it and cleared by the fix, through the
// real chain: a real redis-server, the real stream monitor, consumer runners, producer and retention writing EMF
// lines, the local MetricStore and AlarmBoard evaluating the catalog as CloudWatch would. Minutes are simulated: each
// step's EMF lines are stamped with the step's minute (the figures in them are real), so a 15-minute window takes
// seconds.
import {
  ALARMS,
  AlarmBoard,
  type AlarmState,
  emfSink,
  MetricStore,
  type MetricsSink,
} from "@sluice/observability";
import {
  type applyRetention,
  monitorStreams,
  Producer,
  type RedisClient,
  redrive,
  scheduleRetention,
  streamKeys,
} from "@sluice/streams";
import { startRedis } from "@sluice/testing";
import { clientPool, waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runStreamMonitor } from "../functions/jobs/stream-monitor.ts";
import { disconnect as stopMonitorJob } from "../functions/shared/lazy-clients.ts";

const MIN = 60_000;

let server: Awaited<ReturnType<typeof startRedis>>;
let pool: ReturnType<typeof clientPool>;
let client: RedisClient;

beforeAll(async () => {
  server = await startRedis({ maxmemoryPolicy: "noeviction" });
  pool = clientPool(server.target);
  client = pool.client();
});
afterAll(async () => {
  await stopMonitorJob();
  await pool.close();
  await server.stop();
});

/** A simulated clock, the store fed with lines stamped at its minute, and the board evaluating the catalog. */
let now: number;
let store: MetricStore;
let board: AlarmBoard;
let sink: MetricsSink;
const write = (line: string) => {
  const record = JSON.parse(line) as { _aws?: { Timestamp: number } };
  if (!record._aws) return;
  record._aws.Timestamp = now;
  store.ingestLine(JSON.stringify(record));
};

beforeEach(async () => {
  await client.flushall();
  now = Math.floor(Date.now() / MIN) * MIN;
  store = new MetricStore();
  board = new AlarmBoard(store);
  sink = emfSink(write);
});

/** One simulated minute: `step` emits, then the board evaluates once the minute is over. */
async function minute(step: () => Promise<unknown> = monitor): Promise<void> {
  await step();
  now += MIN;
  board.evaluate(now + 1000);
}

const monitor = (livenessMs?: number) =>
  monitorStreams({ client, metrics: sink, ...(livenessMs !== undefined && { livenessMs }) });

/** The alarm's state, and which contributors (Stream/Group or Stream/Reason) are in ALARM. */
function alarm(name: string): { state: AlarmState | undefined; tripped: string[] } {
  const entry = board.entries().find((e) => e.name === name);
  return {
    state: entry?.state,
    tripped: (entry?.contributors ?? [])
      .filter((c) => c.state === "ALARM")
      .map((c) => Object.values(c.dimensions).join("/")),
  };
}

/** Entries with ids `agoMs` in the past and an envelope as producers write it. */
async function addOld(
  stream: string,
  count: number,
  agoMs: number,
  producedAgoMs = agoMs,
): Promise<string[]> {
  const base = Date.now() - agoMs;
  const pipeline = client.pipeline();
  for (let i = 0; i < count; i++) {
    const ts = String(Date.now() - producedAgoMs);
    pipeline.xadd(streamKeys(stream).stream, `${base}-${i + 1}`, "t", "demo.event", "d", "{}", "ts", ts);
  }
  return ((await pipeline.exec()) ?? []).map(([, id]) => String(id));
}

async function addNew(stream: string, count: number): Promise<void> {
  for (let i = 0; i < count; i += 10_000) {
    const pipeline = client.pipeline();
    for (let j = i; j < Math.min(count, i + 10_000); j++)
      pipeline.xadd(streamKeys(stream).stream, "*", "t", "e", "d", "{}");
    await pipeline.exec();
  }
}

const group = (stream: string, name: string, start = "0") =>
  client.xgroup("CREATE", streamKeys(stream).stream, name, start, "MKSTREAM");

/** Reads (and optionally acknowledges) everything new for a consumer, the way a handler would. */
async function consume(stream: string, name: string, consumer: string, ack: boolean): Promise<string[]> {
  const key = streamKeys(stream).stream;
  const ids: string[] = [];
  for (;;) {
    const reply = (await client.xreadgroup("GROUP", name, consumer, "COUNT", 10_000, "STREAMS", key, ">")) as
      | [string, [string, string[]][]][]
      | null;
    const batch = reply?.[0]?.[1].map(([id]) => id) ?? [];
    if (batch.length === 0) return ids;
    if (ack) await client.xack(key, name, ...batch);
    ids.push(...batch);
  }
}

async function ackAll(stream: string, name: string): Promise<void> {
  const key = streamKeys(stream).stream;
  for (;;) {
    const pending = (await client.xpending(key, name, "-", "+", 10_000)) as [string][];
    if (pending.length === 0) return;
    await client.xack(key, name, ...pending.map(([id]) => id));
  }
}

describe("the stream alarms trip in the scenario that causes them and clear after the fix", () => {
  it("a stuck consumer: StreamLagAge, then StreamOldestPendingAge; cleared once it reads and acknowledges", async () => {
    await addOld("stuck", 5, 10 * MIN);
    await group("stuck", "workers");
    await group("stuck", "fine", "$");
    for (let m = 0; m < 3; m++) await minute();
    expect(alarm("StreamLagAge")).toEqual({ state: "ALARM", tripped: ["stuck/workers"] });
    // It reads, then hangs on the batch: nothing undelivered any more, everything pending for 20 minutes.
    await addOld("hung", 3, 20 * MIN);
    await group("hung", "workers");
    await consume("hung", "workers", "c1", false);
    await consume("stuck", "workers", "c1", true);
    for (let m = 0; m < 3; m++) await minute();
    expect(alarm("StreamLagAge").state).toBe("OK");
    expect(alarm("StreamOldestPendingAge")).toEqual({ state: "ALARM", tripped: ["hung/workers"] });
    await ackAll("hung", "workers");
    await minute();
    expect(alarm("StreamOldestPendingAge").state).toBe("OK");
  });

  it("a backlog and a slow handler: StreamLag over 100,000 and StreamPending over 10,000; cleared when drained", async () => {
    await group("big", "workers");
    await addNew("big", 100_001);
    await group("slow", "workers");
    await addNew("slow", 10_001);
    await consume("slow", "workers", "c1", false);
    for (let m = 0; m < 5; m++) await minute();
    expect(alarm("StreamLag")).toEqual({ state: "ALARM", tripped: ["big/workers"] });
    expect(alarm("StreamPending")).toEqual({ state: "ALARM", tripped: ["slow/workers"] });
    await consume("big", "workers", "c1", true);
    await ackAll("slow", "workers");
    await minute();
    expect(alarm("StreamLag").state).toBe("OK");
    expect(alarm("StreamPending").state).toBe("OK");
  });

  it("poison: StreamMaxDeliveryCount, DlqInflow and DlqLength; cleared by a fixed handler and a redrive", async () => {
    await group("poison", "workers");
    await addOld("poison", 2, 1000);
    // Delivered three times without success (two reclaims after the visibility timeout).
    const key = streamKeys("poison").stream;
    const ids = await consume("poison", "workers", "c1", false);
    for (let d = 0; d < 2; d++) await client.call("XCLAIM", key, "workers", "c2", 0, ...ids);
    for (let m = 0; m < 2; m++) await minute();
    expect(alarm("StreamMaxDeliveryCount")).toEqual({ state: "ALARM", tripped: ["poison/workers"] });
    await ackAll("poison", "workers");

    // A handler that fails every entry: the runner dead-letters each at its third delivery.
    let fixed = false;
    const runner = pool.runner({
      stream: "poison",
      group: "workers",
      consumer: "r1",
      maxDeliveries: 3,
      visibilityTimeoutMs: 100,
      reclaimIntervalMs: 50,
      metrics: sink,
      metricsIntervalMs: 100,
      handler: (entries) =>
        fixed ? undefined : { failures: entries.map((e) => ({ id: e.id, error: "boom" })) },
    });
    await runner.start();
    await addOld("poison", 3, 1000);
    await waitFor(async () => (await client.xlen(`${key}:dlq`)) === 3, {
      what: "three entries dead-lettered",
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the runner's next flush reports them
    await minute();
    expect(alarm("DlqInflow")).toEqual({ state: "ALARM", tripped: ["poison/workers"] });
    for (let m = 0; m < 14; m++) await minute();
    expect(alarm("DlqInflow").state).toBe("OK"); // nothing new dead-lettered since
    expect(alarm("DlqLength")).toEqual({ state: "ALARM", tripped: ["poison"] });

    fixed = true;
    expect(await redrive(client, "poison")).toBe(3);
    await waitFor(
      async () => (await client.xlen(`${key}:dlq`)) === 0 && (await client.xpending(key, "workers"))[0] === 0,
      {
        what: "the redriven entries handled",
      },
    );
    await runner.stop();
    await minute();
    expect(alarm("DlqLength").state).toBe("OK");
    expect(alarm("StreamMaxDeliveryCount").state).toBe("OK");
  });

  it("noeviction at maxmemory: PublishFailures by stream and reason; cleared when memory is given back", async () => {
    const producer = new Producer(client, { metrics: sink });
    await group("full", "workers");
    const used = Number(/used_memory:(\d+)/.exec(await server.cli("INFO", "memory"))?.[1]);
    await server.cli("CONFIG", "SET", "maxmemory", String(used + 64 * 1024));
    // Full for two minutes of three: more than a failover's blip.
    try {
      for (let m = 0; m < 2; m++) {
        await minute(async () => {
          let refused = 0;
          for (let i = 0; i < 50 && refused === 0; i++) {
            const batch = Array.from({ length: 100 }, () => ({ type: "fill", data: "x".repeat(1024) }));
            refused = (await producer.sendBatch("full", batch)).filter((r) => "error" in r).length;
          }
          expect(refused).toBeGreaterThan(0);
        });
      }
    } finally {
      await server.cli("CONFIG", "SET", "maxmemory", "0");
    }
    expect(alarm("PublishFailures")).toEqual({ state: "ALARM", tripped: ["full/out_of_memory"] });
    expect((await producer.sendBatch("full", [{ type: "fill", data: "ok" }]))[0]).toHaveProperty("id");
    for (let m = 0; m < 2; m++) await minute(async () => {});
    expect(alarm("PublishFailures").state).toBe("OK");
  });

  it("a consumer killed: ConsumerLiveness for its group, not for a quiet one; cleared when a consumer reads again", async () => {
    await group("orders", "workers");
    await group("quiet", "workers");
    await addNew("orders", 3);
    await addNew("quiet", 1);
    await consume("orders", "workers", "c1", true); // c1 read, then died without a word
    await consume("quiet", "workers", "q1", true); // alive, with nothing more to read
    await addNew("orders", 2); // new orders nobody takes
    await new Promise((resolve) => setTimeout(resolve, 1200));
    for (let m = 0; m < 3; m++) await minute(() => monitor(1000));
    expect(alarm("ConsumerLiveness")).toEqual({ state: "ALARM", tripped: ["orders/workers"] });
    await consume("orders", "workers", "c2", true); // its replacement takes them
    await minute(() => monitor(1000));
    expect(alarm("ConsumerLiveness").state).toBe("OK");
  });

  it("a stray group at 0: StaleGroups once it has held entries unread for the stale window; cleared when destroyed", async () => {
    await addNew("events", 50);
    await group("events", "stray"); // created at 0 under a name nobody reads
    await group("events", "workers");
    await consume("events", "workers", "w1", true); // read and acknowledged: never stale
    // A 1 ms window: the first run starts each group's clock, the next ones find the stray group still unread.
    const look = () => monitorStreams({ client, metrics: sink, staleAfterMs: 1 });
    for (let m = 0; m < 4; m++) await minute(look);
    expect(alarm("StaleGroups")).toEqual({ state: "ALARM", tripped: ["events"] });
    await client.xgroup("DESTROY", streamKeys("events").stream, "stray");
    await minute(look);
    expect(alarm("StaleGroups").state).toBe("OK");
  });

  it("retention over its cap: TrimLossRisk while protected, TrimDroppedUnconsumed when dropped; cleared", async () => {
    await group("capped", "workers");
    await addNew("capped", 50);
    const trim = (options: Parameters<typeof applyRetention>[2]) =>
      new Promise<void>((resolve) => {
        const stop = scheduleRetention(
          client,
          ["capped"],
          { intervalMs: 60_000, ...options },
          write,
          () => {},
        );
        // The first pass runs at once; its line is written when it is done.
        setTimeout(() => {
          stop();
          resolve();
        }, 200);
      });
    for (let m = 0; m < 5; m++) await minute(() => trim({ maxLength: 10 }));
    expect(alarm("TrimLossRisk")).toEqual({ state: "ALARM", tripped: ["capped"] });
    await minute(() => trim({ maxLength: 10, onUnconsumed: "drop" }));
    expect(alarm("TrimDroppedUnconsumed")).toEqual({ state: "ALARM", tripped: ["capped"] });
    expect(alarm("TrimLossRisk").state).toBe("OK");
    await minute(() => trim({ maxLength: 10, onUnconsumed: "drop" }));
    expect(alarm("TrimDroppedUnconsumed").state).toBe("OK");
  });

  it("slow end to end: ProduceToAckP99 over 5 s; cleared when entries are handled promptly", async () => {
    await group("latency", "workers");
    const runner = pool.runner({
      stream: "latency",
      group: "workers",
      consumer: "r1",
      metrics: sink,
      metricsIntervalMs: 100,
      handler: () => undefined,
    });
    await runner.start();
    const key = streamKeys("latency").stream;
    const fiveMinutes = async (producedAgoMs: number) => {
      await addOld("latency", 20, producedAgoMs, producedAgoMs);
      await waitFor(async () => (await client.xpending(key, "workers"))[0] === 0, {
        what: "entries acknowledged",
      });
      await new Promise((resolve) => setTimeout(resolve, 300)); // flushed
      for (let m = 0; m < 5; m++) await minute(async () => {});
    };
    for (let p = 0; p < 3; p++) await fiveMinutes(12_000);
    expect(alarm("ProduceToAckP99").state).toBe("ALARM");
    await fiveMinutes(0);
    expect(alarm("ProduceToAckP99").state).toBe("OK");
    await runner.stop();
  });

  it("a stopped job: StreamMonitorStale after 5 minutes without a run; cleared by the next run", async () => {
    const env = { SLUICE_REDIS_URL: `redis://${server.host}:${server.port}` };
    const job = () => runStreamMonitor(write, env);
    for (let m = 0; m < 5; m++) await minute(job);
    expect(alarm("StreamMonitorStale").state).toBe("OK");
    for (let m = 0; m < 5; m++) await minute(async () => {});
    expect(alarm("StreamMonitorStale").state).toBe("ALARM");
    await minute(job);
    expect(alarm("StreamMonitorStale").state).toBe("OK");
  });

  it("covers every stream alarm of the catalog", () => {
    const covered = [
      "StreamLagAge",
      "StreamLag",
      "StreamPending",
      "StreamOldestPendingAge",
      "StreamMaxDeliveryCount",
      "DlqInflow",
      "DlqLength",
      "PublishFailures",
      "ConsumerLiveness",
      "StaleGroups",
      "TrimLossRisk",
      "TrimDroppedUnconsumed",
      "ProduceToAckP99",
    ];
    expect(ALARMS.filter((a) => a.group === "streams").map((a) => a.name)).toEqual(covered);
  });
});
