// The long-running workers: an ECS cluster with the Fargate service "Consumer" (blocking reads, scales with CPU and
// on lag age, from zero tasks outside production) and the Lambda "DrainConsumer", scheduled every minute, which
// drains the same group within its remaining time; and the Fargate service "Proxy", the request-reply workers behind
// POST /v1/requests/{route}, scaled on their backlog, on lag age and on CPU. All run in the private subnets next to
// ElastiCache and link Redis.

import { Dimension, NAMESPACE, StreamMetric } from "@sluice/observability/metric-names";
import { containerDefaults, executionRoleReading, image, stopTimeoutSeconds } from "./containers";
import { lambdaDefaults } from "./lambda";
import { vpc } from "./network";
import { redis, redisLinks, redisTokenSecret, redisTokenVersion } from "./redis";
import { scheduleDlq } from "./schedule-dlq";
import { production, stage } from "./stage-settings";

// Read by the consumer runner in both hosts. The two hosts share the group, so they are competing consumers of
// the same entries (each entry is handled once per group), never two copies of the work.
const consumerEnvironment = {
  SLUICE_CONSUMER_STREAMS: "events",
  SLUICE_CONSUMER_GROUP: "workers",
};

export const cluster = new sst.aws.Cluster("Cluster", {
  // Given as parts so that containers run in the private subnets without public IPs (SST's default for its own
  // Vpc is the public subnets); they reach AWS APIs through the NAT and S3 through the gateway endpoint.
  vpc: {
    id: vpc.id,
    securityGroups: vpc.securityGroups,
    containerSubnets: vpc.privateSubnets,
    loadBalancerSubnets: vpc.publicSubnets,
    cloudmapNamespaceId: vpc.nodes.cloudmapNamespace.id,
    cloudmapNamespaceName: vpc.nodes.cloudmapNamespace.name,
  },
  // Container Insights: the per-service RunningTaskCount the FargateRunningTasks alarm reads.
  transform: { cluster: { settings: [{ name: "containerInsights", value: "enabled" }] } },
});

// How a deployed task reaches Redis without the auth token in its task definition (where DescribeTaskDefinition
// would show it): the endpoint as plain variables, the token injected by ECS from RedisTokenSecret (infra/redis.ts),
// whose version is named so that a new token replaces the tasks. Under `sst dev` the mains run on the laptop with
// the Redis link instead.
const redisEnvironment = {
  SLUICE_REDIS_URL: $interpolate`rediss://default@${redis.host}:${redis.port}`,
  SLUICE_REDIS_MODE: "cluster",
  ...(redisTokenVersion && { SLUICE_REDIS_TOKEN_VERSION: redisTokenVersion.versionId }),
};

/**
 * What every Fargate main shares: the cluster and image, its entry point (also what `sst dev` runs locally), Spot
 * outside production (at-least-once delivery makes a two-minute reclaim harmless), Redis (the link under `sst dev`,
 * else the endpoint and the token as a secret reference), secrets only as references and readable by this task
 * alone, the stop timeout with most of it given to in-flight work, a non-root user, log retention, and CPU scaling
 * that scales in slowly (each removed task hands back what it holds). Memory is no load signal for a
 * garbage-collected process.
 */
