// The SST app's resource graph, evaluated offline under Pulumi mocks (scripts/sst-graph): the real sst.config.ts and
// infra/ for production (with and without a gRPC domain), staging (with and without one) and a personal `sst dev`
// stage, against the pinned SST version's own components. It checks the invariants a deploy must keep (runtimes,
// networks, secrets, Redis protection, schedules, public routes, buckets, CloudWatch limits, least privilege, dev
// commands) and keeps the count of resources per type in test/deploy-graph/resource-counts.json: a change that adds or
// removes resources updates it on purpose (`npm test -- test/deploy-graph.test.ts --update`). Needs .sst/platform
// (`npm run typecheck:sst` installs it): without it the suite is skipped with one line naming that command, and fails
// under CI (@sluice/testing/required-tool).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describeWithTool, type RequiredTool } from "@sluice/testing/required-tool";
import { beforeAll, expect, it } from "vitest";
import { loadRedisConfig } from "../functions/config/redis.ts";
import { SERVICE_NODE_OPTIONS } from "../functions/config/service-node-options.ts";
import { defaults, requiredInProduction, type StageSettings, stages } from "../infra/stages.ts";
import { evaluate, type Graph, platformMissing, ROOT, type Variant } from "../scripts/sst-graph/evaluate.ts";
import {
  containersOf,
  countByType,
  type GraphResource,
  mainContainer,
  ofType,
  roleStatements,
  type Statement,
} from "../scripts/sst-graph/graph.ts";

// The pinned SST's component sources, which `npm run typecheck:sst` installs (.ci/run runs it before the tests).
const SST_PLATFORM: RequiredTool = {
  name: "the pinned SST version's components in .sst/platform",
  install: "npm run typecheck:sst (about a minute, once per SST version)",
  missing: platformMissing,
};

/** The repository's stage table with production given the settings a team must choose. */
function table(production: Partial<StageSettings>, others: Record<string, Partial<StageSettings>> = {}) {
  return {
    defaults,
    requiredInProduction,
    stages: { ...stages, ...others, production: { ...stages.production, ...production } },
  };
}
const PRODUCTION_CHOICES: Partial<StageSettings> = {
  apiAuth: { jwt: { issuer: "https://issuer.example.com/", audiences: ["sluice-api"] } },
  grpc: { domain: "grpc.example.com" },
  alarmEmail: "oncall@example.com",
};
const GRPC_TOKENS = "graph-token-a,graph-token-b";
// What the mocks answer for SST's generated Redis auth token (scripts/sst-graph/mocks.ts).
const GENERATED_TOKEN = "mock-random-result-0123456789";

const VARIANTS = {
  production: { stage: "production", stages: table(PRODUCTION_CHOICES) },
  // Also the second deploy of a rotation of the Redis token: the previous token retired.
  productionInternal: {
    stage: "production",
    stages: table({
      apiAuth: "iam",
      grpc: "internal",
      alarmEmail: "none",
      redisAuthToken: { generation: 3, retiredThrough: 3 },
    }),
  },
  staging: { stage: "staging" },
  // Also the first deploy of a rotation of the Redis token (generation raised, the one before it retired long ago): a
  // new token, the previous one still accepted.
  stagingDomain: {
    stage: "staging",
    stages: table(
      {},
      {
        staging: {
          network: "own",
          grpc: { domain: "grpc.example.com" },
          redisAuthToken: { generation: 2, retiredThrough: 1 },
        },
      },
    ),
  },
  // A short-lived stage deployed into staging's VPC.
  pr7: { stage: "pr-7" },
  // A developer's first `npx sst dev`: no secret set.
  dev: { stage: "alice", dev: true, secrets: {} },
} satisfies Record<string, Variant>;
type Name = keyof typeof VARIANTS;
const DEPLOYED: Name[] = ["production", "productionInternal", "staging", "stagingDomain", "pr7"];

const graphs = {} as Record<Name, GraphResource[]>;
// Deploys that must stop before creating anything.
const REFUSED = {
  unconfiguredProduction: { stage: "production" },
  badSetting: { stage: "staging", stages: table({}, { staging: { network: "own", apiRateLimit: 0 } }) },
  missingSharedVpc: {
    stage: "pr-9",
    stages: table(
      {},
      { "pr-9": { network: { shareFrom: "never-deployed" } }, "never-deployed": { network: "own" } },
    ),
  },
  sharingProduction: {
    stage: "pr-8",
    stages: table({}, { "pr-8": { network: { shareFrom: "production" } } }),
  },
} satisfies Record<string, Variant>;
const refused = {} as Record<keyof typeof REFUSED, Graph>;

