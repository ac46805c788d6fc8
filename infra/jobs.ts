// The scheduled jobs, each a Lambda on a CronV2 schedule (functions/jobs/job-table.ts, the same table npm start
// uses): LakeWriter drains the event streams into Parquet in the Lake bucket every 5 minutes; SnapshotBackup writes a
// full logical snapshot into the Backups bucket every 15 minutes, IncrementalBackup what the streams gained every
// minute. Jobs run in the private subnets next to
// ElastiCache and reach S3 through the VPC's gateway endpoint. Each gets the S3 actions it uses on its own bucket
// only (a bucket link would grant s3:* on it), the bucket's name in its environment.
import { JOBS } from "../functions/jobs/job-table";
import { vpc } from "./network";
import { redis } from "./redis";
import { integerSetting, setting } from "./settings";
import { backups, lake } from "./storage";

const production = $app.stage === "production";

// The streams drained into the lake (each under the key prefix `<stream>/`), and a run's budget: the 5-minute
// schedule wants each batch done within 4 minutes, so the next run never finds this one still going.
const lakeStreams = setting("SLUICE_LAKE_STREAMS") ?? "bsky";
const lakeBudgetMs = integerSetting("SLUICE_LAKE_BUDGET_MS", 240_000, 10_000, 270_000);

export const lakeWriter = new sst.aws.Function("LakeWriter", {
  // Bundled as ESM (SST's default): the handler module starts its encoder threads from its own import.meta.url.
  handler: "functions/jobs/lake-writer.handler",
  runtime: "nodejs24.x",
  // Pure JavaScript (hyparquet-writer, zstd from Node's zlib): arm64 is cheaper with nothing to cross-compile.
  architecture: "arm64",
  // Lambda gives one vCPU per 1,769 MB: 3,538 MB buys the two cores the encoder threads use (about twice the
  // events per second of one), and room for a row group of each table in memory.
  memory: "3538 MB",
  // The budget plus the last segment's close and commit; the run itself stops reading before.
  timeout: "5 minutes",
  // A failed run is not retried: the next one starts 5 minutes later and rewrites the uncommitted segment.
  retries: 0,
  vpc,
  link: [redis],
  permissions: [
    // Objects: PutObject (small files, manifests), multipart uploads, CopyObject (GetObject on the staged source),
    // DeleteObject (the staged object after its copy).
    {
      actions: [
        "s3:PutObject",
        "s3:GetObject",
        "s3:DeleteObject",
        "s3:AbortMultipartUpload",
        "s3:ListMultipartUploadParts",
      ],
      resources: [$interpolate`${lake.arn}/*`],
    },
  ],
  environment: {
    SLUICE_LAKE_BUCKET: lake.name,
    SLUICE_LAKE_STREAMS: lakeStreams,
    SLUICE_LAKE_BUDGET_MS: String(lakeBudgetMs),
    NODE_OPTIONS: JOBS.lakeWriter.nodeOptions,
  },
  logging: { retention: production ? "3 months" : "1 week" },
});

export const lakeWriterSchedule = new sst.aws.CronV2("LakeWriterSchedule", {
  function: lakeWriter,
  schedule: JOBS.lakeWriter.schedule,
});

/**
 * A backup job: a Lambda in the VPC, linked to Redis, allowed to put objects in the Backups bucket and nothing else,
 * run on its schedule. Its timeout stays under the schedule's period, so two runs never overlap.
 */
function backupJob(
  name: string,
  handler: string,
  schedule: `rate(${string})` | `cron(${string})`,
  size: { memory: `${number} MB`; timeout: `${number} ${"seconds" | "minutes"}` },
) {
  const job = new sst.aws.Function(name, {
    handler,
    runtime: "nodejs24.x",
    architecture: "arm64",
    ...size,
    retries: 0,
    vpc,
    link: [redis],
    permissions: [{ actions: ["s3:PutObject"], resources: [$interpolate`${backups.arn}/*`] }],
    environment: { SLUICE_BACKUP_BUCKET: backups.name },
    logging: { retention: production ? "3 months" : "1 week" },
  });
  new sst.aws.CronV2(`${name}Schedule`, { function: job, schedule });
  return job;
}

// Reads every stream once per run (1M entries take about 15 s here) and holds one chunk at a time.
export const snapshotBackup = backupJob(
  "SnapshotBackup",
  "functions/jobs/snapshot.handler",
  JOBS.snapshot.schedule,
  {
    memory: "1024 MB",
    timeout: "10 minutes",
  },
);

// A minute's entries; a backlog (after an outage) is taken over several runs (the job stops reading by 40 s).
export const incrementalBackup = backupJob(
  "IncrementalBackup",
  "functions/jobs/increments.handler",
  JOBS.increments.schedule,
  { memory: "512 MB", timeout: "50 seconds" },
);
