// The scheduled jobs (functions/jobs/job-table.ts holds their schedules, the same table npm start uses), each a
// Lambda on a CronV2 schedule unless said otherwise: LakeWriter drains the event streams into Parquet every 5
// minutes; SnapshotBackup writes a full logical snapshot into the Backups bucket every 15 minutes, IncrementalBackup
// what the streams gained every minute; BackupVerification (a Fargate task) restores the newest backup into a
// scratch Redis daily, BackupRetention deletes old backups weekly; MemoryAudit (10 minutes), ConfigAudit (hourly),
// CapacityReport (weekly) and NativeSnapshot (ElastiCache CreateSnapshot, daily) write their reports into the
// Reports bucket; StreamMonitor emits every stream's and group's state each minute (the stream alarms' and the
// lag-age scaling's source, infra/scaling.ts), consumers running or not. Every job emits its outcome (JobSucceeded
// or JobFailed, dimension Job = its key in job-table.ts). Jobs run in the private subnets next to ElastiCache and
// reach S3 through the VPC's gateway endpoint. Each gets the actions it uses on its own buckets only (a bucket link
// would grant s3:* on it), the bucket's name in its environment.
import { JOBS } from "../functions/jobs/job-table";
import { cluster } from "./cluster";
import { containerDefaults, executionRoleReading, image } from "./containers";
import { lambdaDefaults } from "./lambda";
import { redis, redisLinks, redisNodeType } from "./redis";
import { scheduleDlq } from "./schedule-dlq";
import { production, stage } from "./stage-settings";
import { backups, lake, reports, snapshotExports } from "./storage";

// The streams drained into the lake (each under the key prefix `<stream>/`), and a run's budget: the 5-minute
// schedule wants each batch done within 4 minutes, so the next run never finds this one still going.
const lakeStreams = stage.lakeStreams.join(",");
const lakeBudgetMs = stage.lakeBudgetMs;

export const lakeWriter = new sst.aws.Function("LakeWriter", {
  ...lambdaDefaults,
  // Bundled as ESM (SST's default): the handler module starts its encoder threads from its own import.meta.url.
  handler: "functions/jobs/lake-writer.handler",
  // Lambda gives one vCPU per 1,769 MB. The default, 3,008 MB, is the most every account allows (new and limited
  // accounts cap functions there): 1.7 vCPUs for the encoder threads. Where the quota allows, 3,538 MB buys two full
  // vCPUs (infra/stages.ts, lakeWriterMemoryMb; docs/deployment.md has the figures). Either leaves room for a row
  // group of each table in memory.
  memory: `${stage.lakeWriterMemoryMb} MB`,
  // The budget plus the last segment's close and commit; the run itself stops reading before.
  timeout: "5 minutes",
  // A failed run is not retried: the next one starts 5 minutes later and rewrites the uncommitted segment.
  retries: 0,
  link: redisLinks,
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
    // Each range record and commit waits for the replica every deployed stage has (infra/redis.ts), so a failover
    // cannot make a run write rows twice (docs/lake.md); `sst dev`'s local Redis has none, and would stop every run.
    ...(!$dev && { SLUICE_LAKE_DURABILITY: "replicated" }),
    NODE_OPTIONS: JOBS.lakeWriter.nodeOptions,
    ...JOBS.lakeWriter.environment,
  },
});

export const lakeWriterSchedule = new sst.aws.CronV2("LakeWriterSchedule", {
  function: lakeWriter,
  dlq: scheduleDlq.arn,
  schedule: JOBS.lakeWriter.schedule,
});

/** An S3 permission on a bucket's objects (`${arn}/*`), or on the bucket itself for s3:ListBucket. */
const onObjects = (bucket: sst.aws.Bucket, ...actions: string[]) => ({
  actions,
  resources: [$interpolate`${bucket.arn}/*`],
});
const listing = (bucket: sst.aws.Bucket) => ({ actions: ["s3:ListBucket"], resources: [bucket.arn] });

/**
 * A scheduled job: a Lambda in the VPC (arm64, Node 24), linked to Redis unless it never connects to it, with exactly
 * the permissions given, run on its schedule. Its timeout stays under the schedule's period, so runs never overlap.
 */