/** Runs `tasks` two at a time (two cores). */
async function pairwise<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += 2)
    results.push(...(await Promise.all(tasks.slice(i, i + 2).map((t) => t()))));
  return results;
}

const resourcesOf = (graph: Graph, name: string): GraphResource[] => {
  if ("error" in graph) throw new Error(`${name}: the SST app failed under mocks: ${graph.error}`);
  return graph.resources;
};

describeWithTool(SST_PLATFORM, "the SST app's resource graph (offline, Pulumi mocks)", () => {
  beforeAll(async () => {
    const names = Object.keys(VARIANTS) as Name[];
    const refusals = Object.keys(REFUSED) as (keyof typeof REFUSED)[];
    const results = await pairwise([
      ...names.map((name) => () => evaluate(VARIANTS[name])),
      ...refusals.map((name) => () => evaluate(REFUSED[name])),
    ]);
    names.forEach((name, i) => {
      graphs[name] = resourcesOf(results[i] as Graph, name);
    });
    refusals.forEach((name, i) => {
      refused[name] = results[names.length + i] as Graph;
    });
  }, 180_000);

  it("keeps the count of resources per type (update on purpose with --update)", async () => {
    const counts = Object.fromEntries(
      (Object.keys(VARIANTS) as Name[]).map((name) => [name, countByType(graphs[name])]),
    );
    await expect(`${JSON.stringify(counts, null, 2)}\n`).toMatchFileSnapshot(
      "./deploy-graph/resource-counts.json",
    );
  });

  it("refuses, before creating anything, production without its choices, a bad setting, a missing shared VPC", () => {
    // Nothing but the stack itself was registered when each stopped.
    for (const graph of Object.values(refused)) {
      expect(graph).toMatchObject({ registered: ["pulumi:pulumi:Stack"] });
    }
    expect(refused.unconfiguredProduction).toMatchObject({
      error: expect.stringContaining('stage "production": production must set apiAuth, grpc, alarmEmail'),
    });
    expect(refused.badSetting).toMatchObject({
      error: 'infra/stages.ts, stage "staging": apiRateLimit must be an integer from 1 to 10000, got 0',
    });
    expect(refused.missingSharedVpc).toMatchObject({
      error: expect.stringContaining(
        'stage "pr-9" shares the VPC of stage "never-deployed" (infra/stages.ts, network), which has none: ' +
          "deploy it first (npx sst deploy --stage never-deployed)",
      ),
    });
    expect(refused.sharingProduction).toMatchObject({
      error: 'infra/stages.ts, stage "pr-8": network cannot share the VPC of stage "production"',
    });
  });

  it.each(DEPLOYED)("%s: Lambdas on nodejs24.x, arm64, in private subnets, at most 3,008 MB", (name) => {
    const functions = ofType(graphs[name], "aws:lambda/function:Function");
    expect(functions.length).toBeGreaterThan(10);
    for (const fn of functions) {
      const { runtime, architectures, memorySize, vpcConfig } = fn.inputs as {
        runtime: string;
        architectures: string[];
        memorySize: number;
        vpcConfig?: { subnetIds: string[] };
      };
      expect({ fn: fn.name, runtime, architectures }).toEqual({
        fn: fn.name,
        runtime: "nodejs24.x",
        architectures: ["arm64"],
      });
      expect(memorySize, fn.name).toBeLessThanOrEqual(3008);
      expect(vpcConfig?.subnetIds, fn.name).toHaveLength(2);
      expect(
        vpcConfig?.subnetIds.every((id) => /PrivateSubnet|subnet-private/.test(id)),
        fn.name,
      ).toBe(true);
    }
  });

  it.each(DEPLOYED)("%s: only Lambda may assume a function's role", (name) => {
    const roles = ofType(graphs[name], "aws:iam/role:Role").filter((role) =>
      JSON.stringify(role.inputs.assumeRolePolicy).includes("lambda.amazonaws.com"),
    );
    expect(roles.length).toBeGreaterThan(10);
    for (const role of roles) {
      const policy = JSON.parse(String(role.inputs.assumeRolePolicy)) as {
        Statement: { Principal: unknown }[];
      };
      expect(
        policy.Statement.map((s) => s.Principal),
        role.name,
      ).toEqual([{ Service: "lambda.amazonaws.com" }]);
    }
  });

  it.each(DEPLOYED)(
    "%s: Fargate services without public IPs; every container stopped gracefully and not as root",
    (name) => {
      const services = ofType(graphs[name], "aws:ecs/service:Service");
      expect(services.map((s) => s.inputs.name).sort()).toEqual([
        "Consumer",
        "FramePipeline",
        "Gateway",
        "Proxy",
      ]);
      for (const service of services) {
        expect((service.inputs.networkConfiguration as { assignPublicIp: boolean }).assignPublicIp).toBe(
          false,
        );
      }
      const taskDefinitions = ofType(graphs[name], "aws:ecs/taskDefinition:TaskDefinition");
      expect(taskDefinitions).toHaveLength(5);
      for (const container of taskDefinitions.flatMap(containersOf)) {
        expect(container.stopTimeout, String(container.name)).toBe(60);
        expect(container.user, String(container.name)).toMatch(/^(node|redis)$/);
      }
    },
  );

  it.each(DEPLOYED)(
    "%s: the Redis token and the gRPC tokens reach tasks as secret references only",
    (name) => {
      const graph = graphs[name];
      for (const taskDefinition of ofType(graph, "aws:ecs/taskDefinition:TaskDefinition")) {
        const text = JSON.stringify(containersOf(taskDefinition));
        // Neither the generated token nor the one the cluster reports (scripts/sst-graph/mocks.ts).
        expect(text, taskDefinition.name).not.toContain(GENERATED_TOKEN);
        expect(text, taskDefinition.name).not.toContain("cluster-accepted:");
        expect(text, taskDefinition.name).not.toContain("graph-token-a");
        expect(text, taskDefinition.name).not.toContain("SST_RESOURCE_Redis");
      }
      const secretsOf = (service: string) =>
        (mainContainer(graph, service).secrets ?? []).map((s) => s.name).sort();
      expect(secretsOf("Consumer")).toEqual(["SLUICE_REDIS_PASSWORD"]);
      expect(secretsOf("Gateway")).toEqual(["SLUICE_REDIS_PASSWORD", "SLUICE_TOKENS"]);
      // Each execution role reads its own task's secrets, not the account's.
      const executionStatements = roleStatements(graph).filter((s) => s.role.endsWith("ExecutionRole"));
      // SST's read-everything policy is replaced under its own name, "inline": a task without secrets gets a denial.
      const [verification, ...more] = executionStatements.filter(
        (s) => s.role === "BackupVerificationExecutionRole",
      );
      expect(more).toEqual([]);
      expect(verification).toMatchObject({ effect: "Deny", resources: ["*"] });
      for (const s of executionStatements.filter((s) => s.effect === "Allow")) {
        expect(s.actions, s.role).toEqual(["secretsmanager:GetSecretValue"]);
        expect(
          s.resources.every((arn) => arn.startsWith("arn:aws:secretsmanager:")),
          s.role,
        ).toBe(true);
      }
      for (const role of ofType(graph, "aws:iam/role:Role").filter((r) => r.name.endsWith("ExecutionRole"))) {
        expect(
          (role.inputs.inlinePolicies as { name: string }[]).map((p) => p.name),
          role.name,
        ).toEqual(["inline"]);
      }
      // The tokens are in the secret the gateway reads, and that secret's version in its task definition, so that new
      // tokens replace the tasks (which read secrets when they start).
      const versions = ofType(graph, "aws:secretsmanager/secretVersion:SecretVersion");
      expect(versions.map((v) => v.inputs.secretString)).toContain(GRPC_TOKENS);
      expect(mainContainer(graph, "Gateway").environment).toContainEqual({
        name: "SLUICE_TOKENS_VERSION",
        value: `version-of-${GRPC_TOKENS.length}-characters`,
      });
    },
  );

  it.each([...DEPLOYED, "dev"] as Name[])(
    "%s: the lake writer's commits and the consumers' dead-letter moves wait for the replica (not under sst dev)",
    (name) => {
      const graph = graphs[name];
      const variables = (prefix: string) => {
        const fn = ofType(graph, "aws:lambda/function:Function").find((f) => f.name.startsWith(prefix));
        return (fn?.inputs as { environment?: { variables?: Record<string, string> } } | undefined)
          ?.environment?.variables;
      };
      const expected = name === "dev" ? undefined : "replicated";
      expect(variables("LakeWriter")?.SLUICE_LAKE_DURABILITY).toBe(expected);
      expect(variables("DrainConsumer")?.SLUICE_DEAD_LETTER_DURABILITY).toBe(expected);
      if (name === "dev") return; // sst dev runs the Fargate mains as local commands
      const consumerEnv = mainContainer(graph, "Consumer").environment;
      expect(consumerEnv.find((e) => e.name === "SLUICE_DEAD_LETTER_DURABILITY")?.value).toBe(expected);
    },
  );

  it.each(DEPLOYED)(
    "%s: every Fargate main runs with the services' Node options (npm run soak's)",
    (name) => {
      for (const service of ["Consumer", "FramePipeline", "Gateway", "Proxy"]) {
        expect(mainContainer(graphs[name], service).environment, service).toContainEqual({
          name: "NODE_OPTIONS",
          value: SERVICE_NODE_OPTIONS,
        });
      }
    },
  );

  it.each(DEPLOYED)(
    "%s: what a Fargate task is given loads as a TLS cluster client with the token",
    (name) => {
      const consumer = mainContainer(graphs[name], "Consumer");
      // ECS puts each secret's value into its variable; the loader sees what the task sees.
      const env = Object.fromEntries([
        ...consumer.environment.map(({ name: variable, value }) => [variable, value]),
        ...(consumer.secrets ?? []).map(({ name: variable }) => [variable, "the-token"]),
      ]);
      expect(loadRedisConfig(env, null).redis).toEqual({
        mode: "cluster",
        nodes: [{ host: expect.stringMatching(/^clustercfg\./), port: 6379 }],
        tls: true,
        username: "default",
        password: "the-token",
      });
    },
  );

  it.each(DEPLOYED)(
    "%s: Redis is Valkey with a replica in another AZ, failover, TLS, auth and noeviction",
    (name) => {
      const [group] = ofType(graphs[name], "aws:elasticache/replicationGroup:ReplicationGroup");
      expect(group?.inputs).toMatchObject({
        engine: "valkey",
        replicasPerNodeGroup: 1,
        automaticFailoverEnabled: true,
        multiAzEnabled: true,
        transitEncryptionEnabled: true,
        transitEncryptionMode: "required",
        atRestEncryptionEnabled: true,
        authToken: expect.any(String),
      });
      const [parameters] = ofType(graphs[name], "aws:elasticache/parameterGroup:ParameterGroup");
      expect(parameters?.inputs.parameters).toContainEqual({ name: "maxmemory-policy", value: "noeviction" });
    },
  );

  it("rotates the Redis token in two deploys, clients taking it from the cluster's output", () => {
    const token = (name: Name) =>
      ofType(graphs[name], "random:index/randomPassword:RandomPassword")[0]?.inputs;
    const strategy = (name: Name) =>
      ofType(graphs[name], "aws:elasticache/replicationGroup:ReplicationGroup")[0]?.inputs
        .authTokenUpdateStrategy;
    // Generation 1 is the first deploy's token: no keepers, so adopting this code changes no token.
    expect(token("staging")?.keepers).toBeUndefined();
    expect(strategy("staging")).toBe("ROTATE");
    expect(token("stagingDomain")?.keepers).toEqual({ generation: "2" });
    expect(strategy("stagingDomain")).toBe("ROTATE");
    expect(token("productionInternal")?.keepers).toEqual({ generation: "3" });
    expect(strategy("productionInternal")).toBe("SET");
    for (const name of DEPLOYED) {
      expect(ofType(graphs[name], "sst:sst:Linkable").map((l) => l.name)).toContain("RedisToken");
      const consumer = mainContainer(graphs[name], "Consumer");
      expect(consumer.secrets).toEqual([
        { name: "SLUICE_REDIS_PASSWORD", valueFrom: expect.stringContaining("redistokensecret") },
      ]);
      expect(consumer.environment.map((e) => e.name)).toContain("SLUICE_REDIS_TOKEN_VERSION");
      // The secret holds the token as the replication group reports it (the mocks tell it from the generated one).
      const generated = String(token(name)?.result ?? GENERATED_TOKEN);
      const secret = ofType(graphs[name], "aws:secretsmanager/secretVersion:SecretVersion").find(
        (v) => v.name === "RedisTokenSecretVersion",
      );
      expect(secret?.inputs.secretString).toBe(`cluster-accepted:${generated}`);
    }
  });

  it("production Redis is protected, kept on delete and snapshotted when deleted; what survives a removal", () => {
    const [group] = ofType(graphs.production, "aws:elasticache/replicationGroup:ReplicationGroup");
    expect(group).toMatchObject({ protect: true, retainOnDelete: true });
    expect(group?.inputs.finalSnapshotIdentifier).toBe("sluice-production-final");
    // docs/deployment.md lists exactly these.
    const survivors = graphs.production
      .filter((r) => r.custom && (r.retainOnDelete || r.protect))
      .map((r) => `${r.type.split(":").at(-1)} ${r.name}`)
      .sort();
    expect(survivors).toEqual([
      "Bucket BackupsBucket",
      "Bucket LakeBucket",
      "Bucket ReportsBucket",
      "Bucket SnapshotExportsBucket",
      "DefaultSecurityGroup VpcSecurityGroup",
      "ParameterGroup RedisParameterGroup",
      "ReplicationGroup RedisCluster",
      "Subnet VpcPrivateSubnet1",
      "Subnet VpcPrivateSubnet2",
      "Subnet VpcPublicSubnet1",
      "Subnet VpcPublicSubnet2",
      "SubnetGroup RedisSubnetGroup",
      "Vpc VpcVpc",
    ]);
    for (const other of ["staging", "stagingDomain"] as const) {
      const [g] = ofType(graphs[other], "aws:elasticache/replicationGroup:ReplicationGroup");
      expect(g).toMatchObject({ protect: false, retainOnDelete: false });
    }
  });

  it.each(DEPLOYED)("%s: every schedule has its dead-letter queue and no retries", (name) => {
    const schedules = ofType(graphs[name], "aws:scheduler/schedule:Schedule");
    expect(schedules).toHaveLength(11);
    for (const schedule of schedules) {
      const target = schedule.inputs.target as { deadLetterConfig?: { arn: string }; retryPolicy?: unknown };
      expect(target.deadLetterConfig?.arn, schedule.name).toMatch(/ScheduleDlq/);
      expect(target.retryPolicy, schedule.name).toEqual({ maximumRetryAttempts: 0 });
    }
    for (const config of ofType(
      graphs[name],
      "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig",
    )) {
      expect(config.inputs.maximumRetryAttempts, config.name).toBe(0);
    }
  });

  it.each([...DEPLOYED, "dev"] as Name[])("%s: only GET /v1/health is public", (name) => {
    const routes = ofType(graphs[name], "aws:apigatewayv2/route:Route");
    expect(routes).toHaveLength(7);
    const open = routes.filter((r) => r.inputs.authorizationType === "NONE").map((r) => r.inputs.routeKey);
    expect(open).toEqual(["GET /v1/health"]);
  });

  it.each(["production", "productionInternal"] as Name[])(
    "%s: the handlers read callers in the stage's auth mode; under JWT, POST /v1/frames also has its scopes",
    (name) => {
      const graph = graphs[name];
      const jwt = name === "production";
      const scoped = ofType(graph, "aws:apigatewayv2/route:Route")
        .filter((r) => (r.inputs.authorizationScopes as string[] | undefined)?.length)
        .map((r) => [r.inputs.routeKey, r.inputs.authorizationScopes]);
      expect(scoped).toEqual(
        jwt
          ? [
              [
                "POST /v1/frames",
                expect.arrayContaining([
                  "publish:frames.input",
                  "sluice/publish:frames.input",
                  "publish",
                  "*",
                ]),
              ],
            ]
          : [],
      );
      const routeFunctions = ofType(graph, "aws:lambda/function:Function").filter((f) =>
        f.name.startsWith("ApiRoute"),
      );
      expect(routeFunctions).toHaveLength(7);
      for (const fn of routeFunctions) {
        const variables = (fn.inputs as { environment?: { variables?: Record<string, string> } }).environment
          ?.variables;
        expect({
          fn: fn.name,
          auth: variables?.SLUICE_API_AUTH,
          rate: variables?.SLUICE_API_RATE_PER_SECOND,
        }).toEqual({
          fn: fn.name,
          auth: jwt ? "jwt" : "iam",
          rate: "100",
        });
      }
    },
  );

  it.each(DEPLOYED)(
    "%s: every bucket TLS-only and encrypted; production buckets never force-destroyed",
    (name) => {
      const graph = graphs[name];
      const buckets = ofType(graph, "aws:s3/bucket:Bucket");
      expect(buckets).toHaveLength(4);
      for (const bucket of buckets) {
        const bucketName = String(bucket.inputs.bucket);
        const policy = ofType(graph, "aws:s3/bucketPolicy:BucketPolicy").find(
          (p) => p.inputs.bucket === bucketName,
        );
        expect(String(policy?.inputs.policy), bucketName).toMatch(
          /"Deny".*"aws:SecureTransport":\["false"\]/,
        );
        const encryption = ofType(
          graph,
          "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
        ).find((e) => e.inputs.bucket === bucketName);
        expect(encryption?.inputs.rules, bucketName).toEqual([
          { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } },
        ]);
        expect(bucket.inputs.forceDestroy, bucketName).toBe(!name.startsWith("production"));
      }
    },
  );

  it.each(DEPLOYED)(
    "%s: alarms within CloudWatch's limits, the composite naming only existing alarms",
    (name) => {
      const alarms = ofType(graphs[name], "aws:cloudwatch/metricAlarm:MetricAlarm");
      expect(alarms.length).toBeGreaterThan(40);
      const names = new Set(alarms.map((a) => String(a.inputs.name ?? a.inputs.alarmName ?? a.name)));
      for (const alarm of alarms) {
        const inputs = alarm.inputs as {
          name?: string;
          period?: number;
          evaluationPeriods: number;
          metricQueries?: { metric?: { period: number }; period?: number }[];
        };
        const queries = inputs.metricQueries ?? [];
        expect(queries.filter((q) => q.metric).length, alarm.name).toBeLessThanOrEqual(10);
        const period = inputs.period ?? Math.max(...queries.map((q) => q.metric?.period ?? q.period ?? 0));
        expect(period, alarm.name).toBeGreaterThan(0);
        expect(period * inputs.evaluationPeriods, alarm.name).toBeLessThanOrEqual(
          period >= 3600 ? 7 * 86_400 : 86_400,
        );
        expect(String(inputs.name ?? alarm.name).length, alarm.name).toBeLessThanOrEqual(255);
      }
      const [composite] = ofType(graphs[name], "aws:cloudwatch/compositeAlarm:CompositeAlarm");
      const rule = String(composite?.inputs.alarmRule);
      expect(rule.length).toBeLessThanOrEqual(10_240);
      const referenced = [...rule.matchAll(/ALARM\("([^"]+)"\)/g)].map((m) => m[1] as string);
      expect(referenced.length).toBeGreaterThan(5);
      expect(referenced.filter((n) => !names.has(n))).toEqual([]);
    },
  );

  // Where AWS gives an action no resource type, a policy must name "*": these, each for the reason given.
  const STAR_ALLOWED: Record<string, string> = {
    "ssmmessages:CreateControlChannel": "ECS Exec, which SST enables on every service",
    "ssmmessages:CreateDataChannel": "ECS Exec",
    "ssmmessages:OpenControlChannel": "ECS Exec",
    "ssmmessages:OpenDataChannel": "ECS Exec",
    "elasticache:DescribeReplicationGroups": "configuration audit: a list call, read-only",
    "elasticache:DescribeCacheClusters": "configuration audit: a list call, read-only",
    "elasticache:DescribeCacheParameters": "configuration audit: a list call, read-only",
    "elasticache:DescribeSnapshots": "native snapshot: lists the group's snapshots, read-only",
    "s3:ListAllMyBuckets": "native snapshot: CopySnapshot to S3 needs it; it has no resource type",
  };
  // `sst dev` only: SST's Live functions reach the laptop through AppSync and read their code from its asset bucket.
  const devOnly = (s: Statement) =>
    s.actions.every((a) => a === "appsync:*") ||
    s.resources.every((r) => r.includes("sst-asset-123456789012"));

  it.each([...DEPLOYED, "dev"] as Name[])(
    '%s: no IAM resource "*" outside the allowlist, no s3:*',
    (name) => {
      for (const s of roleStatements(graphs[name]).filter((s) => s.effect === "Allow")) {
        if (name === "dev" && devOnly(s)) continue;
        if (s.resources.includes("*")) {
          expect(
            s.actions.filter((a) => !(a in STAR_ALLOWED)),
            `${s.role}: ${s.actions}`,
          ).toEqual([]);
        }
        expect(
          s.actions.filter((a) => a === "*" || a === "s3:*"),
          s.role,
        ).toEqual([]);
      }
    },
  );

  it("a gRPC domain gives a public ALB with a GRPC target group and a long idle timeout; no domain, an internal NLB", () => {
    const [alb] = ofType(graphs.production, "aws:lb/loadBalancer:LoadBalancer");
    expect(alb?.inputs).toMatchObject({
      loadBalancerType: "application",
      internal: false,
      idleTimeout: 3600,
    });
    const [target] = ofType(graphs.production, "aws:lb/targetGroup:TargetGroup");
    expect(target?.inputs).toMatchObject({ protocolVersion: "GRPC", port: 50051 });
    const [albGroup] = ofType(graphs.production, "aws:ec2/securityGroup:SecurityGroup").filter((g) =>
      g.name.startsWith("GatewayLoadBalancer"),
    );
    expect(albGroup?.inputs.ingress).toEqual([
      { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
    ]);
    expect(ofType(graphs.stagingDomain, "aws:lb/targetGroup:TargetGroup")[0]?.inputs.protocolVersion).toBe(
      "GRPC",
    );
    for (const name of ["productionInternal", "staging"] as const) {
      const [nlb] = ofType(graphs[name], "aws:lb/loadBalancer:LoadBalancer");
      expect(nlb?.inputs).toMatchObject({ loadBalancerType: "network", internal: true });
      const [group] = ofType(graphs[name], "aws:ec2/securityGroup:SecurityGroup").filter((g) =>
        g.name.startsWith("GatewayLoadBalancer"),
      );
      expect(group?.inputs.ingress).toEqual([
        { protocol: "tcp", fromPort: 50051, toPort: 50051, cidrBlocks: ["10.0.0.0/16"] },
      ]);
    }
  });

  it("staging owns a VPC whose NAT instance is open to the VPC and SSH only; other stages share it", () => {
    expect(ofType(graphs.staging, "aws:ec2/vpc:Vpc")).toHaveLength(1);
    const [nat] = ofType(graphs.staging, "aws:ec2/securityGroup:SecurityGroup").filter((g) =>
      g.name.startsWith("VpcNatInstance"),
    );
    expect(nat?.inputs.ingress).toEqual([
      { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["10.0.0.0/16"] },
      { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] },
    ]);
    // The shared VPC is read, not created: no VPC, no Elastic IP, no NAT, no second S3 endpoint.
    for (const type of [
      "aws:ec2/vpc:Vpc",
      "aws:ec2/eip:Eip",
      "aws:ec2/instance:Instance",
      "aws:ec2/vpcEndpoint:VpcEndpoint",
    ]) {
      expect(ofType(graphs.dev, type), type).toEqual([]);
    }
    expect(ofType(graphs.production, "aws:ec2/eip:Eip")).toHaveLength(2);
  });

  it("sst dev: Redis started for the developer, every local service named, no placeholder reaching a job", () => {
    const commands = ofType(graphs.dev, "sst:sst:DevCommand").map((c) => {
      const dev = c.outputs?._dev as { title: string; command: string; links: string[] };
      return `${dev.title}: ${dev.command}`;
    });
    expect(commands.sort()).toEqual([
      "Consumer: node functions/services/consumer.ts",
      "FramePipeline: node functions/services/frames.ts",
      "Gateway: node functions/services/gateway.ts",
      "Proxy: node functions/services/proxy.ts",
      "Redis server: sh scripts/dev-redis.sh 6379",
      "Redis: sst print-and-not-quit",
    ]);
    // SST names the missing cluster "placeholder"; no job, permission or output may carry it.
    expect(JSON.stringify(graphs.dev)).not.toContain("placeholder");
    // The first `sst dev` works with no secret set: the gateway gets a development token and listens on 127.0.0.1.
    const gateway = ofType(graphs.dev, "sst:sst:DevCommand").find((c) => c.name === "GatewayDev");
    expect(gateway?.outputs?._dev).toMatchObject({
      links: ["Redis", "GrpcTokens"],
      environment: { SLUICE_GRPC_HOST: "127.0.0.1" },
    });
  });

  it("infra/ names no AWS partition: ARNs are built from aws.getPartition", () => {
    const files = readdirSync(join(ROOT, "infra")).filter((f) => f.endsWith(".ts"));
    for (const file of files)
      expect(readFileSync(join(ROOT, "infra", file), "utf8"), file).not.toMatch(/arn:aws:/);
  });
});
