// One chaos run (`npm run chaos`, test/chaos.test.ts): a primary+replica behind the endpoint proxy, the launcher's
// processes against it, traffic through both front doors, then faults one at a time — each followed by recovery
// (timed) and by the topology returning to a primary with a caught-up replica before the next — for `minutes`
// (random faults from the seed) or through a fixed schedule, repeated while they last. Then traffic stops, the platform settles, the lake
// writer runs once more and the books are checked. Everything started is stopped on the way out, error or abort.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { S3Client } from "@aws-sdk/client-s3";
import { createRedisClient, type RedisClient } from "@sluice/streams";
import { Random } from "../generate/bsky-random.ts";
import { type Launched, launch } from "../launcher/launch.ts";
import { startAuditSubscriber } from "./audit-subscriber.ts";
import { type Books, checkBooks, unsettledGroups } from "./books.ts";
import { type FaultPlan, injectFault, randomFault } from "./faults.ts";
import { drainLake } from "./final-lake-run.ts";
import { type DeliverySampler, recoverySeconds, sampleDeliveries } from "./recovery.ts";
import { type ChaosReport, chaosReport, type FaultOutcome, faultLine, summaryLines } from "./report.ts";
import { startTopology, type Topology } from "./topology.ts";
import { CHAOS_STREAM, LAKE_STREAM, startTraffic, type Traffic } from "./traffic.ts";

/** The consumer service's group (its default). */
const CONSUMER_GROUP = "workers";
const LAKE_GROUP = "lake";
/** Short timeouts so that what a killed process held is redelivered within the run. */
const VISIBILITY_TIMEOUT_MS = 5000;
const SERVICE_ENV: Record<string, string> = {
  SLUICE_CONSUMER_STREAMS: CHAOS_STREAM,
  SLUICE_RETENTION: "off",
  SLUICE_VISIBILITY_TIMEOUT_MS: String(VISIBILITY_TIMEOUT_MS),
  SLUICE_GRPC_VISIBILITY_TIMEOUT_MS: String(VISIBILITY_TIMEOUT_MS),
  SLUICE_PROXY_VISIBILITY_TIMEOUT_MS: String(VISIBILITY_TIMEOUT_MS),
  SLUICE_PROXY_ROUTES: "echo",
  SLUICE_LAKE_STREAMS: LAKE_STREAM,
  SLUICE_LAKE_THREADS: "1",
  // As every deployed stage runs them (infra): lake commits and dead-letter moves confirmed by the replica.
  SLUICE_LAKE_DURABILITY: "replicated",
  SLUICE_DEAD_LETTER_DURABILITY: "replicated",
  SLUICE_JOB_SCHEDULES: JSON.stringify({ lakeWriter: "rate(1 minute)", increments: "rate(1 minute)" }),
};
/** A fault after which the platform has not recovered within this long is reported as not recovered. */
const RECOVERY_CAP_MS = 60_000;
/** Normal traffic between two faults. */
const QUIET_MS = 1000;
const SETTLE_TIMEOUT_MS = 90_000;
const LAKE_DRAIN_TIMEOUT_MS = 150_000;
const POLL_MS = 100;

export interface ChaosOptions {
  minutes: number;
  seed: number;
  /** A fixed schedule: these faults in order, repeated while `minutes` last (at least once), instead of random ones. */
  schedule?: FaultPlan[];
  /** Where the processes' logs go; default a new temp dir, kept when given, removed when not. */
  dir?: string;
  /** Progress lines. */
  print?: (line: string) => void;
  signal?: AbortSignal;
}

export interface ChaosResult {
  report: ChaosReport;
  books: Books;
  outcomes: FaultOutcome[];
  dir: string;
}