function scheduledJob(
  name: string,
  handler: string,
  schedule: `rate(${string})` | `cron(${string})`,
  args: {
    memory: `${number} MB`;
    timeout: `${number} ${"seconds" | "minutes"}`;
    permissions: sst.aws.FunctionArgs["permissions"];
    environment: Record<string, $util.Input<string>>;
    /** False for a job that never connects to Redis. */
    redis?: false;
  },
) {
  const job = new sst.aws.Function(name, {
    ...lambdaDefaults,
    handler,
    memory: args.memory,
    timeout: args.timeout,
    retries: 0,
    link: args.redis === false ? [] : redisLinks,
    permissions: args.permissions,
    environment: args.environment,
  });
  new sst.aws.CronV2(`${name}Schedule`, { function: job, schedule, dlq: scheduleDlq.arn });
  return job;
}

const backupEnvironment = { SLUICE_BACKUP_BUCKET: backups.name };

// Reads every stream once per run (1M entries take about 15 s here) and holds one chunk at a time.
export const snapshotBackup = scheduledJob(
  "SnapshotBackup",
  "functions/jobs/snapshot.handler",
  JOBS.snapshot.schedule,
  {
    memory: "1024 MB",
    timeout: "10 minutes",
    permissions: [onObjects(backups, "s3:PutObject")],
    environment: backupEnvironment,
  },
);

// A minute's entries; a backlog (after an outage) is taken over several runs (the job stops reading by 40 s).
export const incrementalBackup = scheduledJob(
  "IncrementalBackup",
  "functions/jobs/increments.handler",
  JOBS.increments.schedule,
  {
    memory: "512 MB",
    timeout: "50 seconds",
    permissions: [onObjects(backups, "s3:PutObject")],
    environment: backupEnvironment,
  },
);

// Lists the bucket, reads manifests and verification reports, deletes what the policy lets go (versioning keeps
// the deleted objects restorable for 30 days in production).
export const backupRetention = scheduledJob(
  "BackupRetention",
  "functions/jobs/backup-retention.handler",
  JOBS.backupRetention.schedule,
  {
    memory: "512 MB",
    timeout: "10 minutes",
    permissions: [listing(backups), onObjects(backups, "s3:GetObject", "s3:DeleteObject")],
    environment: backupEnvironment,
    redis: false,
  },
);

