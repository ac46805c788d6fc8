// npm start's scheduled jobs: a local S3 server (s3rver) with the buckets `lake`, `backups` and `reports`, its
// objects kept in .sluice/s3, a trickle of Bluesky-like events into stream `bsky` (when the lake drains it), and
// every job of functions/jobs/job-table.ts but the cloud-only native snapshot run by the local job scheduler on the
// cloud's schedules (local-job-scheduler.ts), each through its own handler (local-job-runs.ts, which `npm run ops`
// runs too). At start: one snapshot, awaited (so the restore command npm start prints works at once), and the lake
// writer and the stream monitor (catching up on what an earlier session left). A failed run prints one line; its
// error goes to the log.
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { BSKY_STREAM } from "@sluice/lake/bsky";
import { type BskyDemo, DemoProducer } from "@sluice/local";
import type { RedisClient } from "@sluice/streams";
import { type S3Server, startS3Server } from "@sluice/testing";
import { type Environment, positiveInteger } from "../../functions/config/env.ts";
import { loadLakeConfig } from "../../functions/config/lake.ts";
import { producerPolicy } from "../../functions/shared/stream-access.ts";
import { BskyModel } from "../generate/bsky-model.ts";
import { LOCAL_BUCKETS, LOCAL_S3_PORT, localJobEnvironment } from "./local-job-environment.ts";
import { jobCommandName } from "./local-job-runs.ts";
import { scheduleLocalJobs } from "./local-job-scheduler.ts";

export interface LocalJobs {
  s3: S3Server;
  streams: string[];
  /** The Bluesky demo producer's stream and rate, or why it is off (bskyDemo). */
  bsky: BskyDemo;
  /** Stops the producer, the schedule (runs in progress finish) and the S3 server; the jobs' clients close with
   * every handler's (disconnect of functions/shared/lazy-clients.ts). */
  stop(): Promise<void>;
}

/** Starts the local S3 server and the jobs' schedules; `print` gets what each run has to say, `failed` its error. */
export async function startLocalJobs(options: {
  env: Environment;
  localDir: string;
  client: RedisClient;
  writeLog: (line: string) => void;
  print: (line: string) => void;
  failed: (what: string, error: unknown) => void;
}): Promise<LocalJobs> {
  const { env, client, writeLog, print } = options;
  const port =
    env.SLUICE_S3_PORT?.trim() === "0" ? 0 : (positiveInteger(env, "SLUICE_S3_PORT") ?? LOCAL_S3_PORT);
  const s3 = await startS3Server({ buckets: [...LOCAL_BUCKETS], dir: join(options.localDir, "s3"), port });
  Object.assign(process.env, { ...localJobEnvironment(s3.endpoint), AWS_REGION: s3.region });
  const { streams } = loadLakeConfig(process.env, null, null);
  const bsky = bskyDemo(env, streams);
  const producer = "off" in bsky ? undefined : bskyProducer(client, bsky, writeLog);
  producer?.start();

  const time = () => new Date().toISOString().slice(11, 19);
  const scheduler = scheduleLocalJobs({
    writeLog,
    notice: (line) => print(`${time()}  ${line}`),
    failed: options.failed,
  });
  scheduler.start();
  await scheduler.runNow(jobCommandName("snapshot"));
  void scheduler.runNow(jobCommandName("lakeWriter"));
  void scheduler.runNow(jobCommandName("streamMonitor"));
  return {
    s3,
    streams,
    bsky,
    async stop() {
      await producer?.stop();
      await scheduler.stop();
      await s3.stop();
    },
  };
}

/** The Bluesky demo: SLUICE_DEMO_BSKY_RATE events a second (default 20) into the Bluesky family's stream, and only
 * when the lake drains that stream (SLUICE_LAKE_STREAMS): else its events would pile up in Redis, or land in
 * another family's stream. */
export function bskyDemo(env: Environment, lakeStreams: readonly string[]): BskyDemo {
  if (env.SLUICE_DEMO_BSKY_RATE?.trim() === "0") return { off: "SLUICE_DEMO_BSKY_RATE=0" };
  const perSecond = positiveInteger(env, "SLUICE_DEMO_BSKY_RATE") ?? 20;
  if (!lakeStreams.includes(BSKY_STREAM)) return { off: `SLUICE_LAKE_STREAMS leaves out ${BSKY_STREAM}` };
  return { stream: BSKY_STREAM, perSecond };
}

/** Firehose-like events at a steady rate, their event time now. */
function bskyProducer(
  client: RedisClient,
  { stream, perSecond }: { stream: string; perSecond: number },
  writeLog: (line: string) => void,
) {
  const model = new BskyModel({
    seed: randomUUID(),
    startUs: Date.now() * 1000,
    eventsPerSecond: perSecond,
    accounts: 10_000,
  });
  return new DemoProducer(client, {
    stream,
    perSecond,
    entry: () => {
      const { type, event } = model.next();
      return { type, data: JSON.stringify(event), key: event.did };
    },
    onError: (error) =>
      writeLog(JSON.stringify({ level: "error", msg: "bsky demo send failed", error: String(error) })),
    settingsFor: producerPolicy,
  });
}