export function fargateMain(
  name: string,
  entry: string,
  args: {
    cpu: "0.25 vCPU" | "0.5 vCPU" | "1 vCPU" | "2 vCPU";
    memory: `${number} GB`;
    scaling: { min: number; max: number; cpuUtilization: number };
    environment: Record<string, $util.Input<string>>;
    /** Environment variables from Secrets Manager (variable → secret ARN), besides the Redis token. */
    secrets?: Record<string, $util.Input<string>>;
    /** Linked under `sst dev` instead of `secrets`. */
    devLink?: unknown[];
    loadBalancer?: sst.aws.ServiceArgs["loadBalancer"];
    /** Transforms of the load balancer's resources. */
    transform?: Pick<
      NonNullable<sst.aws.ServiceArgs["transform"]>,
      "target" | "loadBalancer" | "loadBalancerSecurityGroup"
    >;
  },
) {
  const command = ["node", entry];
  const secrets: Record<string, $util.Input<string>> = {
    ...(redisTokenSecret && { SLUICE_REDIS_PASSWORD: redisTokenSecret.arn }),
    ...args.secrets,
  };
  return new sst.aws.Service(name, {
    cluster,
    image,
    command,
    cpu: args.cpu,
    memory: args.memory,
    scaling: {
      ...args.scaling,
      memoryUtilization: false,
      scaleInCooldown: "5 minutes",
      scaleOutCooldown: "1 minute",
    },
    ...(production ? {} : { capacity: "spot" as const }),
    link: $dev ? [redis, ...(args.devLink ?? [])] : [],
    environment: {
      ...args.environment,
      ...(!$dev && redisEnvironment),
      SLUICE_SHUTDOWN_TIMEOUT_MS: String((stopTimeoutSeconds - 15) * 1000),
    },
    ssm: secrets,
    logging: { retention: production ? "3 months" : "1 week" },
    dev: { command: command.join(" ") },
    ...(args.loadBalancer && { loadBalancer: args.loadBalancer }),
    transform: {
      taskDefinition: containerDefaults(),
      executionRole: executionRoleReading(Object.values(secrets)),
      ...args.transform,
    },
  });
}

// The stream/group pairs a service is scaled on, and the lag age below which a group with a live consumer counts as
// keeping up (see lagAgeScaling).
interface LagAgeSignal {
  pairs: { stream: string; group: string }[];
  keepingUpMs: number;
}

// A metric alarm's math may read at most 10 metrics.
const MAX_ALARM_METRICS = 10;

/**
 * Metric math over stream/group pairs: per pair the metrics named by id (the maximum of each minute, dimensions
 * Stream and Group) and `perPair(i)` over them, then the MAX over the pairs, which the alarm watches.
 */
function worstOfPairs(
  alarm: string,
  pairs: LagAgeSignal["pairs"],
  metrics: Record<string, string>,
  perPair: (i: number) => string,
  label: string,
) {
  const count = pairs.length * Object.keys(metrics).length;
  if (count > MAX_ALARM_METRICS) {
    throw new Error(
      `${alarm}: ${pairs.length} stream/group pairs need ${count} metrics; CloudWatch allows ${MAX_ALARM_METRICS}`,
    );
  }
  return [
    ...pairs.flatMap(({ stream, group }, i) => [
      ...Object.entries(metrics).map(([id, metricName]) => ({
        id: `${id}${i}`,
        metric: {
          namespace: NAMESPACE,
          metricName,
          dimensions: { [Dimension.stream]: stream, [Dimension.group]: group },
          period: 60,
          stat: "Maximum",
        },
        returnData: false,
      })),
      { id: `pair${i}`, expression: perPair(i), label: `${stream}/${group}`, returnData: false },
    ]),
    {
      id: "worst",
      expression: pairs.length === 1 ? "pair0" : `MAX([${pairs.map((_, i) => `pair${i}`).join(", ")}])`,
      label,
      returnData: true,
    },
  ];
}

/** A step scaling policy on a service's scalable target, and the alarm that runs it. */
function stepScaling(
  name: string,
  service: sst.aws.Service,
  steps: aws.types.input.appautoscaling.PolicyStepScalingPolicyConfiguration,
  alarm: Omit<aws.cloudwatch.MetricAlarmArgs, "alarmActions">,
) {
  const target = service.nodes.autoScalingTarget;
  const policy = new aws.appautoscaling.Policy(name, {
    serviceNamespace: target.serviceNamespace,
    scalableDimension: target.scalableDimension,
    resourceId: target.resourceId,
    policyType: "StepScaling",
    stepScalingPolicyConfiguration: steps,
  });
  new aws.cloudwatch.MetricAlarm(`${name}Alarm`, { ...alarm, alarmActions: [policy.arn] });
  return policy;
}

