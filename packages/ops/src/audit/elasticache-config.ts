// The hourly configuration audit of an ElastiCache replication group, read through the API because ElastiCache
// blocks CONFIG: the group (failover, Multi-AZ, encryption, auth, snapshots), one member's engine and parameter
// group, and that group's parameters. maxmemory is fixed by the node type, so only its reserve is checked.
// The caller needs elasticache:DescribeReplicationGroups, DescribeCacheClusters and DescribeCacheParameters.
import {
  type CacheCluster,
  DescribeCacheClustersCommand,
  DescribeCacheParametersCommand,
  DescribeReplicationGroupsCommand,
  type ElastiCacheClient,
  type ReplicationGroup,
  ReplicationGroupNotFoundFault,
} from "@aws-sdk/client-elasticache";
import { UnavailableError } from "@sluice/streams";
import {
  type ConfigAuditReport,
  type ConfigFinding,
  configReport,
  engineVersionFinding,
  evictionPolicyFinding,
  noAuthFinding,
  noTlsFinding,
} from "./config-findings.ts";
import { type ConfigPolicy, resolvePolicy } from "./config-policy.ts";
import { ReplicationGroupNotFoundError } from "./errors.ts";

export interface ElastiCacheConfigAuditOptions {
  client: Pick<ElastiCacheClient, "send">;
  replicationGroupId: string;
  /** Overrides of DEFAULT_CONFIG_POLICY. */
  policy?: Partial<ConfigPolicy>;
  /** The audit's time, epoch ms (default now). */
  now?: number;
}

type Client = ElastiCacheConfigAuditOptions["client"];

/** The parameters the audit reads from the parameter group. */
const PARAMETERS = ["maxmemory-policy", "reserved-memory-percent"];

async function describeGroup(client: Client, id: string): Promise<ReplicationGroup> {
  try {
    const reply = await client.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: id }));
    const group = reply.ReplicationGroups?.[0];
    if (group === undefined) throw new ReplicationGroupNotFoundError(id);
    return group;
  } catch (error) {
    if (error instanceof ReplicationGroupNotFoundFault)
      throw new ReplicationGroupNotFoundError(id, { cause: error });
    throw error;
  }
}

async function describeMember(client: Client, group: ReplicationGroup, id: string): Promise<CacheCluster> {
  const member = group.MemberClusters?.[0];
  const reply =
    member === undefined
      ? undefined
      : await client.send(new DescribeCacheClustersCommand({ CacheClusterId: member }));
  const cluster = reply?.CacheClusters?.[0];
  if (cluster === undefined) {
    throw new UnavailableError("ops.no_member_clusters", `Replication group ${id} has no node to read yet`);
  }
  return cluster;
}

/** The audited parameters of a parameter group, every page (DescribeCacheParameters returns 100 at most). */
async function readParameters(client: Client, groupName: string): Promise<Map<string, string>> {
  const values = new Map<string, string>();
  let marker: string | undefined;
  do {
    const page = await client.send(
      new DescribeCacheParametersCommand({ CacheParameterGroupName: groupName, Marker: marker }),
    );
    for (const { ParameterName: name, ParameterValue: value } of page.Parameters ?? []) {
      if (name !== undefined && value !== undefined && PARAMETERS.includes(name)) values.set(name, value);
    }
    marker = page.Marker;
  } while (marker);
  return values;
}

/** How to set a parameter: a default.* group cannot be modified, so the fix is a custom group (SST makes one). */
function parameterFix(groupId: string, parameterGroup: string, name: string, value: string): string {
  const infra = `infra/redis.ts: parameters: { "${name}": "${value}" }`;
  if (parameterGroup.startsWith("default.")) {
    return (
      `${parameterGroup} is a default group and cannot be modified. ${infra} (SST creates a custom group), or ` +
      `aws elasticache create-cache-parameter-group with ${name}=${value}, then modify-replication-group ` +
      `--replication-group-id ${groupId} --cache-parameter-group-name <it> --apply-immediately.`
    );
  }
  return (
    `aws elasticache modify-cache-parameter-group --cache-parameter-group-name ${parameterGroup} ` +
    `--parameter-name-values ParameterName=${name},ParameterValue=${value}; in ${infra}.`
  );
}

