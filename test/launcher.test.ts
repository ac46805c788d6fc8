// The multi-process launcher (scripts/launcher/launch.ts) against a real redis-server: the six services each their
// own process, an HTTP publish through the api process consumed by the consumer process, the gateway SERVING, a
// consumer killed with SIGKILL started again under a new pid and consumer name, the processes measured, and nothing
// left running after stop() or after a launch that fails; the development token in its dir, whose table the api and
// gateway processes get. Also SLUICE_JOB_SCHEDULES, the jobs process's schedules.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { streamKeys } from "@sluice/streams";
import { uniqueStream, useRedisServer, waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobSchedules } from "../scripts/launcher/job-schedules.ts";
import { type Launched, launch, SERVICE_NAMES } from "../scripts/launcher/launch.ts";
import { bearerHeader } from "../scripts/start/bearer-auth.ts";
import { checkHealth, healthClient } from "./support/front-doors.ts";

const state = useRedisServer();
const redisUrl = () => `redis://${state.redis.host}:${state.redis.port}`;
const dirs: string[] = [];
const GROUP = "workers";

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "sluice-launcher-"));
  dirs.push(dir);
  return dir;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The pids of the processes whose environment holds `marker` (every process a launch started, and only those). */
async function processesWith(marker: string): Promise<number[]> {
  const pids = (await readdir("/proc")).filter((name) => /^\d+$/.test(name));
  const environs = await Promise.all(
    pids.map((pid) => readFile(`/proc/${pid}/environ`, "utf8").catch(() => "")),
  );
  return pids.filter((_, i) => environs[i]?.split("\0").includes(marker)).map(Number);
}

