// npm start's dashboard end to end: the real scripts/start.ts against a Redis holding a group stalled for 10
// minutes, its metric history (the real stream monitor's readings of it, back-dated a minute each) left in the
// log by an "earlier run" so that StreamLagAge's 3 minutes are not waited for, and the page read in headless
// Chromium. Needs Debian's chromium (or CHROMIUM_PATH): without it the suite skips, with a line saying what to install,
// and under CI=true it fails (@sluice/testing/required-tool).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { accessSync, constants, statSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { emfSink, type MetricsSink } from "@sluice/observability";
import { createRedisClient, monitorStreams, type RedisClient, streamKeys } from "@sluice/streams";
import { freePort, startRedis } from "@sluice/testing";
import { waitFor } from "@sluice/testing/clients";
import { describeWithTool, type RequiredTool } from "@sluice/testing/required-tool";
import { chromium } from "playwright-core";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const SCREENSHOT = join(ROOT, "test-results", "dashboard.png");
const MINUTE = 60_000;

/** An executable file at CHROMIUM (not, say, /dev/null bind-mounted over it to play a bare machine). */
const CHROMIUM_TOOL: RequiredTool = {
  name: "Chromium (Debian's chromium, or CHROMIUM_PATH set to another build)",
  install: "sudo apt-get install -y chromium",
  missing() {
    try {
      accessSync(CHROMIUM, constants.X_OK);
      return statSync(CHROMIUM).isFile() ? undefined : `${CHROMIUM} is not a file`;
    } catch {
      return `no executable Chromium at ${CHROMIUM}`;
    }
  },
};

/** A sink that stamps its records `minutes` earlier than they were taken. */
const backdated = (sink: MetricsSink, minutes: number): MetricsSink => ({
  put: (dimensions, data, timestamp = Date.now(), options) =>
    sink.put(dimensions, data, timestamp - minutes * MINUTE, options),
});

/** Stream `stalled`: group `workers` has read none of its entries, the oldest 10 minutes old. */
async function stallGroup(client: RedisClient): Promise<void> {
  const { stream } = streamKeys("stalled");
  const oldest = Date.now() - 10 * MINUTE;
  for (let i = 0; i < 5; i++)
    await client.xadd(stream, `${oldest + i * 1000}-0`, "t", "demo.event", "d", "{}");
  await client.call("XGROUP", "CREATE", stream, "workers", "0");
}

/** What an earlier npm start would have logged: the stream monitor's readings of the last 4 minutes. */
async function metricHistory(client: RedisClient): Promise<string> {
  const lines: string[] = [];
  const sink = emfSink((line) => lines.push(line));
  for (const minutes of [3, 2, 1, 0]) await monitorStreams({ client, metrics: backdated(sink, minutes) });
  return `${lines.join("\n")}\n`;
}