const modify = (id: string, flags: string) =>
  `aws elasticache modify-replication-group --replication-group-id ${id} ${flags} --apply-immediately`;

function observe(group: ReplicationGroup, cluster: CacheCluster, parameters: Map<string, string>) {
  const settings: Record<string, string> = {
    AutomaticFailover: group.AutomaticFailover ?? "disabled",
    MultiAZ: group.MultiAZ ?? "disabled",
    TransitEncryptionEnabled: String(group.TransitEncryptionEnabled ?? false),
    AuthTokenEnabled: String(group.AuthTokenEnabled ?? false),
    UserGroupIds: (group.UserGroupIds ?? []).join(","),
    AtRestEncryptionEnabled: String(group.AtRestEncryptionEnabled ?? false),
    SnapshotRetentionLimit: String(group.SnapshotRetentionLimit ?? 0),
    CacheNodeType: group.CacheNodeType ?? "",
    MemberClusters: (group.MemberClusters ?? []).join(","),
    Engine: cluster.Engine ?? "",
    EngineVersion: cluster.EngineVersion ?? "",
    CacheParameterGroup: cluster.CacheParameterGroup?.CacheParameterGroupName ?? "",
    ParameterApplyStatus: cluster.CacheParameterGroup?.ParameterApplyStatus ?? "",
  };
  for (const name of PARAMETERS) settings[name] = parameters.get(name) ?? "";
  return settings;
}

function parameterFindings(s: Record<string, string>, id: string, policy: ConfigPolicy) {
  const group = s.CacheParameterGroup ?? "";
  const findings = [
    evictionPolicyFinding(
      {
        setting: "maxmemory-policy",
        actual: s["maxmemory-policy"] ?? "",
        fix: parameterFix(id, group, "maxmemory-policy", policy.evictionPolicy),
      },
      policy,
    ),
  ];
  const reserved = s["reserved-memory-percent"];
  if (reserved !== undefined && reserved !== "" && Number(reserved) < policy.minReservedMemoryPercent) {
    findings.push({
      id: "reserved-memory",
      severity: "warning",
      setting: "reserved-memory-percent",
      actual: reserved,
      expected: `>= ${policy.minReservedMemoryPercent}`,
      message:
        "Too little memory is kept out of maxmemory for snapshots, replication buffers and failover: a node near " +
        "full can swap, fail a sync or be replaced.",
      fix: parameterFix(id, group, "reserved-memory-percent", String(policy.minReservedMemoryPercent)),
    });
  }
  if (s.ParameterApplyStatus === "pending-reboot") {
    findings.push({
      id: "parameters-pending-reboot",
      severity: "info",
      setting: "ParameterApplyStatus",
      actual: "pending-reboot",
      expected: "in-sync",
      message: `The nodes still run older values of ${group}: the parameters above take effect at their reboot.`,
      fix: "aws elasticache reboot-cache-cluster for each member (one at a time, replicas first).",
    });
  }
  return findings.filter((finding) => finding !== undefined);
}

