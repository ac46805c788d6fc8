// The long-running workers: an ECS cluster with the Fargate service "Consumer" (blocking reads, scales with CPU)
// and the Lambda "DrainConsumer", scheduled every minute, which drains the same group within its remaining time;
// and the Fargate service "Proxy", the request-reply workers behind POST /v1/requests/{route}, scaled on their
// backlog. All run in the private subnets next to ElastiCache and link Redis.

import { Dimension, NAMESPACE, StreamMetric } from "../packages/observability/src/metric-names";
import { vpc } from "./network";
import { redis } from "./redis";
import { integerSetting, numberSetting, setting } from "./settings";

const production = $app.stage === "production";

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
});

// Seconds between SIGTERM and SIGKILL when a task stops (deploy, scale-in, Spot reclaim). The consumer and the
// proxy use them to finish their in-flight work or hand the entries back. Fargate allows at most 120.
const stopTimeoutSeconds = 60;

// SST 4.17.1 exposes no stop timeout option; set it on every container of a service's task definition.
function setStopTimeout(args: aws.ecs.TaskDefinitionArgs): undefined {
  args.containerDefinitions = $output(args.containerDefinitions).apply((json) =>
    JSON.stringify(
      (JSON.parse(json) as Record<string, unknown>[]).map((container) => ({
        ...container,
        stopTimeout: stopTimeoutSeconds,
      })),
    ),
  );
}

// One image for every Fargate main in functions/services (Dockerfile at the repository root); Node 24 runs the
// TypeScript sources directly, so the entry point is chosen by each service's command.
export const image = { context: ".", dockerfile: "Dockerfile" };

/**
 * What every Fargate main shares: the cluster and image, its entry point (also what `sst dev` runs locally), Spot
 * outside production (at-least-once delivery makes a two-minute reclaim harmless), the Redis link, the stop timeout
 * with most of it given to in-flight work, log retention, and CPU scaling that scales in slowly (each removed task
 * hands back what it holds). Memory is no load signal for a garbage-collected process.
 */
export function fargateMain(
  name: string,
  entry: string,
  args: {
    cpu: "0.25 vCPU" | "0.5 vCPU" | "1 vCPU" | "2 vCPU";
    memory: `${number} GB`;
    scaling: { min: number; max: number; cpuUtilization: number };
    environment: Record<string, string>;
    /** Linked besides Redis. */
    link?: unknown[];
    loadBalancer?: sst.aws.ServiceArgs["loadBalancer"];
    /** Transform of the load balancer's target group. */
    target?: NonNullable<sst.aws.ServiceArgs["transform"]>["target"];
  },
) {
  const command = ["node", entry];
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
    link: [redis, ...(args.link ?? [])],
    environment: {
      ...args.environment,
      SLUICE_SHUTDOWN_TIMEOUT_MS: String((stopTimeoutSeconds - 15) * 1000),
    },
    logging: { retention: production ? "3 months" : "1 week" },
    dev: { command: command.join(" ") },
    ...(args.loadBalancer && { loadBalancer: args.loadBalancer }),
    transform: { taskDefinition: setStopTimeout, ...(args.target && { target: args.target }) },
  });
}

export const consumer = fargateMain("Consumer", "functions/services/consumer.ts", {
  cpu: production ? "1 vCPU" : "0.25 vCPU",
  memory: production ? "2 GB" : "0.5 GB",
  // Node is single-threaded: scale out on CPU.
  scaling: { min: production ? 2 : 1, max: production ? 8 : 2, cpuUtilization: 60 },
  environment: consumerEnvironment,
});

export const drainConsumer = new sst.aws.Function("DrainConsumer", {
  handler: "functions/consumers/drain.handler",
  runtime: "nodejs24.x",
  // Pure JavaScript dependencies: arm64 is about 20% cheaper per GB-second with nothing to cross-compile.
  architecture: "arm64",
  memory: "1024 MB",
  // The handler stops reading shortly before this (Middy's timeoutEarly pattern) and leaves the rest pending.
  timeout: "60 seconds",
  // A failed drain is not retried: the next run starts a minute later and pending entries are reclaimed anyway.
  retries: 0,
  vpc,
  link: [redis],
  environment: consumerEnvironment,
  logging: { retention: production ? "3 months" : "1 week" },
});