describeWithTool(CHROMIUM_TOOL, "npm start's dashboard in headless Chromium", () => {
  it("shows the live streams, a stream alarm tripped by a stalled group, DLQs, jobs and the charts", async () => {
    await using redis = await startRedis();
    const client = createRedisClient(redis.target);
    const dir = await mkdtemp(join(tmpdir(), "sluice-dashboard-"));
    const { REDIS_URL: _a, SLUICE_REDIS_URL: _b, ...inherited } = process.env;
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    let stdout = "";
    try {
      await stallGroup(client);
      await writeFile(join(dir, "consumer.log"), await metricHistory(client));
      const child = spawn(process.execPath, ["scripts/start.ts"], {
        cwd: ROOT,
        env: {
          ...inherited,
          REDIS_URL: `redis://127.0.0.1:${redis.port}`,
          SLUICE_LOCAL_DIR: dir,
          SLUICE_DEMO_RATE: "20",
          SLUICE_DEMO_BSKY_RATE: "0",
          SLUICE_ALARM_INTERVAL_MS: "1000",
          SLUICE_HTTP_PORT: String(await freePort()),
          SLUICE_GRPC_PORT: String(await freePort()),
          SLUICE_S3_PORT: String(await freePort()),
        },
      });
      const exited = once(child, "exit");
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      try {
        // The replayed history trips the alarm at the first evaluation, printed below the summary.
        await waitFor(() => /ALARM {2}StreamLagAge {2}Breached 300000 .*: stalled\/workers\./.test(stdout), {
          what: "StreamLagAge on stalled/workers in the terminal",
        });
        // Below the summary, which says where the dashboard is.
        expect(stdout.indexOf("ALARM  StreamLagAge")).toBeGreaterThan(stdout.indexOf("dashboard  http"));
        const dashboard = /dashboard +(http:\/\/127\.0\.0\.1:\d+\/dashboard)/.exec(stdout)?.[1] as string;
        expect(stdout).toMatch(
          /of the \d+ catalog alarms evaluated here every 1 s on the EMF metrics \(\d+ lines/,
        );
        // A poison entry: the real consumer dead-letters it at once.
        await client.xadd(streamKeys("demo").stream, "*", "t", "demo.event", "d", "not json");
        await waitFor(async () => (await client.xlen(streamKeys("demo").dlq)) === 1, {
          what: "a dead letter",
        });

        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(dashboard);
        await page.waitForSelector('#dlqs tr[data-dlq="demo"]');
        const stalled = page.locator('#streams tr[data-stream="stalled"][data-group="workers"]');
        await expect
          .poll(() => stalled.innerText(), { timeout: 10_000 })
          .toMatch(/stalled\s+5\s+0\s+workers\s+5\s+10 min \d+ s\s+0/);
        expect(await page.locator('#streams tr[data-stream="demo"][data-group="workers"]').count()).toBe(1);

        const alarm = page.locator('#alarms tr[data-alarm="StreamLagAge"]');
        expect(await alarm.getAttribute("data-state")).toBe("ALARM");
        expect(await page.locator("#alarm-note").innerText()).toBe(
          "evaluated here every 1 s on the runtime's metrics",
        );
        expect(await alarm.innerText()).toContain("stalled/workers");
        expect(await alarm.locator("a").getAttribute("href")).toBe(
          "/dashboard/docs/runbooks/stream-lag-age.md",
        );
        const runbook = await fetch(new URL("/dashboard/docs/runbooks/stream-lag-age.md", dashboard));
        expect((await runbook.text()).split("\n")[0]).toBe("# StreamLagAge");
        expect(await page.locator('#cloud-alarms tr[data-state="cloud only"]').count()).toBeGreaterThan(10);
        await expect
          .poll(() => page.locator('#jobs tr[data-job="streamMonitor"]').innerText(), { timeout: 10_000 })
          .toMatch(/streamMonitor\s+rate\(1 minute\)\s+\d\d:\d\d\s+—\s+\d+ m?s\s+ok/);

        // The lag-age chart: the stalled group's line through the 4 minutes it has been watched.
        const line = page.locator('svg[data-metric="LagAgeMs"] polyline[data-series="stalled/workers"]');
        expect(((await line.getAttribute("points")) ?? "").split(" ").length).toBeGreaterThanOrEqual(4);
        // It polls: a later state replaces the first.
        const first = await page.locator("#updated").getAttribute("data-at");
        await expect
          .poll(() => page.locator("#updated").getAttribute("data-at"), { timeout: 10_000 })
          .not.toBe(first);

        await mkdir(join(ROOT, "test-results"), { recursive: true });
        await page.screenshot({ path: SCREENSHOT, fullPage: true });
        console.log(`dashboard screenshot: ${SCREENSHOT}`);
      } finally {
        // Stop it whatever happened; a failure above stays the one reported.
        child.kill("SIGINT");
      }
      expect((await exited)[0]).toBe(0);
      // Metrics went to the store and the log file, never to the terminal.
      expect(stdout).not.toContain('{"_aws"');
      expect((await readFile(join(dir, "consumer.log"), "utf8")).split('{"_aws"').length).toBeGreaterThan(20);
    } finally {
      await browser.close();
      client.disconnect();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
