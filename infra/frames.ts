// Camera frames: the Fargate service "FramePipeline", which runs the three consumer groups of the frame pipeline
// (stream_processor, ml_inference, output_consumers; docs/frames.md argues Fargate over Lambda), scaled on how old
// the oldest unread frame is; and the Fargate service "Gateway", the gRPC StreamingService behind a load balancer.

import { FRAME_GROUPS, FRAME_STREAMS } from "@sluice/frames/streams";
import { StreamMetric } from "@sluice/observability/metric-names";
import { fargateMain } from "./cluster";
import { VPC_CIDR } from "./network";
import { groupMetric, targetTracking, worstOf } from "./scaling";
import { production, stage } from "./stage-settings";

export const framePipeline = fargateMain("FramePipeline", "functions/services/frames.ts", {
  // Compression is CPU-bound and sharp uses every core it gets: 2 vCPU per task in production.
  cpu: production ? "2 vCPU" : "0.5 vCPU",
  memory: production ? "4 GB" : "1 GB",
  scaling: {
    min: stage.framesMinTasks,
    max: stage.framesMaxTasks,
    cpuUtilization: 70,
  },
  environment: { SLUICE_FRAMES_CROPS: String(stage.framesCrops) },
});

// Scaling on lag age: the age of the oldest frame no consumer of a stage has read yet, the worst of the three stages,
// from the EMF figures the runners emit once a minute per stream and group (names in packages/observability). Lag
// age, unlike a count, means the same at 100 and at 10,000 frames/s: it is the delay the stage adds. CPU tracking
// stays as the second policy (ECS scales out when either asks and in only when both agree).
const lagAgeTargetMs = stage.framesLagAgeTargetMs;
const stages = [
  { stream: FRAME_STREAMS.input, group: FRAME_GROUPS.processor },
  { stream: FRAME_STREAMS.processed, group: FRAME_GROUPS.inference },
  { stream: FRAME_STREAMS.output, group: FRAME_GROUPS.output },
];

export const framePipelineLagScaling = targetTracking(
  "FramePipelineLagAgeScaling",
  framePipeline,
  lagAgeTargetMs,
  [
    ...stages.map(({ stream, group }, i) => ({
      id: `lagAge${i}`,
      ...groupMetric(stream, group, StreamMetric.lagAge, "Maximum"),
    })),
    {
      id: "worstLagAge",
      expression: worstOf(stages.map((_, i) => `lagAge${i}`)),
      label: "frame pipeline lag age, worst stage (ms)",
      returnData: true,
    },
  ],
);

// The gRPC gateway (infra/stages.ts, `grpc`). With a domain: a public Application Load Balancer terminating TLS with
// the domain's certificate and speaking gRPC (HTTP/2) to the tasks, its health check the standard grpc.health.v1 Check
// (the ALB judges the gRPC status code: 0 for any answer, so it catches tasks that do not answer; ECS drains stopping
// ones). "internal": there is no certificate for TLS, so the gateway is internal: a Network Load Balancer passing TCP
// through to the tasks' HTTP/2 port, reachable from the VPC only.
const grpcPort = 50051;
const grpcDomain = typeof stage.grpc === "object" ? stage.grpc.domain : undefined;
// An ALB closes a connection idle this long (default 60 s): a Subscribe waiting for entries on a quiet stream is
// idle, and its clients would see the stream cut every minute. 3,600 s of 4,000 allowed; clients keep alive below it.
export const grpcIdleTimeoutSeconds = 3600;

// The gateway's token → scopes table (JSON, docs/grpc.md): `npx sst secret set GrpcTokens '[{"name":"camera-7",
// "sha256":"<hex>","scopes":["publish:frames.input"]}]'`. Without it a deployed gateway refuses to start. A personal
// `sst dev` stage runs the gateway on the laptop (bound to 127.0.0.1) and needs no secret set: it gets a fixed
// all-scopes development token unless one is set.
const DEV_TOKENS = JSON.stringify([{ name: "dev", token: "sluice-dev-token", scopes: ["*"] }]);
export const grpcTokens = new sst.Secret("GrpcTokens", $dev ? DEV_TOKENS : undefined);
// Deployed tasks get the tokens as a secret reference (not a plain variable in the task definition): a copy of the
// secret in Secrets Manager, readable by the gateway's execution role alone.
const grpcTokensSecret = $dev
  ? undefined
  : new aws.secretsmanager.Secret("GrpcTokensSecret", { recoveryWindowInDays: 0 });
const grpcTokensVersion =
  grpcTokensSecret &&
  new aws.secretsmanager.SecretVersion("GrpcTokensSecretVersion", {
    secretId: grpcTokensSecret.id,
    secretString: grpcTokens.value,
  });

// Who may reach the load balancer: HTTPS from anywhere for the public ALB, the gRPC port from the VPC for the
// internal NLB (SST opens every port to everyone).
const loadBalancerIngress = grpcDomain
  ? { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }
  : { protocol: "tcp", fromPort: grpcPort, toPort: grpcPort, cidrBlocks: [VPC_CIDR] };

export const gateway = fargateMain("Gateway", "functions/services/gateway.ts", {
  cpu: production ? "1 vCPU" : "0.25 vCPU",
  memory: production ? "2 GB" : "0.5 GB",
  scaling: { min: stage.gatewayMinTasks, max: stage.gatewayMaxTasks, cpuUtilization: 60 },
  // Under `sst dev` the gateway runs on the laptop: reachable from it alone.
  environment: {
    SLUICE_GRPC_PORT: String(grpcPort),
    SLUICE_GRPC_HOST: $dev ? "127.0.0.1" : "0.0.0.0",
    // ECS reads secrets when a task starts: naming the tokens' version here makes a changed secret a new task
    // definition, so a deploy replaces the tasks one by one and they read the new tokens (rotation, docs/deployment.md).
    ...(grpcTokensVersion && { SLUICE_TOKENS_VERSION: grpcTokensVersion.versionId }),
  },
  ...(grpcTokensSecret ? { secrets: { SLUICE_TOKENS: grpcTokensSecret.arn } } : { devLink: [grpcTokens] }),
  loadBalancer: grpcDomain
    ? {
        domain: grpcDomain,
        rules: [{ listen: "443/https", forward: `${grpcPort}/http` }],
        health: {
          [`${grpcPort}/http`]: {
            path: "/grpc.health.v1.Health/Check",
            successCodes: "0",
            interval: "10 seconds",
          },
        },
      }
    : { public: false, rules: [{ listen: `${grpcPort}/tcp`, forward: `${grpcPort}/tcp` }] },
  transform: {
    loadBalancerSecurityGroup: (args: aws.ec2.SecurityGroupArgs) => {
      args.ingress = [loadBalancerIngress];
    },
    ...(grpcDomain && {
      // The ALB's target group speaks gRPC to the tasks (the default HTTP1 would break HTTP/2 framing).
      target: (args: aws.lb.TargetGroupArgs) => {
        args.protocolVersion = "GRPC";
      },
      loadBalancer: (args: aws.lb.LoadBalancerArgs) => {
        args.idleTimeout = grpcIdleTimeoutSeconds;
      },
    }),
  },
});