export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const { minutes, seed, schedule, print = () => {}, signal } = options;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), "sluice-chaos-")));
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
  try {
    const topology = await startTopology();
    cleanups.push(() => topology.stop());
    print(
      `${elapsed()} redis: primary ${topology.primary().port}, replica ${topology.replica().port}, endpoint ${topology.url}`,
    );
    const launched = await launch({
      redisUrl: topology.url,
      dir,
      env: SERVICE_ENV,
      restartDelayMs: 500,
      readyTimeoutMs: 60_000,
    });
    cleanups.push(() => launched.stop());
    print(`${elapsed()} launched: api ${launched.apiUrl}, gateway ${launched.grpcAddress}, logs in ${dir}`);
    const client = createRedisClient({ mode: "standalone", nodes: [topology.proxy], commandTimeoutMs: 2000 });
    client.on("error", () => {});
    cleanups.push(() => client.disconnect());
    const sampler = sampleDeliveries(client, CHAOS_STREAM, CONSUMER_GROUP);
    cleanups.push(() => sampler.stop());
    const audit = startAuditSubscriber(launched.grpcAddress, launched.token, CHAOS_STREAM);
    cleanups.push(() => audit.stop());
    const traffic = await startTraffic({
      apiUrl: launched.apiUrl,
      grpcAddress: launched.grpcAddress,
      token: launched.token,
      seed: String(seed),
    });
    // On an error or Ctrl-C, calls still retrying give up at once instead of within their budget.
    cleanups.push(() => traffic.stop({ abandon: true }));

    const warmUp = await awaitRecovery({ from: performance.now(), firstIndex: 0, traffic, sampler, signal });
    if (warmUp === undefined)
      throw new Error("the platform confirmed and delivered nothing in its first minute");
    print(`${elapsed()} traffic flowing (first publish confirmed and delivered in ${warmUp.toFixed(1)} s)`);

    const outcomes = await injectFaults({
      minutes,
      seed,
      schedule,
      topology,
      launched,
      traffic,
      sampler,
      print,
      elapsed,
      signal,
    });

    print(`${elapsed()} faults over: stopping traffic (calls in flight finish or give up)`);
    await traffic.stop();
    const settled = await settle(client, signal);
    print(
      `${elapsed()} ${settled ? "settled" : `not settled within ${SETTLE_TIMEOUT_MS / 1000} s (the books count what is left)`}; the lake writer runs once more`,
    );
    const runs = await drainLake({
      client,
      env: { ...launched.jobEnv, SLUICE_REDIS_URL: topology.url, SLUICE_LOCAL_DIR: dir, ...SERVICE_ENV },
      dir,
      stream: LAKE_STREAM,
      group: LAKE_GROUP,
      timeoutMs: LAKE_DRAIN_TIMEOUT_MS,
    });
    await audit.stop();
    sampler.stop();
    const s3 = new S3Client(launched.s3.client());
    cleanups.push(() => s3.destroy());
    const books = await checkBooks({
      client,
      s3,
      records: traffic.records,
      chaosStream: CHAOS_STREAM,
      lakeStream: LAKE_STREAM,
    });
    print(`${elapsed()} books checked (lake writer ran ${runs} time${runs === 1 ? "" : "s"} at the end)`);
    const faultTimes = outcomes.map((o) => ({ kind: o.kind, from: o.startedAt, to: o.endedAt }));
    for (const line of summaryLines(books, traffic.records, traffic.requests, traffic.frames, faultTimes))
      print(line);
    const report = chaosReport({
      minutes,
      seed,
      outcomes,
      books,
      redelivered: audit.redelivered(),
      requests: traffic.requests,
    });
    return { report, books, outcomes, dir };
  } finally {
    for (const cleanup of cleanups.reverse())
      await Promise.resolve()
        .then(cleanup)
        .catch(() => {});
    if (options.dir === undefined) await rm(dir, { recursive: true, force: true });
  }
}

type TimedOutcome = FaultOutcome & { startedAt: number; endedAt: number };

async function injectFaults(options: {
  minutes: number;
  seed: number;
  schedule: FaultPlan[] | undefined;
  topology: Topology;
  launched: Launched;
  traffic: Traffic;
  sampler: DeliverySampler;
  print: (line: string) => void;
  elapsed: () => string;
  signal: AbortSignal | undefined;
}): Promise<TimedOutcome[]> {
  const { minutes, seed, schedule, topology, launched, traffic, sampler, print, elapsed, signal } = options;
  const random = new Random(`${seed}/faults`);
  const endAt = performance.now() + minutes * 60_000;
  const outcomes: TimedOutcome[] = [];
  for (;;) {
    signal?.throwIfAborted();
    const timeLeft = performance.now() < endAt;
    const plan = schedule
      ? nextScheduled(schedule, outcomes.length, timeLeft)
      : timeLeft
        ? randomFault(random)
        : undefined;
    if (plan === undefined) return outcomes;
    const firstIndex = traffic.records.length;
    const injected = await injectFault(plan, topology, launched);
    const recoveryS = await awaitRecovery({
      from: injected.recoveryFrom,
      firstIndex,
      traffic,
      sampler,
      signal,
    });
    // A killed process: how long until it served again (the launcher's restart: 500 ms, then the process's start).
    const restartS = injected.ready
      ? await injected.ready().then(
          () => (performance.now() - injected.recoveryFrom) / 1000,
          () => undefined,
        )
      : undefined;
    const outcome: TimedOutcome = {
      kind: plan.kind,
      target: injected.target,
      durationS: (injected.recoveryFrom - injected.startedAt) / 1000,
      recoveryS,
      ...(restartS !== undefined && { restartS }),
      startedAt: injected.startedAt,
      endedAt: injected.recoveryFrom,
    };
    outcomes.push(outcome);
    print(`${elapsed()} ${faultLine(outcomes.length, outcome)}`);
    await topology.healthy(signal);
    await sleep(QUIET_MS, undefined, { signal });
  }
}

/** A fixed schedule's fault after `done` faults: the schedule whole, then again from its start while time is left. */
function nextScheduled(schedule: FaultPlan[], done: number, timeLeft: boolean): FaultPlan | undefined {
  const index = done % schedule.length;
  return index > 0 || done === 0 || timeLeft ? schedule[index] : undefined;
}

/** Polls until the platform recovered from `from` (seconds) or the cap passed (undefined). */
async function awaitRecovery(options: {
  from: number;
  firstIndex: number;
  traffic: Traffic;
  sampler: DeliverySampler;
  signal: AbortSignal | undefined;
}): Promise<number | undefined> {
  const { from, firstIndex, traffic, sampler, signal } = options;
  while (performance.now() - from < RECOVERY_CAP_MS) {
    const seconds = recoverySeconds({
      from,
      records: traffic.records,
      firstIndex,
      stream: CHAOS_STREAM,
      sampler,
    });
    if (seconds !== undefined) return seconds;
    await sleep(POLL_MS, undefined, { signal });
  }
  return undefined;
}

/** Waits until no group but the lake's (drained next) has entries pending or undelivered; false at the timeout. */
async function settle(client: RedisClient, signal: AbortSignal | undefined): Promise<boolean> {
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  while (performance.now() < deadline) {
    const left = await unsettledGroups(client, [`${LAKE_STREAM}/${LAKE_GROUP}`]).catch(() => undefined);
    if (left !== undefined && left.size === 0) return true;
    await sleep(500, undefined, { signal });
  }
  return false;
}
