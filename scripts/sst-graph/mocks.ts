// What the mock provider answers while the SST app is evaluated offline (program.ts): each resource's state is its
// inputs plus the few attributes other resources read (ids, ARNs, endpoints, a VPC's CIDR, an image digest, …), and
// the data-source calls the components make (region, account, zones, policy documents, AMIs, …) get plausible fixed
// answers. Region us-east-1, account 123456789012, partition aws.

import type { MockCallArgs, MockResourceArgs } from "@pulumi/pulumi/runtime/mocks.js";

export const REGION = "us-east-1";
export const ACCOUNT = "123456789012";

/** `aws:elasticache/replicationGroup:ReplicationGroup` → `elasticache`, `replicationGroup`. */
function serviceOf(type: string): [string, string] {
  const [, module = "", kind = ""] = type.split(":");
  return [module.split("/")[0] ?? "", kind.charAt(0).toLowerCase() + kind.slice(1)];
}

// Pulumi hands mocks a secret input as an object marked with this signature key around its value.
export const SECRET_SIGNATURE = "4dabf18193072939515e22adb298388d";
const unwrapSecret = (value: unknown): unknown =>
  value !== null && typeof value === "object" && SECRET_SIGNATURE in value
    ? (value as Record<string, unknown>).value
    : value;

export function mockState(args: MockResourceArgs): { id: string; state: Record<string, unknown> } {
  const inputs = args.inputs as Record<string, unknown>;
  const [service, kind] = serviceOf(args.type);
  const physical = (inputs.name as string | undefined) ?? args.name.toLowerCase();
  const arn = `arn:aws:${service}:${REGION}:${ACCOUNT}:${kind}/${physical}`;
  // A Secrets Manager secret's id is its ARN.
  const id = args.id || (args.type === "aws:secretsmanager/secret:Secret" ? arn : `${args.name}-id`);
  const state: Record<string, unknown> = { ...inputs, id, arn, name: inputs.name ?? physical };
  switch (args.type) {
    case "aws:ec2/vpc:Vpc":
      Object.assign(state, {
        cidrBlock: inputs.cidrBlock ?? "10.0.0.0/16",
        // What Vpc.get checks on a VPC shared from another stage.
        tags: { "sst:component-version": "2", "sst:ref-version": "2" },
        tagsAll: { "sst:component-version": "2", "sst:ref-version": "2" },
      });
      break;
    case "aws:elasticache/replicationGroup:ReplicationGroup":
      Object.assign(state, {
        clusterEnabled: inputs.clusterMode === "enabled",
        ...(inputs.clusterMode === "enabled"
          ? { configurationEndpointAddress: `clustercfg.${physical}.abc123.use1.cache.amazonaws.com` }
          : { primaryEndpointAddress: `master.${physical}.abc123.use1.cache.amazonaws.com` }),
        port: 6379,
        replicationGroupId: inputs.replicationGroupId ?? physical,
        // The token as the cluster reports it, told apart from the generated one it was given.
        authToken: `cluster-accepted:${String(unwrapSecret(inputs.authToken))}`,
      });
      break;
    case "aws:s3/bucketV2:BucketV2":
    case "aws:s3/bucket:Bucket":
      Object.assign(state, {
        bucket: inputs.bucket ?? `${physical}-bucket`,
        arn: `arn:aws:s3:::${inputs.bucket ?? `${physical}-bucket`}`,
        bucketDomainName: `${physical}.s3.amazonaws.com`,
        bucketRegionalDomainName: `${physical}.s3.${REGION}.amazonaws.com`,
      });
      break;
    case "docker-build:index:Image":
      state.digest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
      state.ref = `123456789012.dkr.ecr.${REGION}.amazonaws.com/sst-asset@sha256:0`;
      break;
    case "aws:acm/certificate:Certificate":
      state.domainValidationOptions = [
        {
          domainName: inputs.domainName,
          resourceRecordName: `_x.${inputs.domainName}`,
          resourceRecordType: "CNAME",
          resourceRecordValue: "_y.acm-validations.aws",
        },
      ];
      break;
    case "aws:lb/loadBalancer:LoadBalancer":
      Object.assign(state, { dnsName: `${physical}.elb.${REGION}.amazonaws.com`, zoneId: "Z35SXDOTRQ7X7K" });
      break;
    case "random:index/randomPassword:RandomPassword":
    case "random:index/randomString:RandomString":
      state.result = "mock-random-result-0123456789";
      break;
    case "random:index/randomId:RandomId":
      Object.assign(state, { hex: "abcdef12", dec: "12345", b64Url: "q83vEg", b64Std: "q83vEg==" });
      break;
    case "tls:index/privateKey:PrivateKey":
      Object.assign(state, { privateKeyOpenssh: "mock", publicKeyOpenssh: "ssh-ed25519 mock" });
      break;
    case "aws:lambda/function:Function":
      state.invokeArn = `arn:aws:apigateway:${REGION}:lambda:path/functions/${state.arn}/invocations`;
      break;
    case "aws:apigatewayv2/api:Api":
      state.apiEndpoint = `https://${id}.execute-api.${REGION}.amazonaws.com`;
      state.executionArn = `arn:aws:execute-api:${REGION}:${ACCOUNT}:${id}`;
      break;
    case "aws:secretsmanager/secretVersion:SecretVersion":
      state.versionId = `version-of-${String(unwrapSecret(inputs.secretString) ?? "").length}-characters`;
      break;
    case "aws:sqs/queue:Queue":
      state.url = `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${physical}`;
      break;
  }
  return { id, state };
}

