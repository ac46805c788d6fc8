// `npm run bench -- requests [--count N] [--seconds S] [--rounds R] [--quick]`: request-reply against the local stack,
// side by side with the same echo answered in-process. (a) direct: the local HTTP server answering an echo route
// in-process (authenticated like every route, route() of functions/shared/http-route.ts); (b) rr: POST
// /v1/requests/echo through Redis and a proxy worker process (like a Fargate task). Three parts:
// - open loop (requests-paced.ts), the platform's defaults (auth on, the development token, the per-caller rate
//   limiter on, its rate set far above the load so nothing is refused): 500, 1,000 and 2,000 requests/s offered over
//   150 connections, latency from the schedule; p99 overhead = rr p99 − direct p99;
// - saturation, closed loop (autocannon, 150 clients): the most each answers, with and without the rate limiter
//   (one EVALSHA per request: what is measured is its cost); rr over direct is the saturation ratio;
// - capacity, limiter on: 150 terminals with a 150 ms `delay` route, where theory allows 150 / 0.15 s = 1,000
//   requests/s, offered by twice as many closed-loop clients so the terminals never wait for work.
// Direct and rr take turns round after round (inRounds), the capacity case is run as many rounds; figures are
// medians over rounds. All through the same local API Gateway v2 server, every request with npm start's development
// token.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createLocalServer, type LocalServer } from "@sluice/http";
import { createRedisClient } from "@sluice/streams";
import { startRedis } from "@sluice/testing";
import { loadHttpConfig, localServerTokens } from "../../functions/config/http.ts";
import { route } from "../../functions/shared/http-route.ts";
import { disconnect } from "../../functions/shared/lazy-clients.ts";
import { loadRoutes } from "../../functions/shared/load-routes.ts";
import { describeLoad } from "../load/run-load.ts";
import { bearerHeader } from "../start/bearer-auth.ts";
import { serveWithDevToken } from "../start/dev-token.ts";
import { UsageError } from "../usage-error.ts";
import { closeChild } from "./child-process.ts";
import { runPaced } from "./requests-paced.ts";
import { sendClosed, startSender } from "./requests-sender.ts";
import { DEFAULT_ROUNDS, inRounds, medianOf, medianRatio } from "./rounds.ts";

const CLIENTS = 150;
const TERMINALS = 150;
const DELAY_MS = 150;
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const log = (line: string) => console.log(line);

interface Options {
  /** Requests per saturation phase. */
  count: number;
  capacityCount: number;
  /** Seconds per open-loop phase. */
  seconds: number;
  rounds: number;
}

const USAGE = "usage: npm run bench -- requests [--count N] [--seconds S] [--rounds R] [--quick]";

