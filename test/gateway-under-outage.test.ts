// The gateway's Fargate main (functions/services/gateway.ts) in its own process under a steady Publish load while
// every node of its Redis cluster is frozen (SIGSTOP) and then gone (SIGKILL): its memory stays bounded (publishes
// waiting on Redis are capped per server; over the cap they fail UNAVAILABLE at once), no call ends other than OK or
// UNAVAILABLE, and SIGTERM with Redis gone exits 0 within the shutdown budget.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as grpc from "@grpc/grpc-js";
import { bearerTokenInterceptor, StreamingClient } from "@sluice/grpc";
import { freePort, type RedisCluster, startRedisCluster } from "@sluice/testing";
import { waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SHUTDOWN_BUDGET_MS = 3000;
/** The gateway's one caller, with every scope. */
const TOKEN = "gateway-under-outage-token";
/** Long enough for publishes waiting on Redis to pile up to the cap many times over. */
const LOAD_WINDOW_MS = 8000;
const RSS_GROWTH_BOUND = 20 * 1024 * 1024;
/**
 * The gateway's old space, as a small container sizes it: V8 then collects garbage instead of growing its heap
 * lazily (uncapped, this load grows RSS by about 100 MB in 30 s with Redis well or not, all of it collectable), so
 * what RSS shows is what the gateway holds; a queue without bound would exhaust it and crash the process.
 */
const OLD_SPACE_MB = 64;
/** Publishes sent every 10 ms: 500 a second, each with a 1 KiB payload (twice the per-server cap in 4 s). */
const CALLS_PER_TICK = 5;
/** Each call's own deadline: far past the command timeout + 1 s, so DEADLINE_EXCEEDED means a call hung. */
const CALL_DEADLINE_MS = 15_000;

let cluster: RedisCluster;
let gateway: ChildProcess;
let client: StreamingClient;
let stderr = "";

const callOptions = () => ({ deadline: Date.now() + CALL_DEADLINE_MS });

function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB$/m);
  return Number(line?.[1]) * 1024;
}

/** Sends publishes at a steady rate for `ms`; the gRPC status codes they ended with, and the highest gateway RSS. */
async function publishLoad(ms: number): Promise<{ codes: Map<number, number>; peakRss: number }> {
  const codes = new Map<number, number>();
  const calls: Promise<void>[] = [];
  const data = Buffer.alloc(1024, 1);
  let peakRss = 0;
  const ends = Date.now() + ms;
  while (Date.now() < ends) {
    for (let i = 0; i < CALLS_PER_TICK; i += 1) {
      calls.push(
        new Promise((resolve) =>
          client.publish(
            { stream: "load", event: { type: "t", data } },
            new grpc.Metadata(),
            callOptions(),
            (error) => {
              const code = error ? error.code : grpc.status.OK;
              codes.set(code, (codes.get(code) ?? 0) + 1);
              resolve();
            },
          ),
        ),
      );
    }
    peakRss = Math.max(peakRss, rssBytes(gateway.pid as number));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await Promise.all(calls);
  return { codes, peakRss };
}

beforeAll(async () => {
  cluster = await startRedisCluster();
  const [seed] = cluster.servers;
  const port = await freePort();
  gateway = spawn(
    process.execPath,
    [`--max-old-space-size=${OLD_SPACE_MB}`, "functions/services/gateway.ts"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        SLUICE_REDIS_URL: `redis://${seed?.host}:${seed?.port}`,
        SLUICE_REDIS_MODE: "cluster",
        SLUICE_GRPC_HOST: "127.0.0.1",
        SLUICE_GRPC_PORT: String(port),
        SLUICE_TOKENS: JSON.stringify([{ name: "tests", token: TOKEN, scopes: ["*"] }]),
        SLUICE_SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_BUDGET_MS),
      },
    },
  );
  const lines: string[] = [];
  gateway.stdout?.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
  gateway.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await waitFor(() => lines.join("").includes('"msg":"gateway started"'), {
    what: `the gateway to start (stderr: ${stderr})`,
    timeoutMs: 20_000,
  });
  client = new StreamingClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    interceptors: [bearerTokenInterceptor(TOKEN)],
  });
});

afterAll(async () => {
  client?.close();
  gateway?.kill("SIGKILL");
  await cluster?.stop();
});

async function boundedUnder(fault: () => Promise<void>): Promise<void> {
  // Warm up with Redis answering: the baseline is the peak the same load reaches with Redis well (its garbage).
  const warm = await publishLoad(4000);
  expect(warm.codes.get(grpc.status.OK)).toBeGreaterThan(0);
  const baseline = warm.peakRss;
  await fault();
  const { codes, peakRss } = await publishLoad(LOAD_WINDOW_MS);
  expect(
    [...codes.keys()].filter((code) => code !== grpc.status.OK && code !== grpc.status.UNAVAILABLE),
  ).toEqual([]);
  expect(codes.get(grpc.status.UNAVAILABLE)).toBeGreaterThan(0);
  expect(peakRss - baseline).toBeLessThan(RSS_GROWTH_BOUND);
}

it("every node frozen (SIGSTOP) under publish load: memory bounded, only OK or UNAVAILABLE", async () => {
  try {
    await boundedUnder(() => Promise.all(cluster.servers.map((server) => server.pause())).then(() => {}));
  } finally {
    await Promise.all(cluster.servers.map((server) => server.resume()));
  }
  await waitFor(
    () =>
      new Promise<boolean>((resolve) =>
        client.publish(
          { stream: "load", event: { type: "t" } },
          new grpc.Metadata(),
          callOptions(),
          (error) => resolve(!error),
        ),
      ),
    { what: "publishing again after SIGCONT", timeoutMs: 20_000 },
  );
});

it("every node gone (SIGKILL) under publish load: memory bounded; SIGTERM exits 0 within the shutdown budget", async () => {
  await boundedUnder(() => Promise.all(cluster.servers.map((server) => server.kill())).then(() => {}));
  const exited = once(gateway, "exit");
  const stopping = Date.now();
  gateway.kill("SIGTERM");
  const [code, signal] = await exited;
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  expect(Date.now() - stopping).toBeLessThan(SHUTDOWN_BUDGET_MS + 1000);
});
