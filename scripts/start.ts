// `npm start`: the local runtime. Redis from SLUICE_REDIS_URL or REDIS_URL, else a redis-server started here with its
// data in .sluice/redis; the HTTP API on 127.0.0.1:3000 served by the Lambda handlers themselves; proxy workers for
// request-reply (the Proxy service's runProxyWorker); the frame pipeline (runFramePipeline) and the gRPC gateway on
// 127.0.0.1:50051 (runGateway); a demo producer writing demo.event JSON to stream "demo"; the Fargate consumer's
// own runConsumers; and the scheduled jobs (scripts/start/local-jobs.ts): a local S3 server, Bluesky-like events into
// stream "bsky", the LakeWriter, the backups with their verification and retention, the memory and configuration
// audits and the capacity report on their schedules. Every EMF line goes into a local metric store (and the log
// file) on which the catalog's local alarms are evaluated every 10 s, transitions printed; the dashboard page
// http://127.0.0.1:3000/dashboard shows streams, jobs, alarms and charts. Prints what runs where and a status line
// every 5 s; whatever the components write (their logs, errors in full) goes to .sluice/consumer.log, an error also
// as one short line on the terminal (start/terminal.ts). The URL of the redis-server it starts is kept in
// .sluice/redis-url while it runs, for `npm run ops`. The development token (start/dev-token.ts: .sluice/dev-token,
// every scope, made on the first run and kept) is in .sluice/tokens.json, the table the HTTP API and the gateway
// read (SLUICE_TOKENS_FILE, unless SLUICE_TOKENS or SLUICE_TOKENS_FILE is set); the summary prints it and how to send
// it. Ctrl-C or SIGTERM stops everything, exit 0.
import { createWriteStream } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createLocalServer } from "@sluice/http";
import {
  DemoProducer,
  dashboardPages,
  findExecutable,
  formatStatusLine,
  formatSummary,
  LocalAlarms,
  type LocalRedis,
  METRIC_RETENTION_MS,
  readGroupStatus,
  replayMetricLog,
  startLocalRedis,
} from "@sluice/local";
import { isLocal } from "@sluice/observability";
import { createRedisClient } from "@sluice/streams";
import { loadConsumerConfig } from "../functions/config/consumer.ts";
import { type Environment, positiveInteger } from "../functions/config/env.ts";
import { loadFramesConfig } from "../functions/config/frames.ts";
import { loadGrpcConfig } from "../functions/config/grpc.ts";
import { loadHttpConfig, localServerTokens } from "../functions/config/http.ts";
import { redisUrlVariable } from "../functions/config/redis.ts";
import { redactUrl } from "../functions/config/redis-url.ts";
import { loadProxyConfig } from "../functions/config/requests.ts";
import { JOBS } from "../functions/jobs/job-table.ts";
import { runConsumers } from "../functions/services/consumer.ts";
import { runFramePipeline } from "../functions/services/frames.ts";
import { runGateway } from "../functions/services/gateway.ts";
import { runProxyWorker } from "../functions/services/proxy.ts";
import { disconnect } from "../functions/shared/lazy-clients.ts";
import { loadRoutes } from "../functions/shared/load-routes.ts";
import { producerPolicy } from "../functions/shared/stream-access.ts";
import { ensureDevToken, TOKENS_FILE, tokenTableEnvironment } from "./start/dev-token.ts";
import { localDir as localDirOf, REDIS_URL_FILE } from "./start/local-dir.ts";
import { startLocalJobs } from "./start/local-jobs.ts";
import { captureOutput, type Terminal } from "./start/terminal.ts";

const DEMO_STREAM = "demo";
const env: Environment = { SLUICE_CONSUMER_STREAMS: DEMO_STREAM, ...process.env };
const localDir = localDirOf(env);
/** Paths inside the working directory are shown relative to it, others as they are. */
const shown = (path: string) =>
  relative(process.cwd(), path).startsWith("..") ? path : relative(process.cwd(), path);
const urlVariable = redisUrlVariable(env);

if (!urlVariable && !findExecutable("redis-server")) {
  console.error(
    "sluice: redis-server is not installed: install it (sudo apt-get install -y redis-server, or brew install redis) or set REDIS_URL=redis://host:port to use your own Redis",
  );
  process.exit(1);
}

