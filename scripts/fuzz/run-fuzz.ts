// `npm run fuzz`'s run: a redis-server of its own, the launcher's api, gateway and proxy processes on it (the proxy
// serves route `echo`, so that valid request-reply calls get answers) with one all-scopes token, a warm-up of the same
// mix (not counted, so that lazily loaded code and caches are in place), the servers' RSS, the fuzzing itself for the
// given time with bounded concurrency, and the RSS again. RSS is /proc VmRSS right after a full GC in the process
// (the launcher's sample()), taken after the processes had SETTLE_MS without traffic, the lower of two samples a
// second apart (per process). Every case that got a 5xx, a reset or a hang is written to the out dir as it happens.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { Agent } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import * as grpc from "@grpc/grpc-js";
import { startRedis } from "@sluice/testing";
import { Random } from "../generate/bsky-random.ts";
import { type Launched, launch, type ServiceName } from "../launcher/launch.ts";
import { caseToJson, type FuzzCase } from "./fuzz-case.ts";
import { fuzzCredentials } from "./fuzz-credentials.ts";
import type { FuzzOptions } from "./fuzz-options.ts";
import { GrpcCases } from "./grpc-cases.ts";
import { HttpCases } from "./http-cases.ts";
import { type Outcome, sendGrpc, sendHttp } from "./send-case.ts";

/** No answer within this long is a hang. */
export const HANG_MS = 10_000;
const SETTLE_MS = 3000;
const PROGRESS_EVERY_MS = 5000;
/** The servers whose RSS is reported: the two front doors. */
const MEASURED: readonly ServiceName[] = ["api", "gateway"];
const MB = 1024 * 1024;

export interface FuzzReport {
  bench: "fuzz";
  seed: string;
  seconds: number;
  requests: number;
  by_status: Record<string, number>;
  "5xx": number;
  resets: number;
  hangs: number;
  rss_mb_before: number;
  rss_mb_after: number;
  /** Per route and RPC: cases sent, and how many were answered 2xx / OK. */
  by_target: Record<string, { requests: number; ok: number }>;
  /** Where the failing cases were saved (absolute), when there were any. */
  saved?: string;
}

/** A source of cases: HTTP and gRPC in turn. */
function caseSource(seed: string, token: string, credentials: ReturnType<typeof fuzzCredentials>) {
  const random = new Random(seed);
  const http = new HttpCases(random, credentials.httpHeaders, token);
  const grpcCases = new GrpcCases(random, credentials.grpcMetadata, token);
  let n = 0;
  return (): FuzzCase => (n++ % 2 === 0 ? http.next() : grpcCases.next());
}

/**
 * The summed RSS of the measured servers after a settle, MB: the lower of two samples. Each process's RSS and heap
 * after GC are printed, which tells a leak (heap) from memory the allocator keeps (RSS alone).
 */
async function settledRssMb(launched: Launched, print: (line: string) => void): Promise<number> {
  await sleep(SETTLE_MS);
  const sample = () => Promise.all(MEASURED.map((name) => launched.services[name].sample()));
  const first = await sample();
  await sleep(1000);
  const second = await sample();
  const lower = MEASURED.map((_, i) =>
    (first[i]?.rssBytes ?? 0) <= (second[i]?.rssBytes ?? 0) ? first[i] : second[i],
  );
  const mb = (bytes = 0) => (bytes / MB).toFixed(1);
  print(
    `fuzz: ${MEASURED.map((name, i) => `${name} RSS ${mb(lower[i]?.rssBytes)} MB, heap ${mb(lower[i]?.heapUsedBytes)} MB`).join("; ")}`,
  );
  const total = lower.reduce((sum, one) => sum + (one?.rssBytes ?? 0), 0);
  return Math.round((total / MB) * 10) / 10;
}

