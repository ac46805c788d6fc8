// `npm run soak` end to end, short: the launcher's six processes on a redis-server of its own under the steady load
// for 15 s with a sample every 2 s. Samples arrive for every process and for Redis on every progress line, every
// kind of load gets through, nothing restarts, and the last line is the report as JSON. Whether the slopes meet the
// targets is not asserted: 15 s say nothing about a leak (the exit status, 0 or 1, says what the run found).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { expect, it, onTestFinished } from "vitest";
import { SERVICE_NAMES } from "../scripts/launcher/launch.ts";
import type { SoakReport } from "../scripts/soak/soak-report.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ARGS = ["--minutes", "0.25", "--warmup-minutes", "0.05", "--interval-seconds", "2", "--rate", "40"];

it("samples every process and Redis under load and ends with the report as JSON", {
  timeout: 90_000,
}, async () => {
  const child = spawn(process.execPath, ["scripts/soak.ts", ...ARGS], { cwd: ROOT, stdio: "pipe" });
  // Past the test's timeout too: its redis-server and the launched processes end with it.
  onTestFinished(() => void child.kill());
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const [code] = await once(child, "exit");
  expect(stderr).toBe("");
  expect([0, 1]).toContain(code);

  const lines = stdout.trim().split("\n");
  // One progress line per sample, each with every process's rss/heap/fds and Redis's figures.
  const sampleLine = new RegExp(
    `^\\d+:\\d\\d  ${SERVICE_NAMES.map((name) => `${name} [\\d.]+/[\\d.]+/\\d+`).join("  ")}  redis [\\d.]+/[\\d.]+/\\d+  load \\d+/\\d+$`,
  );
  const samples = lines.filter((line) => sampleLine.test(line));
  expect(samples.length).toBeGreaterThanOrEqual(8);

  const report = JSON.parse(lines.at(-1) as string) as SoakReport;
  expect(report).toMatchObject({ bench: "soak", minutes: 0.25, warmup_minutes: 0.05, rate: 40, errors: 0 });
  expect(report.samples).toBe(samples.length);
  expect(Object.keys(report.processes).sort()).toEqual([...SERVICE_NAMES].sort());
  for (const figures of Object.values(report.processes)) {
    expect(figures.rss_mb).toBeGreaterThan(0);
    expect(figures.heap_mb).toBeGreaterThan(0);
    expect(figures.fds).toBeGreaterThan(0);
    expect(figures.restarts).toBe(0);
    for (const slope of [
      figures.rss_slope_mb_per_10min,
      figures.heap_slope_mb_per_10min,
      figures.fds_slope_per_10min,
    ])
      expect(slope).toEqual(expect.any(Number));
  }
  expect(report.redis.used_memory_mb).toBeGreaterThan(0);
  expect(report.redis.slope_mb_per_10min).toEqual(expect.any(Number));
  for (const [kind, count] of Object.entries(report.load)) expect(count.ok, kind).toBeGreaterThan(0);
  expect(report.pass).toBe(code === 0);
  expect(report.pass).toBe(report.failures.length === 0);
});
