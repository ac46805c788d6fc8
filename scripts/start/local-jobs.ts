// npm start's scheduled jobs: a local S3 server (s3rver) with the buckets `lake`, `backups` and `reports`, its
// objects kept in .sluice/s3, a trickle of Bluesky-like events into stream `bsky`, and the jobs' own Lambda handlers
// run by the local job scheduler on the cloud's schedules (functions/jobs/job-table.ts): the LakeWriter (also once at
// start, to catch up on what an earlier session left), the SnapshotBackup and the IncrementalBackup here, the
// verification, retention, audits, capacity report and stream monitor (also once at start) in local-ops-jobs.ts.
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { DemoProducer, JobScheduler } from "@sluice/local";
import type { RedisClient } from "@sluice/streams";
import { type S3Server, startS3Server } from "@sluice/testing";
import { disconnect as disconnectBackups } from "../../functions/jobs/backup-container.ts";
import { runIncrements } from "../../functions/jobs/increments.ts";
import { JOBS } from "../../functions/jobs/job-table.ts";
import { disconnect as disconnectLakeWriter, runLakeWriter } from "../../functions/jobs/lake-writer.ts";
import { disconnect as disconnectOps } from "../../functions/jobs/ops-container.ts";
import { runSnapshot } from "../../functions/jobs/snapshot.ts";
import { disconnect as disconnectMonitor } from "../../functions/jobs/stream-monitor.ts";
import { loadLakeConfig } from "../../functions/lake-config.ts";
import { type Environment, positiveInteger } from "../../functions/runtime-config.ts";
import { BskyModel } from "../generate/bsky-model.ts";
import { addOpsJobs, type OpsSchedules, STREAM_MONITOR_JOB } from "./local-ops-jobs.ts";

const LAKE_BUCKET = "lake";
const BACKUP_BUCKET = "backups";
const REPORTS_BUCKET = "reports";
const JOB = "lake-writer";
/** What a Lambda run of the job may take (its timeout in infra/jobs.ts). */
const RUN_TIMEOUT_MS = 300_000;

export interface LocalJobs {
  s3: S3Server;
  streams: string[];
  schedule: string;
  snapshotSchedule: string;
  incrementsSchedule: string;
  ops: OpsSchedules;
  /** The Bluesky demo producer, unless SLUICE_DEMO_BSKY_RATE=0. */
  producer: DemoProducer | undefined;
  perSecond: number;
  stop(): Promise<void>;
}

/** Starts the local S3 server and the jobs' schedules; `print` gets one line per run. */
export async function startLocalJobs(options: {
  env: Environment;
  localDir: string;
  client: RedisClient;
  writeLog: (line: string) => void;
  print: (line: string) => void;
}): Promise<LocalJobs> {
  const { env, client, writeLog, print } = options;
  const port = env.SLUICE_S3_PORT?.trim() === "0" ? 0 : (positiveInteger(env, "SLUICE_S3_PORT") ?? 4568);
  const s3 = await startS3Server({
    buckets: [LAKE_BUCKET, BACKUP_BUCKET, REPORTS_BUCKET],
    dir: join(options.localDir, "s3"),
    port,
  });
  // The handlers read their configuration like a Lambda does: from the environment.
  Object.assign(process.env, {
    SLUICE_LAKE_BUCKET: LAKE_BUCKET,
    SLUICE_BACKUP_BUCKET: BACKUP_BUCKET,
    SLUICE_REPORTS_BUCKET: REPORTS_BUCKET,
    SLUICE_S3_ENDPOINT: s3.endpoint,
    AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    AWS_REGION: s3.region,
  });
  const { streams } = loadLakeConfig(process.env, null, null);
  const perSecond =
    env.SLUICE_DEMO_BSKY_RATE?.trim() === "0" ? 0 : (positiveInteger(env, "SLUICE_DEMO_BSKY_RATE") ?? 20);
  const producer =
    perSecond > 0 ? bskyProducer(client, streams[0] ?? "bsky", perSecond, writeLog) : undefined;
  producer?.start();

  const scheduler = new JobScheduler({
    log: (event) => {
      if (event.event === "job.failed") print(`${event.job}: run failed: ${String(event.error)}`);
    },
  });
  const time = () => new Date().toISOString().slice(11, 19);
  scheduler.add({
    name: JOB,
    schedule: JOBS.lakeWriter.schedule,
    run: async () => {
      const started = Date.now();
      const context = {
        awsRequestId: randomUUID(),
        getRemainingTimeInMillis: () => RUN_TIMEOUT_MS - (Date.now() - started),
      };
      const runs = await runLakeWriter(context, writeLog);
      for (const run of runs) {
        print(
          `${time()}  lake ${run.stream}: ${run.rows} events → ${run.files} files, ${run.deadLettered} dead-lettered, ${run.trimmed} trimmed from Redis (${run.stoppedBy}, ${run.durationMs} ms)`,
        );
      }
    },
  });
  scheduler.add({
    name: "snapshot",
    schedule: JOBS.snapshot.schedule,
    run: async () => {
      const { id, streams: n, entries, keys, bytes, durationMs } = await runSnapshot(writeLog);
      print(
        `${time()}  snapshot ${id}: ${n} streams, ${entries} entries, ${keys} other keys, ${bytes} bytes (${durationMs} ms)`,
      );
    },
  });
  scheduler.add({
    name: "increments",
    schedule: JOBS.increments.schedule,
    run: async () => {
      const { id, entries, gapEntries } = await runIncrements(writeLog);
      if (id !== null && gapEntries > 0)
        print(
          `${time()}  incremental backup ${id}: ${entries} entries, ${gapEntries} gone before they were backed up`,
        );
    },
  });
  const ops = addOpsJobs(scheduler, { print, writeLog });
  scheduler.start();
  void scheduler.runNow(JOB);
  void scheduler.runNow(STREAM_MONITOR_JOB);
  return {
    s3,
    streams,
    schedule: JOBS.lakeWriter.schedule,
    snapshotSchedule: JOBS.snapshot.schedule,
    incrementsSchedule: JOBS.increments.schedule,
    ops,
    producer,
    perSecond,
    async stop() {
      await producer?.stop();
      await scheduler.stop();
      disconnectLakeWriter();
      disconnectBackups();
      disconnectOps();
      disconnectMonitor();
      await s3.stop();
    },
  };
}

/** Firehose-like events at a steady rate, their event time now. */
function bskyProducer(
  client: RedisClient,
  stream: string,
  perSecond: number,
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
  });
}
