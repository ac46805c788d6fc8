// Open-loop HTTP load: requests sent on a fixed schedule (a constant arrival rate) whether or not earlier ones have
// answered, over at most `connections` keep-alive connections, with latency measured from each request's scheduled
// send time, so that a slow server cannot hide its queueing by slowing the sender (coordinated omission).
// autocannon's `overallRate`/`connectionRate` do not do this: each connection keeps one request in flight and gets a
// per-second budget (a burst at the top of each second, then a pause), and latency is timed from the actual send.
import { Agent, request } from "node:http";
import { percentileOfSorted } from "@sluice/observability";
import type { LoadFigures } from "./run-load.ts";

export interface PacedLoad {
  url: string;
  body: string;
  headers: Record<string, string>;
  /** Requests per second offered: the i-th request is due i / rate s after the start. */
  rate: number;
  seconds: number;
  /** Keep-alive connections at most; a request due while all are busy waits for one (and counts as behind). */
  connections: number;
  timeoutMs: number;
}

/**
 * The closed-loop load's figures (run-load.ts) less what only autocannon reports, measured from the schedule:
 * `rps` from the first request's due time to the last answer, latencies from each request's scheduled send to the
 * last byte of its answer; `failed` counts requests without a 2xx answer (errors and timeouts included).
 */
export interface PacedFigures
  extends Pick<
    LoadFigures,
    "requests" | "failed" | "rps" | "p50_ms" | "p90_ms" | "p99_ms" | "max_ms" | "by_status"
  > {
  rate: number;
  /** How far behind its schedule a request got a connection (timer lateness and waits for a free connection), ms. */
  behind_p99_ms: number;
  behind_max_ms: number;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Offers `rate` POSTs per second for `seconds`, open loop, and reports latency from the schedule. */
export async function measurePaced(load: PacedLoad): Promise<PacedFigures> {
  const total = Math.round(load.rate * load.seconds);
  const interval = 1000 / load.rate;
  const agent = new Agent({ keepAlive: true, maxSockets: load.connections });
  const body = Buffer.from(load.body);
  const headers = { "content-type": "application/json", "content-length": body.length, ...load.headers };
  const latencies = new Float64Array(total);
  const behind = new Float64Array(total);
  const byStatus: Record<string, number> = {};
  let answered = 0;
  let failed = 0;
  let lastAnswer = 0;
  const answers: Promise<void>[] = [];
  const send = (due: number, i: number) =>
    new Promise<void>((resolve) => {
      let settled = false;
      const done = (status: string) => {
        if (settled) return;
        settled = true;
        lastAnswer = performance.now();
        latencies[i] = lastAnswer - due;
        byStatus[status] = (byStatus[status] ?? 0) + 1;
        if (!status.startsWith("2")) failed += 1;
        answered += 1;
        resolve();
      };
      const req = request(load.url, { method: "POST", agent, headers, timeout: load.timeoutMs }, (res) => {
        res.resume();
        res.on("end", () => done(String(res.statusCode)));
        res.on("error", () => done("error"));
      });
      req.on("socket", () => {
        behind[i] = performance.now() - due;
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", (error) => done(error.message === "timeout" ? "timeout" : "error"));
      req.end(body);
    });
  const start = performance.now();
  let sent = 0;
  await new Promise<void>((finish) => {
    const tick = () => {
      const now = performance.now();
      for (; sent < total && start + sent * interval <= now; sent++)
        answers.push(send(start + sent * interval, sent));
      if (sent === total) return finish();
      setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    tick();
  });
  await Promise.all(answers);
  agent.destroy();
  latencies.sort();
  behind.sort();
  const ms = (samples: Float64Array, p: number) => round(percentileOfSorted(samples, p));
  return {
    rate: load.rate,
    requests: answered,
    failed,
    rps: Math.round((answered * 1000) / (lastAnswer - start)),
    p50_ms: ms(latencies, 50),
    p90_ms: ms(latencies, 90),
    p99_ms: ms(latencies, 99),
    max_ms: ms(latencies, 100),
    behind_p99_ms: ms(behind, 99),
    behind_max_ms: ms(behind, 100),
    by_status: byStatus,
  };
}

/** One line each: offered and achieved rate, latency from the schedule, how far behind the sender got. */
export function describePaced(figures: PacedFigures): string[] {
  const statuses = Object.entries(figures.by_status).map(([status, count]) => `${status}: ${count}`);
  return [
    `offered ${figures.rate} requests/s, answered ${figures.rps} requests/s (${statuses.join(", ")})`,
    `latency from schedule: p50 ${figures.p50_ms} ms, p90 ${figures.p90_ms} ms, p99 ${figures.p99_ms} ms, max ${figures.max_ms} ms`,
    `sender behind schedule: p99 ${figures.behind_p99_ms} ms, max ${figures.behind_max_ms} ms`,
  ];
}
