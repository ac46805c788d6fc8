// The open-loop part of `npm run bench -- requests`: at each offered rate, direct and request-reply take turns
// (inRounds), each a paced load from a sender process of its own (requests-sender.ts) over at most 150
// connections, latency timed from the schedule. The overhead of request-reply at a rate is the median over rounds of
// (rr p99 − direct p99) within a round. CPU per request of the bench process (the HTTP server and its handlers),
// the proxy worker and redis-server shows where the overhead's work is done.
import type { ChildProcess } from "node:child_process";
import type { RedisClient } from "@sluice/streams";
import { describePaced, type PacedFigures, type PacedLoad } from "../load/paced-load.ts";
import { processCpuMs } from "./child-process.ts";
import { cpuMark, cpuSince, perEntry } from "./cpu.ts";
import { sendPaced } from "./requests-sender.ts";
import { inRounds, medianOf, medianRatio } from "./rounds.ts";

export const RATES = [500, 1000, 2000] as const;

export interface PacedContext {
  sender: ChildProcess;
  redis: RedisClient;
  proxyPid: number;
  /** The load of every phase but its path and rate. */
  load: Omit<PacedLoad, "url" | "rate">;
  baseUrl: string;
  paths: { direct: string; rr: string };
  rounds: number;
  log: (line: string) => void;
}

interface PacedRun {
  figures: PacedFigures;
  /** CPU µs per request: the bench process (HTTP server), the proxy worker, redis-server. */
  cpu: { server: number; proxy: number; redis: number };
}

async function pacedPhase(ctx: PacedContext, label: string, path: string, rate: number): Promise<PacedRun> {
  const load: PacedLoad = { ...ctx.load, url: `${ctx.baseUrl}${path}`, rate };
  const mark = await cpuMark(ctx.redis);
  const proxyMark = await processCpuMs(ctx.proxyPid);
  const figures = await sendPaced(ctx.sender, load);
  const used = await cpuSince(ctx.redis, mark);
  const proxyMs = (await processCpuMs(ctx.proxyPid)) - proxyMark;
  const perRequest = (ms: number) => Math.round((ms * 1e6) / figures.requests) / 1000;
  ctx.log(`${label} at ${rate} requests/s, ${load.seconds} s open loop, ${load.connections} connections`);
  for (const line of describePaced(figures)) ctx.log(`  ${line}`);
  ctx.log(
    `  cpu per request: ${perEntry(figures.requests, { server: used.selfMs, proxy: proxyMs, "redis-server": used.redisMs })}`,
  );
  if (figures.failed > 0) throw new Error(`${label} at ${rate}/s: ${figures.failed} requests failed`);
  return {
    figures,
    cpu: { server: perRequest(used.selfMs), proxy: perRequest(proxyMs), redis: perRequest(used.redisMs) },
  };
}

/**
 * Every rate, direct and rr in rounds; returns the JSON figures: `<direct|rr>_<rps|p50_ms|p99_ms>_at_<rate>`,
 * `overhead_p99_ms_at_<rate>`, CPU µs per request at each rate (`direct_server_cpu_us_at_<rate>`, `rr_server_…`,
 * `rr_proxy_…`, `rr_redis_…`) and the most the sender fell behind its schedule in any phase.
 */
export async function runPaced(ctx: PacedContext): Promise<Record<string, number>> {
  const json: Record<string, number> = {};
  let behindMax = 0;
  for (const rate of RATES) {
    const runs = await inRounds(
      ctx.rounds,
      {
        direct: () => pacedPhase(ctx, "direct (in-process echo)", ctx.paths.direct, rate),
        rr: () => pacedPhase(ctx, "request-reply (echo via Redis and a proxy worker)", ctx.paths.rr, rate),
      },
      ctx.log,
    );
    for (const [name, results] of Object.entries(runs)) {
      json[`${name}_rps_at_${rate}`] = medianOf(results, (r) => r.figures.rps);
      json[`${name}_p50_ms_at_${rate}`] = medianOf(results, (r) => r.figures.p50_ms);
      json[`${name}_p99_ms_at_${rate}`] = medianOf(results, (r) => r.figures.p99_ms);
      for (const r of results) behindMax = Math.max(behindMax, r.figures.behind_max_ms);
    }
    const overhead = medianRatio(
      runs.rr,
      runs.direct,
      (rr, direct) => rr.figures.p99_ms - direct.figures.p99_ms,
    );
    json[`overhead_p99_ms_at_${rate}`] = Math.round(overhead * 1000) / 1000;
    json[`direct_server_cpu_us_at_${rate}`] = medianOf(runs.direct, (r) => r.cpu.server);
    json[`rr_server_cpu_us_at_${rate}`] = medianOf(runs.rr, (r) => r.cpu.server);
    json[`rr_proxy_cpu_us_at_${rate}`] = medianOf(runs.rr, (r) => r.cpu.proxy);
    json[`rr_redis_cpu_us_at_${rate}`] = medianOf(runs.rr, (r) => r.cpu.redis);
    ctx.log(`at ${rate} requests/s: p99 overhead of request-reply ${json[`overhead_p99_ms_at_${rate}`]} ms`);
  }
  json.sender_behind_max_ms = behindMax;
  return json;
}
