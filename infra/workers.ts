// The hosts of the consumer-group runner: an ECS cluster with the long-running Fargate service "Consumer"
// (blocking reads, scales with CPU) and the Lambda "DrainConsumer", scheduled every minute, which drains the
// same group within its remaining time. Both run in the private subnets next to ElastiCache and link Redis.
import { vpc } from "./network";
import { redis } from "./redis";

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

// Seconds between SIGTERM and SIGKILL when a task stops (deploy, scale-in, Spot reclaim). The consumer uses them
// to finish its in-flight batch or hand the entries back. Fargate allows at most 120.
const stopTimeoutSeconds = 60;

export const consumer = new sst.aws.Service("Consumer", {
  cluster,
  // One image for every Fargate main in functions/services (Dockerfile at the repository root); Node 24 runs
  // the TypeScript sources directly, so the entry point is chosen by the command.
  image: { context: ".", dockerfile: "Dockerfile" },
  command: ["node", "functions/services/consumer.ts"],
  cpu: production ? "1 vCPU" : "0.25 vCPU",
  memory: production ? "2 GB" : "0.5 GB",
  // Node is single-threaded: scale out on CPU. Memory is no load signal for a garbage-collected process.
  // Scale in slowly, since each removed task hands back its pending entries.
  scaling: {
    min: production ? 2 : 1,
    max: production ? 8 : 2,
    cpuUtilization: 60,
    memoryUtilization: false,
    scaleInCooldown: "5 minutes",
    scaleOutCooldown: "1 minute",
  },
  // At-least-once delivery makes Spot's two-minute reclaim harmless; production keeps on-demand capacity.
  ...(production ? {} : { capacity: "spot" as const }),
  link: [redis],
  // Most of the stop timeout goes to finishing in-flight batches; the rest to handing back and closing.
  environment: {
    ...consumerEnvironment,
    SLUICE_SHUTDOWN_TIMEOUT_MS: String((stopTimeoutSeconds - 15) * 1000),
  },
  logging: { retention: production ? "3 months" : "1 week" },
  // `sst dev` runs the same main locally against the local Redis instead of deploying the service.
  dev: { command: "node functions/services/consumer.ts" },
  transform: {
    // SST 4.17.1 exposes no stop timeout option; set it on every container of the task definition.
    taskDefinition: (args) => {
      args.containerDefinitions = $output(args.containerDefinitions).apply((json) =>
        JSON.stringify(
          (JSON.parse(json) as Record<string, unknown>[]).map((container) => ({
            ...container,
            stopTimeout: stopTimeoutSeconds,
          })),
        ),
      );
    },
  },
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