// The verification restores the newest backup into a Redis of its own: a Fargate task of two containers, the
// verifier (the repository's image) and a scratch Redis beside it on 127.0.0.1 (Redis 7.2 from the ECR Public
// mirror of Docker's official images, no persistence, noeviction: a backup larger than the scratch fails
// verification loudly rather than being evicted). It reads the Backups bucket and writes the verification report
// there; it has no access to the production Redis.
const scratchMemory = production ? "6gb" : "3gb";
export const backupVerification = new sst.aws.Task("BackupVerification", {
  cluster,
  cpu: production ? "1 vCPU" : "0.5 vCPU",
  memory: production ? "8 GB" : "4 GB",
  containers: [
    {
      name: "verifier",
      image,
      command: ["node", "functions/jobs/verify-backup-task.ts"],
      environment: {
        ...backupEnvironment,
        SLUICE_VERIFY_REDIS_URL: "redis://127.0.0.1:6379",
      },
    },
    {
      name: "scratch",
      image: "public.ecr.aws/docker/library/redis:7.2",
      command: [
        ...["redis-server", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        ...["--maxmemory", scratchMemory, "--maxmemory-policy", "noeviction"],
      ],
    },
  ],
  permissions: [listing(backups), onObjects(backups, "s3:GetObject", "s3:PutObject")],
  transform: {
    // The scratch Redis runs as the redis image's own user; the verifier as node. No secrets to read.
    taskDefinition: containerDefaults({ scratch: "redis" }),
    executionRole: executionRoleReading([]),
  },
});
new sst.aws.CronV2("BackupVerificationSchedule", {
  task: backupVerification,
  dlq: scheduleDlq.arn,
  schedule: JOBS.verification.schedule,
});

// The operations jobs write their reports to the Reports bucket; on ElastiCache they know the replication group.
// Under `sst dev` there is none (the jobs run on the laptop against the local Redis, which they audit through INFO and
// CONFIG GET; the native snapshot says it needs ElastiCache): SST's "placeholder" cluster id must not reach them.
const replicationGroupId = $dev ? undefined : redis.clusterId;
const opsEnvironment = {
  SLUICE_REPORTS_BUCKET: reports.name,
  ...(replicationGroupId && { SLUICE_REDIS_REPLICATION_GROUP: replicationGroupId }),
  SLUICE_REDIS_NODE_TYPE: redisNodeType,
};
const writeReports = onObjects(reports, "s3:PutObject");
const partition = aws.getPartitionOutput().partition;
const region = aws.getRegionOutput().region;
const account = aws.getCallerIdentityOutput().accountId;
const elastiCacheArn = (resource: $util.Input<string>) =>
  $interpolate`arn:${partition}:elasticache:${region}:${account}:${resource}`;

// INFO, MEMORY USAGE and XINFO on every stream: a few seconds for thousands of streams.
export const memoryAudit = scheduledJob(
  "MemoryAudit",
  "functions/jobs/memory-audit.handler",
  JOBS.memoryAudit.schedule,
  { memory: "512 MB", timeout: "5 minutes", permissions: [writeReports], environment: opsEnvironment },
);

// ElastiCache blocks CONFIG: the audit reads the parameter group and the replication group through the API.
export const configAudit = scheduledJob(
  "ConfigAudit",
  "functions/jobs/config-audit.handler",
  JOBS.configAudit.schedule,
  {
    memory: "512 MB",
    timeout: "2 minutes",
    permissions: [
      writeReports,
      ...(replicationGroupId
        ? [
            {
              // Read-only metadata; the audit's Describe calls page through lists, which IAM checks against "*".
              actions: [
                "elasticache:DescribeReplicationGroups",
                "elasticache:DescribeCacheClusters",
                "elasticache:DescribeCacheParameters",
              ],
              resources: ["*"],
            },
          ]
        : []),
    ],
    environment: opsEnvironment,
  },
);

export const capacityReport = scheduledJob(
  "CapacityReport",
  "functions/jobs/capacity-report.handler",
  JOBS.capacityReport.schedule,
  { memory: "512 MB", timeout: "5 minutes", permissions: [writeReports], environment: opsEnvironment },
);

// CreateSnapshot and DeleteSnapshot on this replication group and Sluice's own snapshots only; the export
// (CopySnapshot into the ACL-enabled SnapshotExports bucket) is written by ElastiCache's canonical user, which the
// bucket's ACL grants (infra/storage.ts): the function itself only lists the bucket to see what is exported, and
// CopySnapshot checks that the caller may see it. Under `sst dev` there is no cluster and no ElastiCache permission.
export const nativeSnapshot = scheduledJob(
  "NativeSnapshot",
  "functions/jobs/native-snapshot.handler",
  JOBS.nativeSnapshot.schedule,
  {
    memory: "256 MB",
    timeout: "2 minutes",
    permissions: [
      writeReports,
      listing(snapshotExports),
      { actions: ["s3:GetBucketLocation"], resources: [snapshotExports.arn] },
      ...(replicationGroupId
        ? [
            // DescribeSnapshots lists across the account (no resource scope); ListAllMyBuckets has none either.
            { actions: ["elasticache:DescribeSnapshots", "s3:ListAllMyBuckets"], resources: ["*"] },
            {
              actions: [
                "elasticache:CreateSnapshot",
                "elasticache:CopySnapshot",
                "elasticache:DeleteSnapshot",
              ],
              resources: [
                elastiCacheArn($interpolate`replicationgroup:${replicationGroupId}`),
                elastiCacheArn("snapshot:sluice-*"),
              ],
            },
          ]
        : []),
    ],
    environment: {
      ...opsEnvironment,
      ...(replicationGroupId && { SLUICE_SNAPSHOT_EXPORT_BUCKET: snapshotExports.name }),
    },
  },
);

// XINFO and XPENDING on every stream and group, a few commands each: well under a second for hundreds of streams. Its
// timeout stays under the minute between runs; it reads Redis only.
export const streamMonitor = scheduledJob(
  "StreamMonitor",
  "functions/jobs/stream-monitor.handler",
  JOBS.streamMonitor.schedule,
  {
    memory: "256 MB",
    timeout: "50 seconds",
    permissions: [],
    // A consumer that read within this is active (ConsumerLiveness, the lag-age scaling).
    environment: {
      SLUICE_MONITOR_LIVENESS_MS: String(stage.monitorLivenessMs),
    },
  },
);
