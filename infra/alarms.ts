// The CloudWatch alarms of the app, every one created from the catalog of @sluice/observability (the same data that
// `npm run alarms -- list` prints, npm start evaluates and docs/runbooks explains): the app's own stream and job
// alarms once, the ElastiCache ones per node, the Lambda ones per function, the API, Fargate, Scheduler and S3 ones
// per resource. All notify the SNS topic of infra/alarm-topic.ts on ALARM and on OK; the composite "PlatformDegraded"
// is ALARM while any critical alarm is.

import {
  ALARMS,
  type AlarmSpec,
  type AlarmTarget,
  anyInAlarm,
  cloudWatchAlarm,
  criticalNames,
  planAlarms,
  thresholdFor,
} from "@sluice/observability/alarms";
import { ELASTICACHE_NODE_TYPES } from "@sluice/ops/node-types";
import { alarmTopic } from "./alarm-topic";
import { api, routeFunctions } from "./api";
import { cluster } from "./cluster";
import { consumer, consumerMinTasks, drainConsumer } from "./consumers";
import { framePipeline, gateway } from "./frames";
import * as jobs from "./jobs";
import { proxy } from "./proxy";
import { redis, redisNodeType } from "./redis";
import { backups, lake, reports, snapshotExports } from "./storage";

type Value = $util.Input<string>;
type Target = AlarmTarget<Value>;

export const prefix = `${$app.name}-${$app.stage}`;

/** Resource names for Pulumi: `Alarm<Name>[<target id without dashes>]`. */
const resourceName = (spec: AlarmSpec, target: Pick<Target, "id">) =>
  `Alarm${spec.name}${(target.id ?? "").replace(/[^A-Za-z0-9]/g, "")}`;

// The resources each scope of the catalog binds to.
const nodeType = ELASTICACHE_NODE_TYPES.find((t) => t.name === redisNodeType);
if (!nodeType) throw new Error(`infra/alarms.ts: no vCPU count for the node type ${redisNodeType}`);
// infra/redis.ts: cluster mode with one shard of a primary and one replica, named <group>-0001-00<n>.
const cacheNodes: Target[] = $dev
  ? []
  : ["0001-001", "0001-002"].map((id) => ({
      id,
      dimensions: { CacheClusterId: $interpolate`${redis.nodes.cluster.id}-${id}` },
      vcpus: nodeType.vcpus,
    }));

const jobFunctions = Object.entries(jobs).filter(
  (entry): entry is [string, sst.aws.Function] => entry[1] instanceof sst.aws.Function,
);
// Functions that read until shortly before their timeout by design (a drain, a budgeted batch, a paced redrive):
// their duration near the timeout is the plan, not a warning.
const budgeted = new Set(["DrainConsumer", "LakeWriter", "IncrementalBackup", "ApiRedriveDlq"]);
const functions = [
  { id: "DrainConsumer", fn: drainConsumer.nodes.function },
  ...jobFunctions.map(([name, fn]) => ({
    id: name[0]?.toUpperCase() + name.slice(1),
    fn: fn.nodes.function,
  })),
  ...routeFunctions.map(({ name, fn }) => ({ id: `Api${name}`, fn })),
];

const fargateServices: [string, sst.aws.Service][] = [
  ["Consumer", consumer],
  ["Proxy", proxy],
  ["FramePipeline", framePipeline],
  ["Gateway", gateway],
];
const services = $dev
  ? []
  : fargateServices.map(([id, service]) => ({
      id,
      dimensions: { ClusterName: cluster.nodes.cluster.name, ServiceName: service.nodes.service.name },
      // A service that scales to zero when idle has no running task by design.
      ...(id === "Consumer" && consumerMinTasks === 0 && { skip: ["FargateRunningTasks"] }),
    }));

// S3 request metrics (5xxErrors) exist only for buckets with a metrics configuration; "EntireBucket" is its filter.
const appBuckets: [string, sst.aws.Bucket][] = [
  ["Backups", backups],
  ["Lake", lake],
  ["Reports", reports],
  ["SnapshotExports", snapshotExports],
];
const buckets = appBuckets.map(([id, b]) => {
  new aws.s3.BucketMetric(`${id}RequestMetrics`, { bucket: b.name, name: "EntireBucket" });
  return { id, dimensions: { BucketName: b.name, FilterId: "EntireBucket" } };
});

const functionTimeouts = new Map(functions.map(({ id, fn }) => [id, fn.timeout]));

export const targets: Record<AlarmSpec["scope"], Target[]> = {
  app: [{ dimensions: {} }],
  "cache-node": cacheNodes,
  "lambda-function": functions.map(({ id, fn }) => ({
    id,
    dimensions: { FunctionName: fn.name },
    ...(budgeted.has(id) && { skip: ["LambdaDurationNearTimeout"] }),
  })),
  "http-api": [{ dimensions: { ApiId: api.nodes.api.id } }],
  "fargate-service": services,
  // CronV2 schedules live in the account's default schedule group (other apps' schedules of the account count too).
  "schedule-group": [{ dimensions: { ScheduleGroup: "default" } }],
  bucket: buckets,
};

// `sst dev` creates no ElastiCache cluster and runs the Fargate services on the laptop.
export const plan = planAlarms(prefix, ALARMS, targets, $dev ? ["cache-node", "fargate-service"] : []);

export const alarms = plan.map(({ spec, target }) => {
  // A threshold relative to a function's timeout is known once the function is.
  const timeout =
    spec.thresholdBasis === "percent-of-timeout" ? functionTimeouts.get(target.id ?? "") : undefined;
  const threshold = timeout?.apply((seconds) => thresholdFor(spec, { timeoutMs: (seconds ?? 3) * 1000 }));
  return new aws.cloudwatch.MetricAlarm(resourceName(spec, target), {
    ...cloudWatchAlarm<Value, $util.Input<number>>(prefix, spec, target, threshold),
    alarmActions: [alarmTopic.arn],
    okActions: [alarmTopic.arn],
  });
});

export const platformDegraded = new aws.cloudwatch.CompositeAlarm(
  "AlarmPlatformDegraded",
  {
    alarmName: `${prefix}-PlatformDegraded`,
    alarmDescription: "[critical] A critical Sluice alarm is firing: see it for its runbook.",
    alarmRule: anyInAlarm(criticalNames(plan)),
    alarmActions: [alarmTopic.arn],
    okActions: [alarmTopic.arn],
  },
  { dependsOn: alarms },
);