/**
 * Step scaling on lag age (the age of the oldest entry no consumer of a group has been given), the signal KEDA's
 * redis-streams scaler lacks: it counts pending entries, which are 0 while nobody reads, so it cannot wake a
 * service for one waiting entry. The stream monitor (functions/jobs/stream-monitor.ts) emits LagAgeMs and
 * ActiveConsumers for every group each minute, tasks running or not. The alarm watches, per pair,
 *   waiting = IF(ActiveConsumers == 0, LagAgeMs, IF(LagAgeMs > keepingUpMs, LagAgeMs, 0))
 * and the MAX over the pairs, threshold > 0 ms over one minute: one entry that nobody reads trips it at once (that
 * is the activation, from zero tasks or from a group whose consumers all died), and so does a group whose live
 * consumers let entries wait longer than keepingUpMs. Below that a live group is keeping up: a busy consumer always
 * has a few entries arriving while it handles a batch, a lag age of milliseconds that must not add a task a minute.
 * Steps, by the worst lag age: +1 task above 0 (from zero the first task must start, about a minute on Fargate,
 * before more can help; CPU and backlog size the fleet from there), +2 above 30 s (half a monitor period behind:
 * one task a minute would not catch up), +4 above 2 min (far behind: the StreamLagAge alarm pages at 5 min). The
 * cooldown is the monitor's period; a larger step still applies during it. Scale-in stays with the other policies.
 */
function lagAgeScaling(name: string, service: sst.aws.Service, { pairs, keepingUpMs }: LagAgeSignal) {
  if ($dev) return undefined;
  const policy = `${name}LagAgeScaling`;
  return stepScaling(
    policy,
    service,
    {
      adjustmentType: "ChangeInCapacity",
      metricAggregationType: "Maximum",
      cooldown: 60,
      // Bounds are relative to the alarm's threshold, 0 ms.
      stepAdjustments: [
        { metricIntervalLowerBound: "0", metricIntervalUpperBound: "30000", scalingAdjustment: 1 },
        { metricIntervalLowerBound: "30000", metricIntervalUpperBound: "120000", scalingAdjustment: 2 },
        { metricIntervalLowerBound: "120000", scalingAdjustment: 4 },
      ],
    },
    {
      alarmDescription: `${name} scaling: an entry waits with no live consumer, or over ${keepingUpMs} ms with one (infra/workers.ts)`,
      comparisonOperator: "GreaterThanThreshold",
      threshold: 0,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      // No figures (the monitor not running): no scaling on them; StreamMonitorStale alarms instead.
      treatMissingData: "notBreaching",
      metricQueries: worstOfPairs(
        `${policy}Alarm`,
        pairs,
        { lagAge: StreamMetric.lagAge, active: StreamMetric.activeConsumers },
        (i) => `IF(active${i} == 0, lagAge${i}, IF(lagAge${i} > ${keepingUpMs}, lagAge${i}, 0))`,
        `${name}: lag age of entries waiting, worst group (ms)`,
      ),
    },
  );
}

/**
 * Back to zero tasks once the groups had nothing to do for 15 minutes: no entry waiting or pending (the monitor's
 * ConsumerLag and PendingEntries) and none processed (EntriesProcessed, 0 when no task reports). CPU tracking cannot
 * do it: it scales to ceil(tasks × CPU / target), never below one task. Only for a service whose minimum is 0.
 */
function idleScaleIn(name: string, service: sst.aws.Service, { pairs }: LagAgeSignal) {
  if ($dev) return undefined;
  const policy = `${name}IdleScaleIn`;
  const minutes = 15;
  return stepScaling(
    policy,
    service,
    {
      adjustmentType: "ExactCapacity",
      metricAggregationType: "Maximum",
      cooldown: 300,
      // Counts are integers: below 1 is 0, and the breach delta (at most -1) never sits on a step's bound.
      stepAdjustments: [{ metricIntervalUpperBound: "0", scalingAdjustment: 0 }],
    },
    {
      alarmDescription: `${name} scaling: nothing to do for ${minutes} minutes, back to zero tasks (infra/workers.ts)`,
      comparisonOperator: "LessThanThreshold",
      threshold: 1,
      evaluationPeriods: minutes,
      datapointsToAlarm: minutes,
      // Without the monitor's figures nothing says the groups are idle: keep the tasks.
      treatMissingData: "notBreaching",
      metricQueries: worstOfPairs(
        `${policy}Alarm`,
        pairs,
        { lag: StreamMetric.lag, pending: StreamMetric.pending, processed: StreamMetric.processed },
        (i) => `lag${i} + pending${i} + FILL(processed${i}, 0)`,
        `${name}: entries waiting, pending or processed, busiest group`,
      ),
    },
  );
}

