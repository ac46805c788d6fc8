import autocannon from "autocannon";
import type { LoadOptions } from "./load-options.ts";

export interface LoadSummary {
  mode: LoadOptions["mode"];
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

/** Runs the load with autocannon and reports it; a request fails when it gets no 2xx answer. */
export async function runLoad(options: LoadOptions, log: (line: string) => void): Promise<LoadSummary> {
  const target = new URL(
    `v1/requests/${options.route}`,
    options.url.href.endsWith("/") ? options.url : `${options.url.href}/`,
  );
  log(
    `load: ${options.mode}, ${options.count} requests, ${options.concurrency} in flight → POST ${target.href}`,
  );
  const result = await autocannon({
    url: target.href,
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.apiKey !== undefined && { "x-api-key": options.apiKey }),
    },
    body: options.body,
    connections: options.concurrency,
    amount: options.count,
    timeout: Math.ceil(options.timeoutMs / 1000),
  });
  const byStatus: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {}))
    byStatus[status] = Number(count);
  const answered = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const ok = Object.entries(byStatus)
    .filter(([status]) => status.startsWith("2"))
    .reduce((sum, [, count]) => sum + count, 0);
  const summary: LoadSummary = {
    mode: options.mode,
    requests: answered + result.errors,
    failed: answered - ok + result.errors,
    rps: Math.round(answered / result.duration),
    p50_ms: result.latency.p50,
    p90_ms: result.latency.p90,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
    by_status: byStatus,
    connection_errors: result.errors,
    timeouts: result.timeouts,
  };
  log(`throughput: ${summary.rps} requests/s over ${result.duration.toFixed(1)} s`);
  log(
    `latency: p50 ${summary.p50_ms} ms, p90 ${summary.p90_ms} ms, p99 ${summary.p99_ms} ms, max ${summary.max_ms} ms`,
  );
  const statuses = Object.entries(byStatus).map(([status, count]) => `${status}: ${count}`);
  log(
    `responses: ${statuses.join(", ") || "none"}; connection errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  log(JSON.stringify({ load: summary }));
  return summary;
}