let redis: LocalRedis | undefined;
let terminal: Terminal | undefined;
let where = "";
try {
  const demoRate = env.SLUICE_DEMO_RATE?.trim() === "0" ? 0 : (positiveInteger(env, "SLUICE_DEMO_RATE") ?? 3);
  const statusEveryMs = positiveInteger(env, "SLUICE_STATUS_INTERVAL_MS") ?? 5000;
  const alarmEveryMs = positiveInteger(env, "SLUICE_ALARM_INTERVAL_MS") ?? 10_000;
  await mkdir(localDir, { recursive: true });
  const dev = await ensureDevToken(localDir);
  const tokenTable = tokenTableEnvironment(env, dev);
  // The gateway reads env, the HTTP handlers process.env, as a Lambda does.
  Object.assign(env, tokenTable);
  if (!urlVariable) redis = await startLocalRedis({ dir: join(localDir, "redis") });
  if (redis) await writeFile(join(localDir, REDIS_URL_FILE), `${redis.url}\n`);
  const url = urlVariable ? (env[urlVariable] as string) : (redis as LocalRedis).url;
  where = ` (Redis ${redactUrl(url)}${urlVariable ? ` from ${urlVariable}` : ""})`;
  // SST links are ignored here: npm start runs against the Redis it was given or started.
  const config = loadConsumerConfig({ ...env, SLUICE_REDIS_URL: url }, null);
  const http = loadHttpConfig(env);
  const { streams, group } = config;
  const logFile = join(localDir, "consumer.log");
  const log = createWriteStream(logFile, { flags: "a" });
  // Every line the components write goes through the metric store to the log file; never to the terminal.
  const toFile = (line: string) => void log.write(`${line}\n`);
  // The alarms print their transitions on the terminal, which they only evaluate once started, below.
  const alarms = new LocalAlarms({
    writeLog: toFile,
    print: (line) => output.print(line),
    everyMs: alarmEveryMs,
  });
  // What the components print goes through the alarms' store to the file too.
  const output = captureOutput({ writeLog: (line) => alarms.writeLog(line), logFile: shown(logFile) });
  terminal = output;
  const { print } = output;
  const replayed = await replayMetricLog(logFile, alarms.store, Date.now() - METRIC_RETENTION_MS);
  const writeLog = output.log;
  const host = await runConsumers(config, writeLog);
  // The HTTP handlers read SLUICE_* like a Lambda does; here one process serves every request: one reply stream.
  Object.assign(process.env, { SLUICE_REDIS_URL: url, SLUICE_REPLY_MODE: "stream", ...tokenTable });
  const proxy = await runProxyWorker(loadProxyConfig({ ...env, SLUICE_REDIS_URL: url }, null), writeLog);
  const frames = await runFramePipeline(loadFramesConfig({ ...env, SLUICE_REDIS_URL: url }, null), writeLog);
  const grpcConfig = loadGrpcConfig(
    // Reflection, asked for here (the gateway's default is off): grpcurl lists the services without the .proto
    // files, on 127.0.0.1 and with the development token.
    { SLUICE_GRPC_HOST: "127.0.0.1", SLUICE_GRPC_REFLECTION: "on", ...env, SLUICE_REDIS_URL: url },
    null,
    null,
  );
  const gateway = await runGateway(grpcConfig, writeLog);
  const client = createRedisClient({ ...config.redis, connectionName: "sluice:npm-start" });
  client.on("error", () => undefined); // the status line and the dashboard say when Redis does not answer
  const jobList = Object.entries(JOBS).map(([name, { schedule }]) => ({ name, schedule }));
  const api = await createLocalServer({
    routes: await loadRoutes(),
    port: http.port,
    tokens: localServerTokens(http),
    log: writeLog,
    pages: dashboardPages({
      client,
      alarms,
      jobs: jobList,
      root: fileURLToPath(new URL("..", import.meta.url)),
    }),
  });
  const onError = (error: unknown) =>
    writeLog(JSON.stringify({ level: "error", msg: "demo send failed", error: String(error) }));
  const producer =
    demoRate > 0
      ? new DemoProducer(client, {
          stream: DEMO_STREAM,
          perSecond: demoRate,
          onError,
          settingsFor: producerPolicy,
        })
      : undefined;
  producer?.start();
  const jobs = await startLocalJobs({ env, localDir, client, writeLog, print, failed: output.failed });

  const cluster = config.redis.mode === "cluster" ? " -c" : "";
  const summary = formatSummary({
    redisUrl: redactUrl(url),
    redisOrigin: redis
      ? `started here: redis-server pid ${redis.pid}, data ${shown(redis.dir)}, AOF everysec, noeviction`
      : `from ${urlVariable}`,
    redisCli: redis ? `redis-cli -p ${redis.port}` : `redis-cli${cluster} -u "$${urlVariable}"`,
    streams,
    group,
    consumer: host.consumer,
    api: { url: api.url, tokens: http.tokens !== undefined },
    proxy: { routes: proxy.routes, consumer: proxy.consumer },
    grpc: {
      address: `${grpcConfig.host}:${gateway.port}`,
      tokens: grpcConfig.tokens !== undefined,
      reflection: grpcConfig.reflection,
    },
    token: {
      value: dev.token,
      file: shown(dev.file),
      ...tokenTableShown(tokenTable, dev.inTable),
    },
    frames: { consumer: frames.consumer },
    ...(producer && { demo: { stream: DEMO_STREAM, perSecond: demoRate } }),
    lake: {
      streams: jobs.streams,
      schedule: JOBS.lakeWriter.schedule,
      s3: jobs.s3.endpoint,
      dir: shown(join(jobs.s3.dir, "lake")),
      bsky: jobs.bsky,
    },
    backups: {
      schedule: JOBS.snapshot.schedule,
      increments: JOBS.increments.schedule,
      verification: JOBS.verification.schedule,
      retention: JOBS.backupRetention.schedule,
      s3: jobs.s3.endpoint,
    },
    audits: {
      memory: JOBS.memoryAudit.schedule,
      config: JOBS.configAudit.schedule,
      capacity: JOBS.capacityReport.schedule,
      s3: jobs.s3.endpoint,
    },
    dashboard: {
      url: `${api.url}/dashboard`,
      localAlarms: alarms.catalog.filter(isLocal).length,
      alarms: alarms.catalog.length,
      everyMs: alarmEveryMs,
      replayed,
    },
    logFile: shown(logFile),
    statusEveryMs,
  });
  print(summary);
  // The alarms evaluate from here on, so their transitions print below the summary however long the start took (the
  // snapshot at start reads every stream first).
  alarms.start();
  alarms.evaluate();

  const processed = () => host.runners.reduce((sum, runner) => sum + runner.totals.processed, 0);
  const status = setInterval(async () => {
    const redisStatus = await readGroupStatus(client, streams, group).catch(() => undefined);
    if (!redisStatus) return print("status: Redis did not answer");
    print(
      formatStatusLine({
        produced: producer?.produced ?? 0,
        sendErrors: producer?.failed ?? 0,
        processed: processed(),
        ...redisStatus,
      }),
    );
  }, statusEveryMs);

  let stopping = false;
  // A terminal's Ctrl-C reaches npm and node; npm forwards it again: stop once, ignore repeats.
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    print(
      `\n${signal}: stopping the API, the gRPC gateway, the producers, the workers, the lake${redis ? " and redis-server" : ""}`,
    );
    clearInterval(status);
    await Promise.all([api.close(2000), gateway.close(2000)]);
    await producer?.stop();
    await Promise.all([host.stop(), proxy.stop(), frames.stop(), jobs.stop()]);
    // The handlers' clients, the API's and the jobs', once no request and no job runs.
    await disconnect();
    client.disconnect();
    alarms.stop();
    output.release();
    await new Promise((resolve) => log.end(resolve));
    await stopRedis();
    print(`stopped: produced ${producer?.produced ?? 0}, processed ${processed()}`);
    process.exit(0);
  };
  process.on("SIGINT", shutdown).on("SIGTERM", shutdown);
} catch (error) {
  terminal?.release();
  console.error(`sluice: ${error instanceof Error ? error.message : String(error)}${where}`);
  await stopRedis();
  process.exit(1);
}

/** Where the front doors' token table comes from, and a warning when the development token may not be in it. */
function tokenTableShown(
  tokenTable: Record<string, string>,
  inTable: boolean,
): { table: string; warning?: string } {
  const file = tokenTable.SLUICE_TOKENS_FILE;
  if (file === undefined) {
    const name = env.SLUICE_TOKENS?.trim() ? "SLUICE_TOKENS" : "SLUICE_TOKENS_FILE";
    return {
      table: `from ${name} (your environment)`,
      warning: `the API and the gateway take the tokens of ${name}, not ${shown(join(localDir, TOKENS_FILE))}: the development token works only if ${name} has it`,
    };
  }
  const table = `${shown(file)}: SLUICE_TOKENS_FILE of the API and the gateway; add tokens there by hand`;
  return inTable
    ? { table }
    : {
        table,
        warning: `${shown(file)} has no entry for the development token: the local tools will be refused`,
      };
}

/** Stops the redis-server started here, and forgets its URL. */
async function stopRedis(): Promise<void> {
  if (!redis) return;
  await rm(join(localDir, REDIS_URL_FILE), { force: true });
  await redis.stop();
}
