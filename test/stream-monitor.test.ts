// The stream monitor (monitorStreams of @sluice/streams and its scheduled job): every Sluice stream's and group's
// state as metrics, whether or not a consumer runs, on one server and on a 3-master cluster.
import { emfSink } from "@sluice/observability";
import {
  monitorStreams,
  Producer,
  type RedisClient,
  type StreamMonitorOptions,
  streamKeys,
} from "@sluice/streams";
import { uniqueStream, useRedisCluster, useRedisServer, waitFor } from "@sluice/testing/clients";
import { afterAll, describe, expect, it } from "vitest";
import { runStreamMonitor } from "../functions/jobs/stream-monitor.ts";
import { disconnect } from "../functions/shared/lazy-clients.ts";

type MetricRecord = Record<string, unknown> & {
  _aws: { CloudWatchMetrics: { Dimensions: string[][]; Metrics: { Name: string }[] }[] };
};

/** One monitor run with its EMF records parsed. */
async function monitor(client: RedisClient, options: Partial<StreamMonitorOptions> = {}) {
  const lines: string[] = [];
  const report = await monitorStreams({ client, metrics: emfSink((line) => lines.push(line)), ...options });
  return { report, records: lines.map((line) => JSON.parse(line) as MetricRecord) };
}

const recordOf = (records: MetricRecord[], stream: string, group?: string) =>
  records.filter((r) => r.Stream === stream && r.Group === group);

const server = useRedisServer();

describe("monitorStreams", () => {
  it("emits each stream's and group's state, consumers running or not, with ActiveConsumers by liveness", async () => {
    const client = server.client;
    const producer = new Producer(client);
    const withGroups = uniqueStream("mon");
    const keys = streamKeys(withGroups);
    await producer.sendBatch(
      withGroups,
      Array.from({ length: 5 }, (_, n) => ({ type: "t", data: `{"n":${n}}` })),
    );
    await client.xgroup("CREATE", keys.stream, "live", "0");
    await client.xgroup("CREATE", keys.stream, "unread", "0");
    await client.xreadgroup("GROUP", "live", "c1", "COUNT", 2, "STREAMS", keys.stream, ">");
    await client.xadd(keys.dlq, "*", "t", "t", "d", "{}");
    const noGroups = uniqueStream("mon");
    await producer.send(noGroups, { type: "t", data: "{}" });
    const orphan = uniqueStream("mon");
    await client.xadd(streamKeys(orphan).dlq, "*", "t", "t", "d", "{}");
    await client.xadd("not-sluice", "*", "f", "v");

    const { report, records } = await monitor(client);
    const names = report.streams.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([withGroups, noGroups]));
    expect(names).not.toContain(orphan);
    expect(report.skipped).toEqual([]);
    expect(records.some((r) => r.Stream === orphan || String(r.Stream).endsWith(":dlq"))).toBe(false);

    const [live] = recordOf(records, withGroups, "live");
    expect(live).toMatchObject({
      StreamLength: 5,
      DlqLength: 1,
      ConsumerLag: 3,
      PendingEntries: 2,
      MaxDeliveryCount: 1,
      Consumers: 1,
      ActiveConsumers: 1,
      UnattendedEntries: 0,
    });
    expect(live?.LagAgeMs).toBeGreaterThanOrEqual(0);
    expect(live?._aws.CloudWatchMetrics[0]?.Dimensions).toEqual([["Stream", "Group"]]);
    expect(live?._aws.CloudWatchMetrics[0]?.Metrics.map((m) => m.Name)).toEqual([
      "StreamLength",
      "DlqLength",
      "ConsumerLag",
      "LagAgeMs",
      "PendingEntries",
      "OldestPendingAgeMs",
      "MaxDeliveryCount",
      "Consumers",
      "ActiveConsumers",
      "UnattendedEntries",
    ]);
    expect(recordOf(records, withGroups, "unread")[0]).toMatchObject({
      ConsumerLag: 5,
      PendingEntries: 0,
      Consumers: 0,
      ActiveConsumers: 0,
      UnattendedEntries: 5,
    });
    // Every stream's own figures under Stream alone too (the DlqLength alarm's series), groups or not.
    expect(recordOf(records, withGroups)).toEqual([
      expect.objectContaining({ StreamLength: 5, DlqLength: 1 }),
    ]);
    const [alone, ...more] = recordOf(records, noGroups);
    expect(more).toEqual([]);
    expect(alone).toMatchObject({ StreamLength: 1, DlqLength: 0 });
    expect(alone).not.toHaveProperty("Group");
    expect(alone?._aws.CloudWatchMetrics[0]?.Dimensions).toEqual([["Stream"]]);

    // c1 read once and then nothing: past a 100 ms window it no longer counts.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const later = await monitor(client, { livenessMs: 100 });
    expect(recordOf(later.records, withGroups, "live")[0]).toMatchObject({
      Consumers: 1,
      ActiveConsumers: 0,
      UnattendedEntries: 5, // 3 waiting, 2 pending with the consumer gone quiet
    });
  });

  // Valkey and Redis 7.2+ count `idle` from a consumer's last attempted read, so a runner blocked on a quiet stream
  // stays active; Redis 7.0 (this machine's) counts from its last read that returned entries.
  it("counts a runner's consumer as active after it read, and not once it stopped", async () => {
    const stream = uniqueStream("mon");
    const runner = server.pool.runner({
      stream,
      group: "workers",
      consumer: "w1",
      handler: () => ({ failures: [] }),
    });
    await runner.start();
    await new Producer(server.client).send(stream, { type: "t", data: "{}" });
    await waitFor(() => runner.totals.processed === 1);
    const running = await monitor(server.client, { livenessMs: 1000 });
    expect(recordOf(running.records, stream, "workers")[0]).toMatchObject({
      StreamLength: 1,
      ConsumerLag: 0,
      LagAgeMs: 0,
      PendingEntries: 0,
      Consumers: 1,
      ActiveConsumers: 1,
    });
    await runner.stop();
    const stopped = await monitor(server.client, { livenessMs: 1000 });
    expect(recordOf(stopped.records, stream, "workers")[0]).toMatchObject({
      Consumers: 0,
      ActiveConsumers: 0,
    });
  });

  it("counts at least one entry waiting when Redis cannot tell a group's lag (a deletion inside its range)", async () => {
    const stream = uniqueStream("mon");
    const key = streamKeys(stream).stream;
    for (const id of ["1-1", "1-2", "1-3"]) await server.client.xadd(key, id, "t", "t", "d", "{}");
    await server.client.xgroup("CREATE", key, "g", "0");
    await server.client.xdel(key, "1-2"); // XINFO GROUPS now reports lag nil
    const { records } = await monitor(server.client);
    expect(recordOf(records, stream, "g")[0]).toMatchObject({ ConsumerLag: 1, UnattendedEntries: 1 });
  });

  it("rejects unknown options and bad numbers with a clear error", async () => {
    await expect(
      monitor(server.client, { liveness: 5 } as Partial<StreamMonitorOptions>),
    ).rejects.toMatchObject({
      code: "streams.invalid_option",
      message: 'Unknown stream monitor option "liveness"',
    });
    await expect(monitor(server.client, { livenessMs: 0 })).rejects.toThrow(
      "Stream monitor option livenessMs must be a positive integer, got 0",
    );
    await expect(monitorStreams({ client: server.client } as StreamMonitorOptions)).rejects.toThrow(
      "Stream monitor option metrics must be a MetricsSink",
    );
    // Given as undefined: the default.
    const { report } = await monitor(server.client, { livenessMs: undefined, concurrency: 2 });
    expect(report.streams.length).toBeGreaterThan(0);
  });
});