describe("the launched topology", () => {
  const stream = uniqueStream("launcher");
  const marker = `SLUICE_TEST_LAUNCH=${randomUUID()}`;
  const [markerName, markerValue] = marker.split("=") as [string, string];
  let launched: Launched;
  let launchMs: number;
  let dir: string;

  beforeAll(async () => {
    const started = Date.now();
    dir = await tempDir();
    launched = await launch({
      redisUrl: redisUrl(),
      dir,
      env: { SLUICE_CONSUMER_STREAMS: stream, [markerName]: markerValue },
      restartDelayMs: 200,
    });
    launchMs = Date.now() - started;
  });
  afterAll(async () => {
    await launched?.stop();
  });

  const publish = async (n: number) => {
    const response = await fetch(`${launched.apiUrl}/v1/streams/${stream}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearerHeader(launched.token) },
      body: JSON.stringify({ type: "launcher.test", data: { n } }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  /** The group's state: what it has delivered last and how much is pending. */
  const group = async () => {
    const rows = (await state.client.call("XINFO", "GROUPS", streamKeys(stream).stream)) as unknown[][];
    const row = rows.map((fields) => Object.fromEntries(pairs(fields))).find((g) => g.name === GROUP);
    return { lastDelivered: String(row?.["last-delivered-id"]), pending: Number(row?.pending) };
  };
  const consumers = async () => {
    const rows = (await state.client.call(
      "XINFO",
      "CONSUMERS",
      streamKeys(stream).stream,
      GROUP,
    )) as unknown[][];
    return rows.map((fields) => String(Object.fromEntries(pairs(fields)).name));
  };
  const consumed = (id: string) =>
    waitFor(
      async () => {
        const { lastDelivered, pending } = await group();
        return lastDelivered === id && pending === 0;
      },
      { timeoutMs: 15_000, what: `entry ${id} delivered and acknowledged` },
    );

  it("runs every service as its own process, each ready once, its log holding its start line", async () => {
    expect(Object.keys(launched.services)).toEqual([...SERVICE_NAMES]);
    const pids = SERVICE_NAMES.map((name) => launched.services[name].pid);
    expect(new Set(pids).size).toBe(SERVICE_NAMES.length);
    for (const pid of pids) expect(pid !== undefined && pid !== process.pid && alive(pid)).toBe(true);
    expect((await processesWith(marker)).sort()).toEqual([...(pids as number[])].sort());
    for (const name of SERVICE_NAMES) expect(launched.services[name].starts, name).toBe(1);
    expect(await readFile(launched.services.frames.logFile, "utf8")).toContain(
      '"msg":"frame pipeline started"',
    );
    expect(launched.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(launched.grpcAddress).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(launched.jobEnv).toMatchObject({
      SLUICE_S3_ENDPOINT: launched.s3.endpoint,
      SLUICE_LAKE_BUCKET: "lake",
    });
    console.log(`launched ${SERVICE_NAMES.length} processes in ${launchMs} ms`);
  });

  it("keeps a development token in its dir and gives its table to the api and gateway processes only", async () => {
    expect(await readFile(join(dir, "dev-token"), "utf8")).toBe(`${launched.token}\n`);
    expect(JSON.parse(await readFile(join(dir, "tokens.json"), "utf8"))).toEqual([
      { name: "dev", token: launched.token, scopes: ["*"] },
    ]);
    expect((await stat(join(dir, "tokens.json"))).mode & 0o777).toBe(0o600);
    const tokensFile = `SLUICE_TOKENS_FILE=${join(dir, "tokens.json")}`;
    const holding = await processesWith(tokensFile);
    const pid = (name: "api" | "gateway") => launched.services[name].pid as number;
    expect(holding.sort()).toEqual([pid("api"), pid("gateway")].sort());
  });

  it("delivers an HTTP publish through the api process to the consumer process, which acknowledges it", async () => {
    await consumed(await publish(1));
    expect(await consumers()).toContain(`${hostname()}-${launched.services.consumer.pid}`);
  });

  it("answers gRPC health SERVING at grpcAddress", async () => {
    const health = healthClient(launched.grpcAddress);
    try {
      await waitFor(async () => (await checkHealth(health)) === "SERVING", { what: "gRPC SERVING" });
    } finally {
      health.close();
    }
  });

  it("starts a consumer killed with SIGKILL again, under a new pid and consumer name, and it consumes", async () => {
    const consumer = launched.services.consumer;
    const before = consumer.pid as number;
    await consumer.kill();
    expect(alive(before)).toBe(false);
    await consumer.ready();
    expect(consumer.starts).toBe(2);
    expect(consumer.pid).not.toBe(before);
    await consumed(await publish(2));
    expect(await consumers()).toContain(`${hostname()}-${consumer.pid}`);
    const log = await readFile(consumer.logFile, "utf8");
    expect(log.match(/"msg":"consumer started"/g)).toHaveLength(2);
    expect(log).toContain('"msg":"launcher: process exited, restarting"');
  });

  it("samples each process: its RSS, its heap after a full GC and its descriptors", async () => {
    const samples = await Promise.all(SERVICE_NAMES.map((name) => launched.services[name].sample()));
    const rss = samples.map(
      (sample, i) => `${SERVICE_NAMES[i]} ${(sample.rssBytes / 2 ** 20).toFixed(0)} MiB`,
    );
    console.log(`RSS at rest: ${rss.join(", ")}`);
    for (const [i, sample] of samples.entries()) {
      const name = SERVICE_NAMES[i] as (typeof SERVICE_NAMES)[number];
      expect(sample.pid, name).toBe(launched.services[name].pid);
      expect(sample.rssBytes, name).toBeGreaterThan(30 * 2 ** 20);
      expect(sample.rssBytes, name).toBeLessThan(1024 * 2 ** 20);
      expect(sample.heapUsedBytes, name).toBeGreaterThan(2 * 2 ** 20);
      expect(sample.heapUsedBytes, name).toBeLessThan(sample.rssBytes);
      expect(sample.fds, name).toBeGreaterThanOrEqual(10);
      expect(sample.fds, name).toBeLessThan(500);
    }
  });

  it("stop() ends every process and restarts none", async () => {
    const pids = SERVICE_NAMES.map((name) => launched.services[name].pid as number);
    await launched.stop();
    for (const pid of pids) expect(alive(pid), String(pid)).toBe(false);
    expect(await processesWith(marker)).toEqual([]);
    for (const name of SERVICE_NAMES) expect(launched.services[name].pid, name).toBeUndefined();
    await expect(launched.services.api.ready()).rejects.toThrow("api is stopped");
    expect(await readFile(launched.services.gateway.logFile, "utf8")).toContain('"msg":"gateway stopped"');
  });
});

describe("a launcher that dies", () => {
  it("takes its processes with it, even killed with SIGKILL: each stops gracefully when its IPC channel closes", async () => {
    const dir = await tempDir();
    const script = `
      import { launch } from ${JSON.stringify(new URL("../scripts/launcher/launch.ts", import.meta.url).href)};
      const launched = await launch({ redisUrl: ${JSON.stringify(redisUrl())}, dir: ${JSON.stringify(dir)}, services: ["consumer"] });
      console.log(JSON.stringify({ pid: launched.services.consumer.pid }));`;
    const launcher = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const [line] = (await once(launcher.stdout, "data")) as [Buffer];
      const { pid } = JSON.parse(line.toString()) as { pid: number };
      expect(alive(pid)).toBe(true);
      launcher.kill("SIGKILL");
      await waitFor(() => !alive(pid), { timeoutMs: 15_000, what: "the consumer process gone" });
      expect(await readFile(join(dir, "consumer.log"), "utf8")).toContain('"msg":"consumer stopped"');
    } finally {
      launcher.kill("SIGKILL");
    }
  });
});

describe("a launch that fails", () => {
  it("rejects when a process exits before it is ready, naming the service and its last lines, and leaves none", async () => {
    const marker = `SLUICE_TEST_LAUNCH=${randomUUID()}`;
    const launching = launch({
      redisUrl: redisUrl(),
      dir: await tempDir(),
      services: ["consumer", "jobs"],
      env: { [marker.split("=")[0] as string]: marker.split("=")[1] as string },
      envFor: { jobs: { SLUICE_JOB_SCHEDULES: '{"lakeWriter":"rate(0 minutes)"}' } },
    });
    await expect(launching).rejects.toThrow(
      /^jobs exited \(code 1\) before it was ready; its last lines \(.*jobs\.log\):\n[\s\S]*SLUICE_JOB_SCHEDULES\.lakeWriter: rate\(0 minutes\)/,
    );
    expect(await processesWith(marker)).toEqual([]);
  });

  it("rejects when a process is not ready within readyTimeoutMs", async () => {
    const marker = `SLUICE_TEST_LAUNCH=${randomUUID()}`;
    const launching = launch({
      redisUrl: redisUrl(),
      dir: await tempDir(),
      services: ["api"],
      env: { [marker.split("=")[0] as string]: marker.split("=")[1] as string },
      readyTimeoutMs: 100,
    });
    await expect(launching).rejects.toThrow(/^api was not ready after 100 ms/);
    expect(await processesWith(marker)).toEqual([]);
  });

  it("refuses unknown options and services before starting anything", async () => {
    const dir = await tempDir();
    await expect(launch({ redisUrl: redisUrl(), dir, restartDelay: 5 } as never)).rejects.toThrow(
      'unknown option "restartDelay"',
    );
    await expect(launch({ redisUrl: redisUrl(), dir, services: ["worker" as never] })).rejects.toThrow(
      'unknown service "worker": one of api, gateway, consumer, proxy, frames, jobs',
    );
    await expect(launch({ redisUrl: "127.0.0.1:6379", dir })).rejects.toThrow("redisUrl must be a redis://");
  });
});

describe("SLUICE_JOB_SCHEDULES", () => {
  const schedules = (value: string) => jobSchedules({ SLUICE_JOB_SCHEDULES: value });

  it("overrides the schedules it names, and none when unset or empty", () => {
    expect(jobSchedules({})).toEqual({});
    expect(schedules(" ")).toEqual({});
    expect(schedules('{"lakeWriter":"rate(1 minute)","snapshot":"cron(*/2 * * * ? *)"}')).toEqual({
      lakeWriter: "rate(1 minute)",
      snapshot: "cron(*/2 * * * ? *)",
    });
  });

  it("refuses what is not a JSON object of job name → expression, naming the variable", () => {
    expect(() => schedules("{lakeWriter: rate(1 minute)}")).toThrow(/^SLUICE_JOB_SCHEDULES must be JSON \(/);
    expect(() => schedules('["rate(1 minute)"]')).toThrow(
      'SLUICE_JOB_SCHEDULES must be a JSON object of job name → schedule, like {"lakeWriter":"rate(1 minute)"}',
    );
    expect(() => schedules('{"lakeWriter":60}')).toThrow(
      "SLUICE_JOB_SCHEDULES.lakeWriter must be a schedule expression string, got 60",
    );
    const error = (() => {
      try {
        schedules("nope");
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toMatchObject({
      kind: "invalid",
      code: "config.invalid_environment",
      details: { variable: "SLUICE_JOB_SCHEDULES" },
    });
  });

  it("refuses an unknown job and a cloud-only one, listing the local jobs", () => {
    expect(() => schedules('{"lake-writer":"rate(1 minute)"}')).toThrow(
      'SLUICE_JOB_SCHEDULES: "lake-writer" is not a job; the local jobs are lakeWriter, snapshot, increments, verification, backupRetention, memoryAudit, configAudit, capacityReport, streamMonitor',
    );
    expect(() => schedules('{"nativeSnapshot":"rate(1 hour)"}')).toThrow(
      'SLUICE_JOB_SCHEDULES: "nativeSnapshot" runs in the cloud only; the local jobs are lakeWriter,',
    );
  });

  it("refuses an expression EventBridge would refuse, saying what is wrong with it", () => {
    expect(() => schedules('{"increments":"every minute"}')).toThrow(
      'SLUICE_JOB_SCHEDULES.increments: "every minute": expected rate(value unit) or cron(',
    );
    expect(() => schedules('{"increments":"rate(0 minutes)"}')).toThrow(
      'SLUICE_JOB_SCHEDULES.increments: rate(0 minutes): value "0" is not a positive integer',
    );
    expect(() => schedules('{"increments":"rate(1 minutes)"}')).toThrow(
      'SLUICE_JOB_SCHEDULES.increments: rate(1 minutes): unit "minutes" must be "minute" for the value 1',
    );
  });
});

/** XINFO's flat [name, value, name, value, …] as pairs. */
function pairs(fields: unknown[]): [string, unknown][] {
  const result: [string, unknown][] = [];
  for (let i = 0; i < fields.length; i += 2) result.push([String(fields[i]), fields[i + 1]]);
  return result;
}
