// `npm run soak`'s run: a redis-server of its own (noeviction), the launcher's topology on it with the consumer's
// retention on and the jobs on short schedules (the lake writer every minute, so the lake's stream is drained; the
// backups every few minutes), the steady load (soak-load.ts), and every interval a sample of each process (RSS,
// heap after a full GC, descriptors) and of Redis (used_memory, the server's RSS and descriptors), one progress line
// each. At the end the load stops, the topology and Redis stop, and the samples become the report (soak-report.ts).
// The processes' logs stay in a temp dir when the run fails, for the next engineer; they are removed when it passes.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createRedisClient } from "@sluice/streams";
import { startRedis } from "@sluice/testing";
import { type Launched, launch, SERVICE_NAMES, type ServiceName } from "../launcher/launch.ts";
import { processStats } from "../launcher/process-stats.ts";
import { reasonOf } from "./paced-calls.ts";
import { SOAK_STREAM, startSoakLoad } from "./soak-load.ts";
import type { SoakOptions } from "./soak-options.ts";
import { type ProcessSample, type RedisSample, type SoakReport, soakReport } from "./soak-report.ts";

/** Redis may use this much: far above what the load keeps in it, so a leak shows as a slope, not as OOM errors. */
const REDIS_MAXMEMORY = "1gb";

/** What every process of the topology runs with. */
const SOAK_ENVIRONMENT: Record<string, string> = {
  SLUICE_CONSUMER_STREAMS: SOAK_STREAM,
  SLUICE_RETENTION: "on",
  SLUICE_RETENTION_INTERVAL_MS: "10000",
  SLUICE_JOB_SCHEDULES: JSON.stringify({
    lakeWriter: "rate(1 minute)",
    increments: "rate(1 minute)",
    snapshot: "rate(5 minutes)",
    verification: "rate(10 minutes)",
    backupRetention: "rate(10 minutes)",
  }),
};

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

/** `12:30` for ms. */
function clock(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

async function usedMemory(client: ReturnType<typeof createRedisClient>): Promise<number> {
  const used = /^used_memory:(\d+)/m.exec(await client.info("memory"))?.[1];
  if (used === undefined) throw new Error("INFO memory has no used_memory");
  return Number(used);
}

export async function runSoak(options: SoakOptions, print: (line: string) => void): Promise<SoakReport> {
  const redis = await startRedis({ maxmemory: REDIS_MAXMEMORY, maxmemoryPolicy: "noeviction" });
  const client = createRedisClient({ ...redis.target, connectionName: "sluice:soak" });
  client.on("error", () => undefined); // a failed sample says so
  const dir = await mkdtemp(join(tmpdir(), "sluice-soak-"));
  let launched: Launched | undefined;
  let report: SoakReport | undefined;
  try {
    print(
      `soak: redis-server pid ${redis.pid} on port ${redis.port}; launching the topology (logs in ${dir})`,
    );
    launched = await launch({ redisUrl: `redis://${redis.host}:${redis.port}`, dir, env: SOAK_ENVIRONMENT });
    const services = launched.services;
    const names = SERVICE_NAMES.filter((name) => name in services);
    print(`launched: ${names.map((name) => `${name} pid ${services[name].pid}`).join(", ")}`);
    const load = await startSoakLoad({
      apiUrl: launched.apiUrl,
      grpcAddress: launched.grpcAddress,
      token: launched.token,
      rate: options.rate,
    });
    print(
      `load: ${options.rate} events/s for ${options.minutes} min; slopes after ${options.warmupMinutes} min; a sample every ${options.intervalSeconds} s`,
    );
    print(
      `time  ${names.map((name) => `${name} rss/heap MB/fds`).join("  ")}  redis used/rss MB/fds  load ok/failed`,
    );

    const processes = Object.fromEntries(names.map((name) => [name, [] as ProcessSample[]])) as Record<
      ServiceName,
      ProcessSample[]
    >;
    const redisSamples: RedisSample[] = [];
    const sampleErrors: string[] = [];
    const started = performance.now();
    const endMs = options.minutes * 60_000;
    const intervalMs = options.intervalSeconds * 1000;
    for (let tick = 0; tick * intervalMs <= endMs; tick += 1) {
      await sleep(Math.max(0, started + tick * intervalMs - performance.now()));
      const atMs = performance.now() - started;
      const [redisSample, ...processSamples] = await Promise.all([
        Promise.all([usedMemory(client), processStats(redis.pid as number)]).then(
          ([usedMemoryBytes, stats]): RedisSample => ({ atMs, usedMemoryBytes, ...stats }),
        ),
        ...names.map((name) =>
          services[name].sample().then(
            ({ rssBytes, heapUsedBytes, fds }): ProcessSample => ({ atMs, rssBytes, heapUsedBytes, fds }),
            // A process being restarted has none to give: the restart is counted at the end.
            (error: unknown) => void sampleErrors.push(`${name} at ${clock(atMs)}: ${reasonOf(error)}`),
          ),
        ),
      ]);
      redisSamples.push(redisSample);
      const columns = names.map((name, i) => {
        const sample = processSamples[i];
        if (!sample) return `${name} —`;
        processes[name].push(sample);
        return `${name} ${mb(sample.rssBytes)}/${mb(sample.heapUsedBytes)}/${sample.fds}`;
      });
      const counts = Object.values(load.counts());
      const ok = counts.reduce((sum, count) => sum + count.ok, 0);
      const failed = counts.reduce((sum, count) => sum + count.failed, 0);
      print(
        `${clock(atMs)}  ${columns.join("  ")}  redis ${mb(redisSample.usedMemoryBytes)}/${mb(redisSample.rssBytes)}/${redisSample.fds}  load ${ok}/${failed}`,
      );
    }
    await load.stop();
    for (const line of sampleErrors) print(`no sample: ${line}`);
    report = soakReport({
      options,
      processes: Object.fromEntries(
        names.map((name) => [name, { samples: processes[name], restarts: services[name].starts - 1 }]),
      ),
      redis: redisSamples,
      load: load.counts(),
    });
    return report;
  } finally {
    await launched?.stop();
    client.disconnect();
    await redis.stop();
    if (report?.pass) await rm(dir, { recursive: true, force: true });
    else print(`the processes' logs: ${dir}`);
  }
}