export async function runFuzz(options: FuzzOptions, print: (line: string) => void): Promise<FuzzReport> {
  const credentials = fuzzCredentials();
  const redis = await startRedis({ maxmemory: "2gb", maxmemoryPolicy: "noeviction" });
  const dir = await mkdtemp(join(tmpdir(), "sluice-fuzz-"));
  const out = resolve(options.out);
  let launched: Launched | undefined;
  let client: grpc.Client | undefined;
  let failed = true;
  try {
    print(`fuzz: seed ${options.seed}; redis-server on port ${redis.port}; launching (logs in ${dir})`);
    launched = await launch({
      redisUrl: `redis://${redis.host}:${redis.port}`,
      dir,
      // One caller sends everything, far over the per-caller rate: at the default most HTTP cases would stop at the
      // limiter's 429 before the route. The limiter still runs on every request.
      env: { ...credentials.env, SLUICE_PROXY_ROUTES: "echo", SLUICE_API_RATE_PER_SECOND: "1000000" },
      services: ["api", "gateway", "proxy"],
    });
    const base = new URL(launched.apiUrl);
    client = new grpc.Client(launched.grpcAddress, grpc.credentials.createInsecure());
    const grpcClient = client;

    /**
     * Sends cases from `next` with `concurrency` workers for `seconds`; `record` sees each outcome. HTTP connections
     * are kept alive within a phase only: one left idle through a settle could be closed by the server (its keep-alive
     * timeout, 5 s) just as it is reused, a reset of the client's own making.
     */
    const drive = async (
      next: () => FuzzCase,
      seconds: number,
      record: (c: FuzzCase, o: Outcome) => void,
    ) => {
      const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
      const send = (fuzzCase: FuzzCase): Promise<Outcome> =>
        fuzzCase.kind === "http"
          ? sendHttp(base, agent, fuzzCase, HANG_MS)
          : sendGrpc(grpcClient, fuzzCase, HANG_MS);
      const end = performance.now() + seconds * 1000;
      const worker = async () => {
        while (performance.now() < end) {
          const fuzzCase = next();
          record(fuzzCase, await send(fuzzCase));
        }
      };
      await Promise.all(Array.from({ length: options.concurrency }, worker));
      agent.destroy();
    };

    print(`fuzz: warm-up ${options.warmupSeconds} s (not counted)`);
    await drive(
      caseSource(`${options.seed}/warmup`, credentials.token, credentials),
      options.warmupSeconds,
      () => {},
    );
    const rssBefore = await settledRssMb(launched, print);
    print(
      `fuzz: api + gateway RSS ${rssBefore} MB; fuzzing for ${options.seconds} s, ${options.concurrency} at a time`,
    );

    const byStatus: Record<string, number> = {};
    const byTarget: FuzzReport["by_target"] = {};
    const totals = { requests: 0, serverErrors: 0, resets: 0, hangs: 0, saved: 0 };
    const saving: Promise<void>[] = [];
    const started = performance.now();
    const progress = setInterval(() => {
      const rate = Math.round(totals.requests / ((performance.now() - started) / 1000));
      print(
        `fuzz: ${totals.requests.toLocaleString("en-US")} requests (${rate}/s), ${totals.serverErrors} 5xx, ${totals.resets} resets, ${totals.hangs} hangs`,
      );
    }, PROGRESS_EVERY_MS);
    await drive(
      caseSource(options.seed, credentials.token, credentials),
      options.seconds,
      (fuzzCase, outcome) => {
        totals.requests += 1;
        byStatus[outcome.status] = (byStatus[outcome.status] ?? 0) + 1;
        const target = byTarget[fuzzCase.target] ?? { requests: 0, ok: 0 };
        byTarget[fuzzCase.target] = target;
        target.requests += 1;
        if (/^(http_2\d\d|grpc_OK|grpc_stream_left_open)$/.test(outcome.status)) target.ok += 1;
        if (outcome.serverError) totals.serverErrors += 1;
        if (outcome.reset) totals.resets += 1;
        if (outcome.hang) totals.hangs += 1;
        if (!outcome.serverError && !outcome.reset && !outcome.hang) return;
        totals.saved += 1;
        const file = join(
          out,
          `${String(totals.saved).padStart(5, "0")}-${fuzzCase.kind}-${outcome.status}.json`,
        );
        print(`fuzz: ${outcome.status} from ${fuzzCase.target} (${fuzzCase.mutation}): ${file}`);
        saving.push(
          mkdir(out, { recursive: true }).then(() => writeFile(file, caseToJson(fuzzCase, outcome.status))),
        );
      },
    );
    clearInterval(progress);
    await Promise.all(saving);
    const rssAfter = await settledRssMb(launched, print);
    failed = totals.serverErrors + totals.resets + totals.hangs > 0;
    return {
      bench: "fuzz",
      seed: options.seed,
      seconds: options.seconds,
      requests: totals.requests,
      by_status: byStatus,
      "5xx": totals.serverErrors,
      resets: totals.resets,
      hangs: totals.hangs,
      rss_mb_before: rssBefore,
      rss_mb_after: rssAfter,
      by_target: byTarget,
      ...(totals.saved > 0 && { saved: out }),
    };
  } finally {
    client?.close();
    await launched?.stop();
    await redis.stop();
    if (failed) print(`fuzz: the processes' logs: ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}