// Outside production the consumer may stop entirely: with a task always reading, a waiting entry is read within
// milliseconds and "activating on one waiting entry" would never happen. At zero tasks DrainConsumer still drains
// the group every minute; an entry that finds nobody reading starts a task, 15 idle minutes stop it. Production keeps
// two tasks for latency and availability.
export const consumerMinTasks = production ? 2 : 0;
const consumerSignal: LagAgeSignal = {
  pairs: consumerEnvironment.SLUICE_CONSUMER_STREAMS.split(",").map((stream) => ({
    stream,
    group: consumerEnvironment.SLUICE_CONSUMER_GROUP,
  })),
  // A consumer keeping up reads new entries as they arrive; they wait only while it handles a batch.
  keepingUpMs: 5000,
};

export const consumer = fargateMain("Consumer", "functions/services/consumer.ts", {
  cpu: production ? "1 vCPU" : "0.25 vCPU",
  memory: production ? "2 GB" : "0.5 GB",
  // Node is single-threaded: scale out on CPU; and on lag age (below).
  scaling: { min: consumerMinTasks, max: production ? 8 : 2, cpuUtilization: 60 },
  environment: consumerEnvironment,
});

export const consumerLagAgeScaling = lagAgeScaling("Consumer", consumer, consumerSignal);
export const consumerIdleScaleIn =
  consumerMinTasks === 0 ? idleScaleIn("Consumer", consumer, consumerSignal) : undefined;

export const drainConsumer = new sst.aws.Function("DrainConsumer", {
  ...lambdaDefaults,
  handler: "functions/consumers/drain.handler",
  memory: "1024 MB",
  // The handler stops reading shortly before this (Middy's timeoutEarly pattern) and leaves the rest pending.
  timeout: "60 seconds",
  // A failed drain is not retried: the next run starts a minute later and pending entries are reclaimed anyway.
  retries: 0,
  link: redisLinks,
  environment: consumerEnvironment,
});

export const drainSchedule = new sst.aws.CronV2("DrainConsumerSchedule", {
  function: drainConsumer,
  dlq: scheduleDlq.arn,
  schedule: "rate(1 minute)",
});

// Request-reply workers. The consumer group every ingress (infra/api.ts) and worker agrees on.
export const proxyGroup = "proxy";

// `name` (built-in echo/delay), `name=echo|delay` or `name=https://upstream/path`: see docs/request-reply.md; the
// names are checked by infra/stage-settings.ts as the worker would.
const proxyRouteNames = stage.proxyRoutes.map((item) => item.split("=")[0] ?? "");
// Requests handled at once per route by one task (the seed's five "terminals" per pod).
const proxyTerminals = stage.proxyTerminals;
// Requests waiting or in progress per task on the busiest route that the backlog policy aims for: by default 80%
// of the terminals busy and nothing queued. Above the terminals, requests queue and the service scales out.
const proxyBacklogPerTask = stage.proxyBacklogPerTask ?? proxyTerminals * 0.8;

export const proxy = fargateMain("Proxy", "functions/services/proxy.ts", {
  // Mostly waiting on Redis and upstreams; CPU matters only for echo-like routes at thousands of requests/s.
  cpu: production ? "0.5 vCPU" : "0.25 vCPU",
  memory: production ? "1 GB" : "0.5 GB",
  // Bounds and the CPU policy come from SST; the backlog and lag-age policies are added below on the same scalable
  // target. CPU stays as a signal (a CPU-bound route can be slow without a long backlog); with several target
  // tracking policies ECS scales out when any asks and scales in only when all agree; the lag-age step policy only
  // ever adds tasks.
  scaling: { min: stage.proxyMinTasks, max: stage.proxyMaxTasks, cpuUtilization: 70 },
  // A request's deadline is at most about 28 s behind API Gateway, so in-flight requests finish within the
  // shutdown timeout.
  environment: {
    SLUICE_PROXY_ROUTES: stage.proxyRoutes.join(","),
    SLUICE_PROXY_TERMINALS: String(proxyTerminals),
    SLUICE_PROXY_GROUP: proxyGroup,
  },
});

