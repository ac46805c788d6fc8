// The HTTP phase of `npm run bench -- publish`: what a client of POST /v1/streams/{stream}/messages sees of durable
// and idempotent publish. The local API Gateway v2 server serves the real route handler (its producer on
// SLUICE_REDIS_URL, as deployed); autocannon keeps CONNECTIONS single-entry publishes in flight, with
// `Idempotency-Key` fresh per request and/or `Sluice-Durability: replicated`. After a plain warm-up, rounds of one
// second per mode (each round starting with the next mode, so the shared machine's drift lands on all alike); the
// figures are the medians over rounds, the ratios the medians of each round's ratios to plain. Every request carries
// npm start's development token, the server reads its table.
import { createLocalServer, type RouteDefinition } from "@sluice/http";
import { retryUntil } from "@sluice/testing";
import { loadHttpConfig, localServerTokens } from "../../functions/config/http.ts";
import { httpRoutes } from "../../functions/http/route-table.ts";
import { disconnect } from "../../functions/shared/lazy-clients.ts";
import { loadRoutes } from "../../functions/shared/load-routes.ts";
import { measureHttp } from "../load/run-load.ts";
import { bearerHeader } from "../start/bearer-auth.ts";
import { serveWithDevToken } from "../start/dev-token.ts";
import { median } from "./median.ts";

const CONNECTIONS = 32;
const PATH = "/v1/streams/{stream}/messages";

export interface HttpPublishMode {
  durable: boolean;
  keyed: boolean;
}

const FIGURES = ["rps", "p50_ms", "p99_ms"] as const;
type ModeFigures = Record<(typeof FIGURES)[number], number>;

const round3 = (n: number) => Math.round(n * 1000) / 1000;
/** Each figure's median over `rounds`, rounded. */
const medians = (rounds: ModeFigures[]): ModeFigures =>
  Object.fromEntries(FIGURES.map((k) => [k, round3(median(rounds.map((r) => r[k])))])) as ModeFigures;

/**
 * The publish route, counting its handler calls in flight: autocannon drops its connections when the time is up,
 * and the requests it abandons must end before the next mode starts or the clients close.
 */
async function countedPublishRoute() {
  const [route] = await loadRoutes(httpRoutes.filter((r) => r.method === "POST" && r.path === PATH));
  if (!route) throw new Error(`no route POST ${PATH}`);
  const counted = { inFlight: 0, route };
  counted.route = {
    ...route,
    handler: async (...args: Parameters<RouteDefinition["handler"]>) => {
      counted.inFlight += 1;
      try {
        return await route.handler(...args);
      } finally {
        counted.inFlight -= 1;
      }
    },
  };
  return counted;
}

/** Requests/s and p50/p99 latency per mode, and each other mode's over plain's (`plain` must be one of `modes`). */
export async function measureHttpPublish(
  redisUrl: string,
  modes: Record<string, HttpPublishMode>,
  options: { rounds: number; data: string; log: (line: string) => void },
) {
  const { rounds, log } = options;
  process.env.SLUICE_REDIS_URL = redisUrl;
  const token = await serveWithDevToken();
  // What publish costs, without the per-caller rate limit (the requests bench measures that).
  process.env.SLUICE_API_RATE_PER_SECOND = "off";
  const publishRoute = await countedPublishRoute();
  const api = await createLocalServer({
    routes: [publishRoute.route],
    port: 0,
    tokens: localServerTokens(loadHttpConfig()),
  });
  const body = `{"type":"bench.publish","data":${options.data}}`;
  const idle = () =>
    retryUntil(
      async () => {
        if (publishRoute.inFlight > 0) throw new Error(`${publishRoute.inFlight} still in flight`);
      },
      { waitingFor: "the requests autocannon abandoned to end", timeoutMs: 10_000 },
    );
  const publish = async (name: string, { durable, keyed }: HttpPublishMode, seconds: number) => {
    const figures = await measureHttp({
      url: `${api.url}${PATH.replace("{stream}", `bench-http-${name.replace("+", "-")}`)}`,
      body,
      headers: {
        ...bearerHeader(token),
        ...(keyed && { "idempotency-key": "bench-[<id>]" }),
        ...(durable && { "sluice-durability": "replicated" }),
      },
      concurrency: CONNECTIONS,
      seconds,
      timeoutMs: 10_000,
    });
    await idle();
    if (figures.failed > 0) throw new Error(`HTTP ${name}: ${figures.failed} of ${figures.requests} failed`);
    return { rps: figures.rps, p50_ms: figures.p50_ms, p99_ms: figures.p99_ms };
  };
  const names = Object.keys(modes);
  try {
    log(
      `HTTP: warm-up (plain, not reported); then ${rounds} rounds of 1 s per mode, ${CONNECTIONS} connections`,
    );
    await publish("warm-up", { durable: false, keyed: false }, 2);
    const byMode: Record<string, ModeFigures[]> = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round < rounds; round += 1) {
      const first = round % names.length;
      for (const name of [...names.slice(first), ...names.slice(0, first)])
        byMode[name]?.push(await publish(name, modes[name] as HttpPublishMode, 1));
    }
    const plain = byMode.plain as ModeFigures[];
    const figures = Object.fromEntries(names.map((name) => [name, medians(byMode[name] as ModeFigures[])]));
    const ratios = Object.fromEntries(
      names
        .filter((name) => name !== "plain")
        .map((name) => {
          const each = (byMode[name] as ModeFigures[]).map(
            (f, round) =>
              Object.fromEntries(
                FIGURES.map((k) => [k, f[k] / (plain[round] as ModeFigures)[k]]),
              ) as ModeFigures,
          );
          return [name, medians(each)];
        }),
    );
    for (const name of names) {
      const f = figures[name] as ModeFigures;
      const r = ratios[name];
      const versus = r ? ` (× ${r.rps}, × ${r.p50_ms}, × ${r.p99_ms} of plain)` : "";
      log(`HTTP ${name}: ${f.rps} requests/s, p50 ${f.p50_ms} ms, p99 ${f.p99_ms} ms${versus}`);
    }
    return { connections: CONNECTIONS, rounds, round_s: 1, modes: figures, ratios_to_plain: ratios };
  } finally {
    await api.close(2000);
    await disconnect();
  }
}