export const drainSchedule = new sst.aws.CronV2("DrainConsumerSchedule", {
  function: drainConsumer,
  schedule: "rate(1 minute)",
});

// Request-reply workers. The consumer group every ingress (infra/api.ts) and worker agrees on.
export const proxyGroup = "proxy";

// `name` (built-in echo/delay), `name=echo|delay` or `name=https://upstream/path`: see docs/request-reply.md. The
// names are checked here as the worker would, so a typo stops the deploy instead of every task at start.
const proxyRoutes = setting("SLUICE_PROXY_ROUTES") ?? "echo,delay";
const proxyRouteNames = proxyRoutes.split(",").map((item) => item.trim().split("=")[0] ?? "");
for (const route of proxyRouteNames) {
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(route)) {
    throw new Error(`SLUICE_PROXY_ROUTES: invalid route name ${JSON.stringify(route)} in ${proxyRoutes}`);
  }
}
// Requests handled at once per route by one task (the seed's five "terminals" per pod).
const proxyTerminals = integerSetting("SLUICE_PROXY_TERMINALS", 5, 1, 1000);
// The seed ran 15 pods scaling to 30; other stages only need to work.
const proxyMinTasks = integerSetting("SLUICE_PROXY_MIN_TASKS", production ? 15 : 1, 1, 1000);
const proxyMaxTasks = integerSetting("SLUICE_PROXY_MAX_TASKS", production ? 30 : 2, proxyMinTasks, 1000);
// Requests waiting or in progress per task on the busiest route that the backlog policy aims for: by default 80%
// of the terminals busy and nothing queued. Above the terminals, requests queue and the service scales out.
const proxyBacklogPerTask = numberSetting("SLUICE_PROXY_BACKLOG_PER_TASK", proxyTerminals * 0.8);

export const proxy = fargateMain("Proxy", "functions/services/proxy.ts", {
  // Mostly waiting on Redis and upstreams; CPU matters only for echo-like routes at thousands of requests/s.
  cpu: production ? "0.5 vCPU" : "0.25 vCPU",
  memory: production ? "1 GB" : "0.5 GB",
  // Bounds and the CPU policy come from SST; the backlog policy is added below on the same scalable target.
  // CPU stays as a second signal (a CPU-bound route can be slow without a long backlog); with several target
  // tracking policies ECS scales out when any asks and scales in only when all agree.
  scaling: { min: proxyMinTasks, max: proxyMaxTasks, cpuUtilization: 70 },
  // A request's deadline is at most about 28 s behind API Gateway, so in-flight requests finish within the
  // shutdown timeout.
  environment: {
    SLUICE_PROXY_ROUTES: proxyRoutes,
    SLUICE_PROXY_TERMINALS: String(proxyTerminals),
    SLUICE_PROXY_GROUP: proxyGroup,
  },
});

// Scaling driven by the backlog. SST's `scaling` only tracks CPU, memory or ALB requests, so this policy is a raw
// Application Auto Scaling target tracking policy on the scalable target SST created for the service. Its metric is
// the backlog per task of the busiest route, from the EMF metrics every worker emits once a minute per route
// (namespace Sluice, dimensions Stream=rr.<route> and Group=proxy; names in packages/observability):
//   backlog(route) = ConsumerLag + PendingEntries   (requests accepted and not yet answered, as the ingress counts
//                                                    them for its 503; every task reports the same group figures,
//                                                    so their Average is the group's value)
//   tasks          = SampleCount of PendingEntries  (one data point per running task per minute)
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
            { id: "tasks", ...routeMetric(proxyRouteNames[0] ?? "", StreamMetric.pending, "SampleCount") },
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