// Scaling driven by the backlog. SST's `scaling` only tracks CPU, memory or ALB requests, so this policy is a raw
// Application Auto Scaling target tracking policy on the scalable target SST created for the service. Its metric is
// the backlog per task of the busiest route, from the EMF metrics every worker emits once a minute per route
// (namespace Sluice, dimensions Stream=rr.<route> and Group=proxy; names in packages/observability):
//   backlog(route) = ConsumerLag + PendingEntries   (requests accepted and not yet answered, as the ingress counts
//                                                    them for its 503; every task and the stream monitor report the
//                                                    same group figures, so their Average is the group's value)
//   tasks          = SampleCount of EntriesProcessed (one data point per running task per minute: only the workers'
//                                                    runners emit it, where the monitor adds a PendingEntries point)
//   metric         = MAX over routes of backlog(route) / tasks
// A backlog per task grows as tasks are removed and shrinks as they are added, which target tracking requires.
// Caveat: a task's once-a-minute flush can fall into the neighbouring minute, so `tasks` is off by one now and then;
// enabling Container Insights and dividing by ECS/ContainerInsights RunningTaskCount would be exact (and cost
// more). Without data (no task running or metrics missing) target tracking does nothing; `min` keeps tasks running.
const routeMetric = (route: string, metricName: string, stat: string) => ({
  metricStat: {
    metric: {
      namespace: NAMESPACE,
      metricName,
      dimensions: [
        // The request stream of a route is the ordinary Sluice stream `rr.<route>` (docs/request-reply.md).
        { name: Dimension.stream, value: `rr.${route}` },
        { name: Dimension.group, value: proxyGroup },
      ],
    },
    stat,
  },
  returnData: false,
});
const backlogQueries = proxyRouteNames.flatMap((route, i) => [
  { id: `lag${i}`, ...routeMetric(route, StreamMetric.lag, "Average") },
  { id: `pending${i}`, ...routeMetric(route, StreamMetric.pending, "Average") },
  { id: `backlog${i}`, expression: `lag${i} + pending${i}`, label: `backlog rr.${route}`, returnData: false },
]);
const busiestBacklog =
  proxyRouteNames.length === 1
    ? "backlog0"
    : `MAX([${proxyRouteNames.map((_, i) => `backlog${i}`).join(", ")}])`;

export const proxyBacklogPolicy = $dev
  ? undefined
  : new aws.appautoscaling.Policy("ProxyBacklogScaling", {
      serviceNamespace: proxy.nodes.autoScalingTarget.serviceNamespace,
      scalableDimension: proxy.nodes.autoScalingTarget.scalableDimension,
      resourceId: proxy.nodes.autoScalingTarget.resourceId,
      policyType: "TargetTrackingScaling",
      targetTrackingScalingPolicyConfiguration: {
        targetValue: proxyBacklogPerTask,
        // Out quickly (callers are waiting), in slowly (each removed task hands back its in-flight requests).
        scaleOutCooldown: 60,
        scaleInCooldown: 300,
        customizedMetricSpecification: {
          metrics: [
            ...backlogQueries,
            { id: "tasks", ...routeMetric(proxyRouteNames[0] ?? "", StreamMetric.processed, "SampleCount") },
            {
              id: "backlogPerTask",
              expression: `${busiestBacklog} / tasks`,
              label: "proxy backlog per task, busiest route",
              returnData: true,
            },
          ],
        },
      },
    });

// Lag age: requests waiting for a terminal. A worker with a free terminal reads a request within milliseconds, so a
// second of waiting means every terminal of every task is busy and callers, whose deadline is at most about 28 s
// away, feel it; the backlog policy aims at 80% busy and arrives a minute later. The minimum stays at least 1: a
// request-reply caller cannot wait for a task to start.
export const proxyLagAgeScaling = lagAgeScaling("Proxy", proxy, {
  pairs: proxyRouteNames.map((route) => ({ stream: `rr.${route}`, group: proxyGroup })),
  keepingUpMs: 1000,
});