function groupFindings(s: Record<string, string>, id: string, policy: ConfigPolicy) {
  const findings: (ConfigFinding | undefined)[] = [
    engineVersionFinding(
      {
        setting: "EngineVersion",
        actual: `${s.Engine} ${s.EngineVersion}`,
        fix: `${modify(id, "--engine valkey --engine-version 7.2 --cache-parameter-group-name <a valkey7 group>")}; infra/redis.ts: engine "valkey", version "7.2".`,
      },
      policy,
    ),
  ];
  if (policy.requireTls && s.TransitEncryptionEnabled !== "true") {
    findings.push(
      noTlsFinding(
        {
          setting: "TransitEncryptionEnabled",
          actual: "false",
          fix:
            `${modify(id, "--transit-encryption-enabled --transit-encryption-mode preferred")}, then the same with ` +
            "--transit-encryption-mode required once every client uses TLS; sst.aws.Redis (infra/redis.ts) turns it on.",
        },
        "true",
      ),
    );
  }
  if (policy.requireAuth && s.AuthTokenEnabled !== "true" && s.UserGroupIds === "") {
    findings.push(
      noAuthFinding(
        {
          setting: "AuthTokenEnabled",
          actual: "false, no UserGroupIds",
          fix:
            `${modify(id, "--auth-token <secret> --auth-token-update-strategy ROTATE")} (needs transit encryption), ` +
            "or --user-group-ids-to-add for RBAC; sst.aws.Redis (infra/redis.ts) creates an auth token.",
        },
        "an auth token or RBAC user groups",
      ),
    );
  }
  // Warnings, as a missing replica is on a self-managed Redis: without failover a failed primary stops the platform
  // until someone acts, which is an outage, not a silent loss (snapshots and backups still hold the data).
  const availability: [id: string, setting: string, message: string, fix: string][] = [
    [
      "automatic-failover",
      "AutomaticFailover",
      "No automatic failover: when a primary fails, its shard takes no writes until someone promotes a replica.",
      `aws elasticache increase-replica-count --replication-group-id ${id} --new-replica-count 1 if a shard has ` +
        `none, then ${modify(id, "--automatic-failover-enabled --multi-az-enabled")}; infra/redis.ts: ` +
        "transform.cluster replicasPerNodeGroup 1, automaticFailoverEnabled true.",
    ],
    [
      "multi-az",
      "MultiAZ",
      "Replicas may share the primary's Availability Zone: losing that zone loses the shard.",
      `${modify(id, "--multi-az-enabled")}; infra/redis.ts: transform.cluster multiAzEnabled true.`,
    ],
  ];
  for (const [findingId, setting, message, fix] of availability) {
    const actual = s[setting] ?? "disabled";
    if (policy.requireAutomaticFailover && actual !== "enabled") {
      findings.push({
        id: findingId,
        severity: "warning",
        setting,
        actual,
        expected: "enabled",
        message,
        fix,
      });
    }
  }
  if (Number(s.SnapshotRetentionLimit) < policy.minSnapshotRetentionDays) {
    findings.push({
      id: "snapshot-retention",
      severity: "warning",
      setting: "SnapshotRetentionLimit",
      actual: s.SnapshotRetentionLimit ?? "0",
      expected: `>= ${policy.minSnapshotRetentionDays}`,
      message:
        "ElastiCache keeps no automatic snapshots: if every node of a shard is lost, so are its streams.",
      fix: `${modify(id, "--snapshot-retention-limit 7 --snapshot-window 01:00-02:00")}; infra/redis.ts: transform.cluster snapshotRetentionLimit.`,
    });
  }
  if (policy.requireAtRestEncryption && s.AtRestEncryptionEnabled !== "true") {
    // Info: the data stays inside AWS, and the setting cannot be changed on a running group.
    findings.push({
      id: "at-rest-encryption",
      severity: "info",
      setting: "AtRestEncryptionEnabled",
      actual: "false",
      expected: "true",
      message: "Snapshots and swapped data are stored unencrypted.",
      fix:
        "It cannot be turned on in place: create a group with --at-rest-encryption-enabled from a snapshot " +
        "(sst.aws.Redis in infra/redis.ts enables it) and move the clients.",
    });
  }
  return findings.filter((finding) => finding !== undefined);
}

export async function auditElastiCacheConfig(
  options: ElastiCacheConfigAuditOptions,
): Promise<ConfigAuditReport> {
  const { client, replicationGroupId: id } = options;
  const policy = resolvePolicy(options.policy);
  const at = options.now ?? Date.now();
  const group = await describeGroup(client, id);
  const cluster = await describeMember(client, group, id);
  const parameterGroup = cluster.CacheParameterGroup?.CacheParameterGroupName;
  const parameters = parameterGroup === undefined ? new Map() : await readParameters(client, parameterGroup);
  const settings = observe(group, cluster, parameters);
  const findings = [...parameterFindings(settings, id, policy), ...groupFindings(settings, id, policy)];
  return configReport({ at, source: "elasticache", target: id, settings, findings });
}
