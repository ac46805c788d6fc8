// The ECS cluster every Fargate main runs in, and fargateMain, the one way they run there (infra/consumers.ts,
// infra/proxy.ts, infra/frames.ts): in the private subnets next to ElastiCache, Redis reached without its token in a
// task definition.

import { SERVICE_NODE_OPTIONS } from "../functions/config/service-node-options";
import { containerDefaults, executionRoleReading, image, stopTimeoutSeconds } from "./containers";
import { vpc } from "./network";
import { redis, redisTokenSecret, redisTokenVersion } from "./redis";
import { production } from "./stage-settings";

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
      NODE_OPTIONS: SERVICE_NODE_OPTIONS,
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
