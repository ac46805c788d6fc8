import { createLocalServer } from "@sluice/http";
import { buildDashboardState, dashboardPages, LocalAlarms } from "@sluice/local";
import {
  ALARMS,
  type AlarmSpec,
  Dimension,
  emfSink,
  isLocal,
  JobMetric,
  runbookPath,
  StreamMetric,
} from "@sluice/observability";
import { createRedisClient, type RedisClient, streamKeys } from "@sluice/streams";
import { startRedis } from "@sluice/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MIN = 60_000;
const NOW = Math.floor(Date.now() / MIN) * MIN + 30_000;
const ROOT = new URL("../../..", import.meta.url).pathname;
const billing = { [Dimension.stream]: "orders", [Dimension.group]: "billing" };
const JOBS = [
  { name: "snapshot", schedule: "rate(15 minutes)" },
  { name: "increments", schedule: "rate(1 minute)" },
  { name: "verification", schedule: "cron(0 5 * * ? *)" },
];

let redis: Awaited<ReturnType<typeof startRedis>>;
let client: RedisClient;

beforeAll(async () => {
  redis = await startRedis();
  client = createRedisClient(redis.target);
  const orders = streamKeys("orders");
  for (let i = 0; i < 3; i++) await client.xadd(orders.stream, "*", "t", "order.placed", "d", "{}");
  await client.call("XGROUP", "CREATE", orders.stream, "billing", "0");
  await client.call("XREADGROUP", "GROUP", "billing", "c-1", "COUNT", "1", "STREAMS", orders.stream, ">");
  await client.xadd(orders.dlq, "*", "stream", "orders", "error", "bad");
  await client.xadd(streamKeys("lonely").stream, "*", "t", "x", "d", "{}");
});
afterAll(async () => {
  client.disconnect();
  await redis.stop();
});

/** Alarms whose store holds what the runners and jobs would have written over the last hour and a bit. */
function fedAlarms(catalog: readonly AlarmSpec[] = ALARMS) {
  const alarms = new LocalAlarms({ writeLog: () => undefined, print: () => undefined, catalog });
  const sink = emfSink(alarms.writeLog);
  const lagAge = (value: number) => [{ name: StreamMetric.lagAge, unit: "Milliseconds" as const, value }];
  sink.put(billing, lagAge(99), NOW - 61 * MIN); // outside the hour
  for (const m of [3, 2, 1]) sink.put(billing, lagAge(400_000), NOW - m * MIN);
  sink.put(billing, lagAge(100), NOW - MIN + 1000);
  const produceToAck = Array.from({ length: 100 }, (_, i) => i + 1);
  sink.put(billing, [{ name: StreamMetric.produceToAck, unit: "Milliseconds", value: produceToAck }], NOW);
  sink.put(
    { [Dimension.job]: "snapshot" },
    [
      { name: JobMetric.succeeded, unit: "Count", value: 1 },
      { name: JobMetric.duration, unit: "Milliseconds", value: 1234 },
    ],
    NOW - 2 * MIN,
  );
  sink.put(
    { [Dimension.job]: "increments" },
    [{ name: JobMetric.failed, unit: "Count", value: 1 }],
    NOW - MIN,
  );
  alarms.evaluate(NOW);
  return alarms;
}

