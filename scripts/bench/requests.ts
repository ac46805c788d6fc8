// `npm run bench -- requests [--count N] [--quick]`: request-reply against the local stack, 150 clients at once.
// (a) direct: the local HTTP server answering an echo route in-process; (b) rr: POST /v1/requests/echo through
// Redis and a proxy worker process (like a Fargate task); (c) capacity: 150 terminals with a 150 ms `delay` route,
// where theory allows 150 / 0.15 s = 1,000 requests/s. All through the same local API Gateway v2 server, every request
// with npm start's development token.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createLocalServer, httpHandler, type LocalServer } from "@sluice/http";
import { startRedis } from "@sluice/testing";
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
      handler: httpHandler(
        ({ rawBody, headers }) => ({
          headers: { "content-type": headers["content-type"] ?? "application/octet-stream" },
          rawBody,
        }),
        { body: "raw" },
      ),
    };
    api = await createLocalServer({ routes: [...(await loadRoutes()), direct], port: 0 });
    log(`requests bench: local API ${api.url}, redis-server ${redis.port}, proxy worker pid ${proxy.pid}`);
    const body = '{"hello":"sluice"}';
    const target = { server: api, token };
    const directFigures: LoadFigures = await phase(
      "direct (in-process echo)",
      target,
      direct.path,
      body,
      count,
    );
    const rr = await phase(
      "request-reply (echo via Redis and a proxy worker)",
      target,
      "/v1/requests/echo",
      body,
      count,
    );
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
