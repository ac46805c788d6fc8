// HTTP load with autocannon: `measureHttp` for the benches (requests, publish), and `npm run load` against a
// deployed API.
import autocannon from "autocannon";
import { bearerHeader } from "../start/bearer-auth.ts";
import type { LoadOptions } from "./load-options.ts";

export type HttpLoad = {
  url: string;
  body: string;
  /** `[<id>]` in a header value or the body becomes a fresh id per request (URL-safe base64, about 24 characters). */
  headers?: Record<string, string>;
  /** Requests in flight at once. */
  concurrency: number;
  timeoutMs: number;
} & (
  | {
      /** Requests in all. */
      count: number;
    }
  | {
      /** For this long instead: whole seconds. */
      seconds: number;
    }
);

export interface LoadFigures {
  requests: number;
  failed: number;
  rps: number;
  p50_ms: number;
  p90_ms: number;
  p99_ms: number;
  max_ms: number;
  by_status: Record<string, number>;
  connection_errors: number;
  timeouts: number;
}

export type LoadSummary = LoadFigures & { mode: LoadOptions["mode"] };

/**
 * POSTs `count` JSON requests (or for `seconds`), `concurrency` at a time, with autocannon; a request fails without
 * a 2xx answer.
 */
export async function measureHttp(load: HttpLoad): Promise<LoadFigures> {
  // Timed here: autocannon's own duration is in whole seconds.
  const started = performance.now();
  const result = await autocannon({
    url: load.url,
    method: "POST",
    headers: { "content-type": "application/json", ...load.headers },
    body: load.body,
    connections: load.concurrency,
    ...("count" in load ? { amount: load.count } : { duration: load.seconds }),
    idReplacement: `${JSON.stringify(load.headers)}${load.body}`.includes("[<id>]"),
    timeout: Math.ceil(load.timeoutMs / 1000),
  });
  const seconds = (performance.now() - started) / 1000;
  const byStatus: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {}))
    byStatus[status] = Number(count);
  const answered = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const ok = Object.entries(byStatus)
    .filter(([status]) => status.startsWith("2"))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requests: answered + result.errors,
    failed: answered - ok + result.errors,
    rps: Math.round(answered / seconds),
    p50_ms: result.latency.p50,
    p90_ms: result.latency.p90,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
    by_status: byStatus,
    connection_errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** One line each: throughput, latency percentiles, responses by status. */
export function describeLoad(figures: LoadFigures): string[] {
  const statuses = Object.entries(figures.by_status).map(([status, count]) => `${status}: ${count}`);
  return [
    `throughput: ${figures.rps} requests/s`,
    `latency: p50 ${figures.p50_ms} ms, p90 ${figures.p90_ms} ms, p99 ${figures.p99_ms} ms, max ${figures.max_ms} ms`,
    `responses: ${statuses.join(", ") || "none"}; connection errors ${figures.connection_errors}, timeouts ${figures.timeouts}`,
  ];
}

/** `npm run load`: the request-reply route of a running Sluice API under load, reported. */
export async function runLoad(options: LoadOptions, log: (line: string) => void): Promise<LoadSummary> {
  const base = options.url.href.endsWith("/") ? options.url : `${options.url.href}/`;
  const target = new URL(`v1/requests/${options.route}`, base);
  log(
    `load: ${options.mode}, ${options.count} requests, ${options.concurrency} in flight → POST ${target.href}`,
  );
  const figures = await measureHttp({
    url: target.href,
    body: options.body,
    headers: bearerHeader(options.token),
    concurrency: options.concurrency,
    count: options.count,
    timeoutMs: options.timeoutMs,
  });
  const summary: LoadSummary = { mode: options.mode, ...figures };
  for (const line of describeLoad(figures)) log(line);
  log(JSON.stringify({ load: summary }));
  return summary;
}
