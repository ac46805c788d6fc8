// Camera frames: the Fargate service "FramePipeline", which runs the three consumer groups of the frame pipeline
// (stream_processor, ml_inference, output_consumers; docs/frames.md argues Fargate over Lambda), scaled on how old
// the oldest unread frame is; and the Fargate service "Gateway", the gRPC StreamingService behind a load balancer.

import { FRAME_GROUPS, FRAME_STREAMS } from "../packages/frames/src/pipeline/frame-streams";
import { Dimension, NAMESPACE, StreamMetric } from "../packages/observability/src/metric-names";
import { integerSetting, numberSetting, setting } from "./settings";
import { fargateMain } from "./workers";

const production = $app.stage === "production";

export const framePipeline = fargateMain("FramePipeline", "functions/services/frames.ts", {
  // Compression is CPU-bound and sharp uses every core it gets: 2 vCPU per task in production.
  cpu: production ? "2 vCPU" : "0.5 vCPU",
  memory: production ? "4 GB" : "1 GB",
  scaling: {
    min: integerSetting("SLUICE_FRAMES_MIN_TASKS", production ? 2 : 1, 1, 1000),
    max: integerSetting("SLUICE_FRAMES_MAX_TASKS", production ? 20 : 2, 1, 1000),
    cpuUtilization: 70,
  },
  environment: { SLUICE_FRAMES_CROPS: setting("SLUICE_FRAMES_CROPS") ?? "false" },
});

// Scaling on lag age: the age of the oldest frame no consumer of a stage has read yet, the worst of the three stages,
// from the EMF figures the runners emit once a minute per stream and group (names in packages/observability). Lag
// age, unlike a count, means the same at 100 and at 10,000 frames/s: it is the delay the stage adds. CPU tracking
// stays as the second policy (ECS scales out when either asks and in only when both agree).
const lagAgeTargetMs = numberSetting("SLUICE_FRAMES_LAG_AGE_TARGET_MS", 2000);
const stages = [
  { stream: FRAME_STREAMS.input, group: FRAME_GROUPS.processor },
  { stream: FRAME_STREAMS.processed, group: FRAME_GROUPS.inference },
  { stream: FRAME_STREAMS.output, group: FRAME_GROUPS.output },
];

export const framePipelineLagScaling = $dev
  ? undefined
  : new aws.appautoscaling.Policy("FramePipelineLagAgeScaling", {
      serviceNamespace: framePipeline.nodes.autoScalingTarget.serviceNamespace,
      scalableDimension: framePipeline.nodes.autoScalingTarget.scalableDimension,
      resourceId: framePipeline.nodes.autoScalingTarget.resourceId,
      policyType: "TargetTrackingScaling",
      targetTrackingScalingPolicyConfiguration: {
        targetValue: lagAgeTargetMs,
        scaleOutCooldown: 60,
        scaleInCooldown: 300,
        customizedMetricSpecification: {
          metrics: [
            ...stages.map(({ stream, group }, i) => ({
              id: `lagAge${i}`,
              metricStat: {
                metric: {
                  namespace: NAMESPACE,
                  metricName: StreamMetric.lagAge,
                  dimensions: [
                    { name: Dimension.stream, value: stream },
                    { name: Dimension.group, value: group },
                  ],
                },
                stat: "Maximum",
              },
              returnData: false,
            })),
            {
              id: "worstLagAge",
              expression: `MAX([${stages.map((_, i) => `lagAge${i}`).join(", ")}])`,
              label: "frame pipeline lag age, worst stage (ms)",
              returnData: true,
            },
          ],
        },
      },
    });

// The gRPC gateway. With SLUICE_GRPC_DOMAIN: a public Application Load Balancer terminating TLS with the domain's
// certificate and speaking gRPC (HTTP/2) to the tasks, its health check the standard grpc.health.v1 Check (the ALB
// judges the gRPC status code: 0 for any answer, so it catches tasks that do not answer; ECS drains stopping ones). Without a domain there is no certificate for TLS, so the gateway is internal: a Network Load
// Balancer passing TCP through to the tasks' HTTP/2 port, reachable from the VPC only.
const grpcPort = 50051;
const grpcDomain = setting("SLUICE_GRPC_DOMAIN");

// Bearer tokens the gateway accepts (comma-separated): `sst secret set GrpcTokens "token-a,token-b"`.
export const grpcTokens = new sst.Secret("GrpcTokens");

export const gateway = fargateMain("Gateway", "functions/services/gateway.ts", {
  cpu: production ? "1 vCPU" : "0.25 vCPU",
  memory: production ? "2 GB" : "0.5 GB",
  scaling: {
    min: integerSetting("SLUICE_GATEWAY_MIN_TASKS", production ? 2 : 1, 1, 1000),
    max: integerSetting("SLUICE_GATEWAY_MAX_TASKS", production ? 10 : 2, 1, 1000),
    cpuUtilization: 60,
  },
  environment: { SLUICE_GRPC_PORT: String(grpcPort), SLUICE_GRPC_HOST: "0.0.0.0" },
  link: [grpcTokens],
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
  // The ALB's target group speaks gRPC to the tasks (the default HTTP1 would break HTTP/2 framing).
  ...(grpcDomain && {
    target: (args: aws.lb.TargetGroupArgs) => {
      args.protocolVersion = "GRPC";
    },
  }),
});