function parseOptions(argv: string[]): Options {
  let values: { count?: string; seconds?: string; rounds?: string; quick?: boolean };
  try {
    const flag = { type: "string" as const };
    values = parseArgs({
      args: argv,
      strict: true,
      options: { count: flag, seconds: flag, rounds: flag, quick: { type: "boolean" } },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const quick = values.quick === true;
  const integer = (name: string, raw: string | undefined, fallback: number, least: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isSafeInteger(value) || value < least)
      throw new UsageError(`--${name} must be an integer ≥ ${least}\n${USAGE}`);
    return value;
  };
  return {
    count: integer("count", values.count, quick ? 3000 : 8000, CLIENTS),
    // Capacity: about 6 s (3 s quick) per round at the theoretical 1,000 requests/s.
    capacityCount: quick ? 3000 : 6000,
    seconds: integer("seconds", values.seconds, quick ? 2 : 6, 1),
    rounds: integer("rounds", values.rounds, quick ? 1 : DEFAULT_ROUNDS, 1),
  };
}

/** The Proxy service's main in its own process, serving echo and delay with 150 terminals per route. */
async function startProxy(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["functions/services/proxy.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      SLUICE_PROXY_ROUTES: "echo,delay",
      SLUICE_PROXY_TERMINALS: String(TERMINALS),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const started = Date.now();
  while (!output.includes('"proxy started"')) {
    if (child.exitCode !== null || Date.now() - started > 20_000)
      throw new Error(`proxy did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.stdout?.removeAllListeners("data");
  child.stdout?.resume();
  return child;
}

/**
 * Turns the handlers' per-caller rate limiter on (at a rate no phase reaches) or off: the handlers' clients are
 * reopened on the next request with the new setting (SLUICE_API_RATE_* is read when they open).
 */
async function useLimiter(on: boolean): Promise<void> {
  process.env.SLUICE_API_RATE_PER_SECOND = on ? "1000000" : "off";
  process.env.SLUICE_API_RATE_BURST = on ? "1000000" : "";
  await disconnect();
}

interface Target {
  server: LocalServer;
  token: string;
  /** The load generator process. */
  sender: ChildProcess;
}

/** A closed-loop phase: `count` requests, `clients` at a time, after a warm-up. */
async function phase(
  label: string,
  api: Target,
  path: string,
  body: string,
  count: number,
  clients = CLIENTS,
) {
  const load = {
    url: `${api.server.url}${path}`,
    body,
    headers: bearerHeader(api.token),
    concurrency: clients,
    timeoutMs: 30_000,
  };
  await sendClosed(api.sender, { ...load, count: Math.min(count, 2000) }); // warm-up: JIT, connections, stream creation
  const figures = await sendClosed(api.sender, { ...load, count });
  log(`${label}: ${count} requests, ${clients} clients`);
  for (const line of describeLoad(figures)) log(`  ${line}`);
  if (figures.failed > 0) throw new Error(`${label}: ${figures.failed} requests failed`);
  return figures;
}

/** Saturation with the rate limiter off, then on (left on). */
async function saturation(label: string, api: Target, path: string, body: string, count: number) {
  await useLimiter(false);
  const off = await phase(`${label}, rate limiter off`, api, path, body, count);
  await useLimiter(true);
  const on = await phase(`${label}, rate limiter on`, api, path, body, count);
  return { off, on };
}

export async function run(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const redis = await startRedis();
  const env = {
    SLUICE_REDIS_URL: `redis://${redis.host}:${redis.port}`,
    SLUICE_REPLY_MODE: "stream",
    SLUICE_REQUEST_BACKLOG_LIMIT: "1000000",
  };
  Object.assign(process.env, env);
  const token = await serveWithDevToken();
  const probe = createRedisClient({ ...redis.target, connectionName: "bench-requests-cpu" });
  let proxy: ChildProcess | undefined;
  let sender: ChildProcess | undefined;
  let api: LocalServer | undefined;
  try {
    proxy = await startProxy(env);
    sender = await startSender();
    const direct = {
      method: "POST" as const,
      path: "/bench/direct-echo",
      handler: route(
        ({ rawBody, headers }) => ({
          headers: { "content-type": headers["content-type"] ?? "application/octet-stream" },
          rawBody,
        }),
        { body: "raw" },
      ),
    };
    api = await createLocalServer({
      routes: [...(await loadRoutes()), direct],
      port: 0,
      tokens: localServerTokens(loadHttpConfig()),
    });
    log(`requests bench: local API ${api.url}, redis-server ${redis.port}, proxy worker pid ${proxy.pid}`);
    const body = '{"hello":"sluice"}';
    const target = { server: api, token, sender };
    const rrPath = "/v1/requests/echo";
    const saturated = await inRounds(options.rounds, {
      direct: () => saturation("direct (in-process echo)", target, direct.path, body, options.count),
      rr: () =>
        saturation("request-reply (echo via Redis and a proxy worker)", target, rrPath, body, options.count),
    });
    await useLimiter(true); // the platform default (saturation leaves it on too)
    const paced = await runPaced({
      sender,
      redis: probe,
      proxyPid: proxy.pid as number,
      load: {
        body,
        headers: bearerHeader(token),
        seconds: options.seconds,
        connections: CLIENTS,
        timeoutMs: 30_000,
      },
      baseUrl: api.url,
      paths: { direct: direct.path, rr: rrPath },
      rounds: options.rounds,
      log,
    });
    const { capacity } = await inRounds(options.rounds, {
      capacity: () =>
        phase(
          `capacity (${TERMINALS} terminals, ${DELAY_MS} ms delay)`,
          target,
          "/v1/requests/delay",
          JSON.stringify({ ms: DELAY_MS }),
          options.capacityCount,
          2 * TERMINALS,
        ),
    });
    const capacityRps = medianOf(capacity, (r) => r.rps);
    const theory = (TERMINALS * 1000) / DELAY_MS;
    const round = (n: number) => Math.round(n * 1000) / 1000;
    const { direct: d, rr } = saturated;
    console.log(
      JSON.stringify({
        bench: "requests",
        direct_rps: medianOf(d, (r) => r.off.rps),
        rr_rps: medianOf(rr, (r) => r.off.rps),
        ratio: round(medianRatio(rr, d, (a, b) => a.off.rps / b.off.rps)),
        direct_p99_ms: medianOf(d, (r) => r.off.p99_ms),
        rr_p50_ms: medianOf(rr, (r) => r.off.p50_ms),
        rr_p99_ms: medianOf(rr, (r) => r.off.p99_ms),
        limiter: {
          direct_rps: medianOf(d, (r) => r.on.rps),
          direct_p50_ms: medianOf(d, (r) => r.on.p50_ms),
          direct_p99_ms: medianOf(d, (r) => r.on.p99_ms),
          direct_of_off: round(medianOf(d, (r) => r.on.rps / r.off.rps)),
          rr_rps: medianOf(rr, (r) => r.on.rps),
          rr_p50_ms: medianOf(rr, (r) => r.on.p50_ms),
          rr_p99_ms: medianOf(rr, (r) => r.on.p99_ms),
          rr_of_off: round(medianOf(rr, (r) => r.on.rps / r.off.rps)),
          ratio: round(medianRatio(rr, d, (a, b) => a.on.rps / b.on.rps)),
        },
        ...paced,
        capacity_rps: capacityRps,
        capacity_of_theory: round(capacityRps / theory),
      }),
    );
  } finally {
    if (sender) await closeChild(sender);
    await api?.close(2000);
    await disconnect();
    probe.disconnect();
    if (proxy && proxy.exitCode === null) {
      proxy.kill("SIGTERM");
      await once(proxy, "exit");
    }
    await redis.stop();
  }
}