describe("the dashboard's state (/dashboard/state)", () => {
  it("reads streams and groups live from Redis and jobs, alarms and the hour's charts from the store", async () => {
    const state = await buildDashboardState({ client, alarms: fedAlarms(), jobs: JOBS }, NOW);
    expect(state.redisError).toBeNull();
    expect(state.streams.map((s) => [s.name, s.length, s.dlqLength, s.key, s.dlqKey])).toEqual([
      ["lonely", 1, 0, "sluice:{lonely}", "sluice:{lonely}:dlq"],
      ["orders", 3, 1, "sluice:{orders}", "sluice:{orders}:dlq"],
    ]);
    expect(state.streams[1]?.groups).toEqual([
      expect.objectContaining({ name: "billing", consumers: 1, lag: 2, pending: 1 }),
    ]);

    expect(state.jobs).toEqual([
      { ...JOBS[0], lastSuccessAt: NOW - 2 * MIN - 30_000, lastFailureAt: null, lastDurationMs: 1234 },
      { ...JOBS[1], lastSuccessAt: null, lastFailureAt: NOW - MIN - 30_000, lastDurationMs: null },
      { ...JOBS[2], lastSuccessAt: null, lastFailureAt: null, lastDurationMs: null },
    ]);

    expect(state.alarms.map((a) => a.name)).toEqual(ALARMS.map((a) => a.name));
    expect(state.alarmEveryMs).toBe(10_000);
    const lag = state.alarms.find((a) => a.name === "StreamLagAge");
    expect(lag).toMatchObject({
      where: "local",
      state: "ALARM",
      since: NOW,
      runbook: "docs/runbooks/stream-lag-age.md",
      query: "MAX(LagAgeMs) by Stream,Group (Group≠lake)",
      when: "> 300,000",
      datapoints: "3/3 × 60 s",
      contributors: [{ label: "orders/billing", state: "ALARM", values: [400_000, 400_000, 400_000] }],
    });
    const cloud = state.alarms.filter((a) => a.where === "cloud").map((a) => a.name);
    expect(cloud).toEqual(ALARMS.filter((a) => !isLocal(a)).map((a) => a.name));

    expect(state.to - state.from).toBe(60 * MIN);
    const chart = (metric: string) => state.charts.find((c) => c.metric === metric)?.series;
    expect(chart(StreamMetric.lagAge)).toEqual([
      {
        label: "orders/billing",
        points: [
          [NOW - 3 * MIN - 30_000, 400_000],
          [NOW - 2 * MIN - 30_000, 400_000],
          [NOW - MIN - 30_000, 400_000],
        ],
      },
    ]);
    expect(chart(StreamMetric.produceToAck)).toEqual([
      { label: "orders/billing", points: [[NOW - 30_000, 99]] },
    ]);
    expect(chart(StreamMetric.pending)).toEqual([]);
  });

  it("still shows what it holds in memory when Redis does not answer", async () => {
    const closed = createRedisClient(redis.target);
    closed.disconnect();
    const state = await buildDashboardState({ client: closed, alarms: fedAlarms(), jobs: JOBS }, NOW);
    expect(state.streams).toEqual([]);
    expect(state.redisError).toMatch(/closed/i);
    expect(state.alarms.find((a) => a.name === "StreamLagAge")).toMatchObject({ state: "ALARM" });
  });
});

describe("the dashboard pages on the local API server", () => {
  it("serves the page, its script and style, the state and the runbooks; GET and HEAD only", async () => {
    const catalog = [...ALARMS.slice(0, 3), { ...(ALARMS[0] as AlarmSpec), name: "NoRunbookYet" }];
    const server = await createLocalServer({
      routes: [],
      port: 0,
      tokens: "none",
      pages: dashboardPages({ client, alarms: fedAlarms(catalog), jobs: JOBS, root: ROOT }),
    });
    const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
    try {
      const page = await get("/dashboard");
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(await page.text()).toContain('<script type="module" src="/dashboard/dashboard.js"></script>');
      const script = await get("/dashboard/dashboard.js");
      expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      expect(await script.text()).toContain('fetch("/dashboard/state"');
      expect((await get("/dashboard/dashboard.css")).status).toBe(200);

      const state = (await (await get("/dashboard/state")).json()) as { alarms: { name: string }[] };
      expect(state.alarms.map((a) => a.name)).toEqual(catalog.map((a) => a.name));
      const runbook = await get(`/dashboard/${runbookPath(catalog[0] as AlarmSpec)}`);
      expect(runbook.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await runbook.text()).toMatch(new RegExp(`^# ${catalog[0]?.name}\n`));
      const missing = await get("/dashboard/docs/runbooks/no-runbook-yet.md");
      expect([missing.status, await missing.text()]).toEqual([
        404,
        "No runbook at docs/runbooks/no-runbook-yet.md yet.\n",
      ]);

      const head = await get("/dashboard", { method: "HEAD" });
      expect([head.status, await head.text()]).toEqual([200, ""]);
      const post = await get("/dashboard/state", { method: "POST" });
      expect([post.status, post.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
      expect((await get("/dashboard/elsewhere")).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