interface PolicyStatementInput {
  sid?: string;
  effect?: string;
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  principals?: { type: string; identifiers: string[] }[];
  conditions?: { test: string; variable: string; values: string[] }[];
}

/** iam.getPolicyDocument: the statements echoed, and the JSON document AWS would build from them. */
function policyDocument(statements: PolicyStatementInput[] = []): Record<string, unknown> {
  const Statement = statements.map((s) => ({
    ...(s.sid && { Sid: s.sid }),
    Effect: s.effect ?? "Allow",
    ...(s.actions && { Action: s.actions }),
    ...(s.notActions && { NotAction: s.notActions }),
    ...(s.resources && { Resource: s.resources }),
    ...(s.principals && {
      Principal: Object.fromEntries(s.principals.map((p) => [p.type, p.identifiers])),
    }),
    ...(s.conditions && {
      Condition: Object.fromEntries(s.conditions.map((c) => [c.test, { [c.variable]: c.values }])),
    }),
  }));
  return { statements, json: JSON.stringify({ Version: "2012-10-17", Statement }) };
}

export function mockCall(args: MockCallArgs): Record<string, unknown> {
  const inputs = args.inputs as Record<string, unknown>;
  const fn = args.token.split(":").at(-1) ?? "";
  switch (fn) {
    case "getRegion":
      return { name: REGION, region: REGION, id: REGION };
    case "getCallerIdentity":
      return { accountId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/ci`, userId: "ci" };
    case "getPartition":
      return { partition: "aws", dnsSuffix: "amazonaws.com", id: "aws" };
    case "getAvailabilityZones":
      return { names: [`${REGION}a`, `${REGION}b`], zoneIds: ["use1-az1", "use1-az2"], id: REGION };
    case "getPolicyDocument":
      return policyDocument(inputs.statements as PolicyStatementInput[] | undefined);
    case "getAmi":
      return { id: "ami-0123456789abcdef0", architecture: "arm64" };
    case "getCanonicalUserId":
      return { id: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" };
    case "getAuthorizationToken":
      return {
        proxyEndpoint: `https://${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`,
        password: "mock",
        userName: "AWS",
        authorizationToken: "mock",
      };
    case "getZone":
      return {
        zoneId: "Z0123456789",
        name: inputs.name ?? "example.com",
        id: "Z0123456789",
        // A VPC's private Cloud Map zone names its namespace here.
        linkedServiceDescription: `arn:aws:servicediscovery:${REGION}:${ACCOUNT}:namespace/ns-0shared`,
      };
    case "getRouteTable":
      return {
        routeTableId: `rtb-${String(inputs.subnetId ?? "0")}`,
        id: `rtb-${String(inputs.subnetId ?? "0")}`,
      };
    case "getEips":
      return {
        allocationIds: ["eipalloc-0a", "eipalloc-0b"],
        publicIps: ["192.0.2.1", "192.0.2.2"],
        id: REGION,
      };
    case "getVpcs": {
      // Every stage's VPC exists but that of a stage named "never-deployed".
      const filters = (inputs.filters ?? []) as { name: string; values: string[] }[];
      const absent = filters.some((f) => f.name === "tag:sst:stage" && f.values.includes("never-deployed"));
      return { ids: absent ? [] : ["vpc-0shared0000000000"], id: REGION };
    }
    case "getInternetGateway":
      return { internetGatewayId: "igw-0shared", id: "igw-0shared" };
    case "getSecurityGroups":
      return { ids: ["sg-0shared"], id: REGION };
    case "getSubnets": {
      // A shared VPC's subnets, looked up by their Name tags.
      const filters = (inputs.filters ?? []) as { name: string; values: string[] }[];
      const kind = filters.some((f) => f.values.includes("*Public*")) ? "public" : "private";
      return { ids: [`subnet-${kind}-a`, `subnet-${kind}-b`], id: REGION };
    }
    case "getRouteTables":
      return { ids: ["rtb-0a", "rtb-0b"], id: REGION };
    case "getNatGateways":
      return { ids: [], id: REGION };
    case "getInstances":
      return { ids: ["i-0nat0", "i-0nat1"], id: REGION };
    default:
      return {};
  }
}