describe("StreamMonitor job (functions/jobs/stream-monitor.ts)", () => {
  afterAll(() => disconnect());

  it("emits the figures and JobSucceeded, or JobFailed and the error for a bad setting", async () => {
    process.env.SLUICE_REDIS_URL = `redis://127.0.0.1:${server.redis.port}`;
    const stream = uniqueStream("job");
    await server.client.xgroup("CREATE", streamKeys(stream).stream, "nobody", "$", "MKSTREAM");
    const lines: string[] = [];
    const report = await runStreamMonitor((line) => lines.push(line));
    expect(report.streams.map((s) => s.name)).toContain(stream);
    const records = lines.map((line) => JSON.parse(line));
    expect(records.find((r) => r.Stream === stream && "Group" in r)).toMatchObject({
      Group: "nobody",
      ActiveConsumers: 0,
    });
    expect(records.find((r) => r.msg === "stream monitor")).toMatchObject({
      level: "info",
      groupsWithoutActiveConsumer: expect.arrayContaining([`${stream}/nobody`]),
    });
    const outcome = records.at(-1);
    expect(outcome).toMatchObject({ Job: "streamMonitor", JobSucceeded: 1 });
    expect(outcome.JobDurationMs).toBeGreaterThanOrEqual(0);
    expect(outcome._aws.CloudWatchMetrics[0].Dimensions).toEqual([["Job"]]);

    const failed: string[] = [];
    await expect(
      runStreamMonitor((line) => failed.push(line), { ...process.env, SLUICE_MONITOR_LIVENESS_MS: "soon" }),
    ).rejects.toThrow(/SLUICE_MONITOR_LIVENESS_MS must be a positive integer/);
    expect(failed.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ Job: "streamMonitor", JobFailed: 1 }),
    ]);
  });
});

describe("monitorStreams on a 3-master cluster", () => {
  const redis = useRedisCluster();

  it("finds the streams of every master", async () => {
    const { client } = redis;
    const names = Array.from({ length: 24 }, (_, n) => `spread-${n}`);
    const producer = new Producer(client);
    for (const name of names) {
      await producer.send(name, { type: "t", data: "{}" });
      await client.xgroup("CREATE", streamKeys(name).stream, "g", "$");
    }
    const masters = (client as unknown as { nodes(role: string): RedisClient[] }).nodes("master");
    const perMaster = await Promise.all(masters.map((node) => node.dbsize()));
    expect(perMaster.filter((keys) => keys > 0).length).toBe(3);

    const { report, records } = await monitor(client);
    expect(report.streams.map((s) => s.name)).toEqual([...names].sort());
    for (const name of names) {
      expect(recordOf(records, name, "g")[0]).toMatchObject({ StreamLength: 1, ConsumerLag: 0 });
    }
  });
});
