// `npm run bench -- requests [--count N] [--quick]`: request-reply against the local stack, 150 clients at once.
// (a) direct: the local HTTP server answering an echo route in-process (authenticated like every route, route() of
// functions/shared/http-route.ts); (b) rr: POST /v1/requests/echo through Redis and a proxy worker process (like a
// Fargate task); each of the two with and without the per-caller rate limiter (one EVALSHA per request, its rate
// set far above the load so nothing is refused: what is measured is its cost); (c) capacity, limiter on: 150
// terminals with a 150 ms `delay` route, where theory allows 150 / 0.15 s = 1,000 requests/s. All through the same
// local API Gateway v2 server, every request with npm start's development token.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createLocalServer, type LocalServer } from "@sluice/http";
import { startRedis } from "@sluice/testing";
import { loadHttpConfig, localServerTokens } from "../../functions/config/http.ts";
import { route } from "../../functions/shared/http-route.ts";
import { disconnect } from "../../functions/shared/lazy-clients.ts";
import { loadRoutes } from "../../functions/shared/load-routes.ts";
import { describeLoad, type LoadFigures, measureHttp } from "../load/run-load.ts";
import { bearerHeader } from "../start/bearer-auth.ts";
import { serveWithDevToken } from "../start/dev-token.ts";
import { UsageError } from "../usage-error.ts";

const CLIENTS = 150;
const TERMINALS = 150;
const DELAY_MS = 150;
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const log = (line: string) => console.log(line);

function parseOptions(argv: string[]): { count: number; capacityCount: number } {
  let values: { count?: string; quick?: boolean };
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: { count: { type: "string" }, quick: { type: "boolean" } },
    }).values;
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message}\nusage: npm run bench -- requests [--count N] [--quick]`,
    );
  }
  const count = values.count === undefined ? (values.quick ? 3000 : 20_000) : Number(values.count);
  if (!Number.isSafeInteger(count) || count < CLIENTS)
    throw new UsageError(`--count must be an integer ≥ ${CLIENTS}`);
  // Capacity: about 10 s (3 s quick) at the theoretical 1,000 requests/s.
  return { count, capacityCount: values.quick ? 3000 : 10_000 };
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

async function phase(
  label: string,
  api: { server: LocalServer; token: string },
  path: string,
  body: string,
  count: number,
) {
  const load = {
    url: `${api.server.url}${path}`,
    body,
    headers: bearerHeader(api.token),
    concurrency: CLIENTS,
    timeoutMs: 30_000,
  };
  await measureHttp({ ...load, count: Math.min(count, 2000) }); // warm-up: JIT, connections, stream creation
  const figures = await measureHttp({ ...load, count });
  log(`${label}: ${count} requests, ${CLIENTS} clients`);
  for (const line of describeLoad(figures)) log(`  ${line}`);
  if (figures.failed > 0) throw new Error(`${label}: ${figures.failed} requests failed`);
  return figures;
}

export async function run(argv: string[]): Promise<void> {
  const { count, capacityCount } = parseOptions(argv);
  const redis = await startRedis();
  const env = {
    SLUICE_REDIS_URL: `redis://${redis.host}:${redis.port}`,
    SLUICE_REPLY_MODE: "stream",
    SLUICE_REQUEST_BACKLOG_LIMIT: "1000000",
  };
  Object.assign(process.env, env);
  const token = await serveWithDevToken();
  let proxy: ChildProcess | undefined;
  let api: LocalServer | undefined;
  try {
    proxy = await startProxy(env);
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
    const target = { server: api, token };
    const both = async (label: string, path: string) => {
      await useLimiter(false);
      const off = await phase(`${label}, rate limiter off`, target, path, body, count);
      await useLimiter(true);
      const on = await phase(`${label}, rate limiter on`, target, path, body, count);
      return { off, on };
    };
    const directRuns = await both("direct (in-process echo)", direct.path);
    const directFigures: LoadFigures = directRuns.off;
    const rrRuns = await both("request-reply (echo via Redis and a proxy worker)", "/v1/requests/echo");
    const rr = rrRuns.off;
    const capacity = await phase(
      `capacity (${TERMINALS} terminals, ${DELAY_MS} ms delay)`,
      target,
      "/v1/requests/delay",
      JSON.stringify({ ms: DELAY_MS }),
      capacityCount,
    );
    const theory = (TERMINALS * 1000) / DELAY_MS;
    const round = (n: number) => Math.round(n * 1000) / 1000;
    console.log(
      JSON.stringify({
        bench: "requests",
        direct_rps: directFigures.rps,
        rr_rps: rr.rps,
        ratio: round(rr.rps / directFigures.rps),
        direct_p99_ms: directFigures.p99_ms,
        rr_p50_ms: rr.p50_ms,
        rr_p99_ms: rr.p99_ms,
        limiter: {
          direct_rps: directRuns.on.rps,
          direct_p50_ms: directRuns.on.p50_ms,
          direct_p99_ms: directRuns.on.p99_ms,
          direct_of_off: round(directRuns.on.rps / directFigures.rps),
          rr_rps: rrRuns.on.rps,
          rr_p50_ms: rrRuns.on.p50_ms,
          rr_p99_ms: rrRuns.on.p99_ms,
          rr_of_off: round(rrRuns.on.rps / rr.rps),
        },
        capacity_rps: capacity.rps,
        capacity_of_theory: round(capacity.rps / theory),
      }),
    );
  } finally {
    await api?.close(2000);
    await disconnect();
    if (proxy && proxy.exitCode === null) {
      proxy.kill("SIGTERM");
      await once(proxy, "exit");
    }
    await redis.stop();
  }
}
