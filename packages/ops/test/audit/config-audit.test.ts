// The configuration audit against real redis-servers configured badly (allkeys-lru, no maxmemory, tiny maxmemory,
// maxmemory over the host's memory, no auth, TLS, persistence or replica), one configured well with a replica, and
// a cluster whose masters differ; and against ElastiCache through a fake of its API at the SDK boundary.
import {
  type CacheCluster,
  DescribeCacheClustersCommand,
  DescribeCacheParametersCommand,
  DescribeReplicationGroupsCommand,
  type ElastiCacheClient,
  type Parameter,
  type ReplicationGroup,
  ReplicationGroupNotFoundFault,
} from "@aws-sdk/client-elasticache";
import { createRedisClient, InvalidInputError } from "@sluice/streams";
import { startRedis, startRedisCluster } from "@sluice/testing";
import { useRedisServer, waitFor } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import {
  auditElastiCacheConfig,
  auditRedisConfig,
  type ConfigAuditReport,
  type ConfigPolicy,
  configSummary,
  ReplicationGroupNotFoundError,
} from "../../src/audit/index.ts";

const MIB = 1024 * 1024;
const NOW = Date.UTC(2026, 11, 2, 3, 0);
/** Only the memory checks: what the servers below differ in. */
const MEMORY_ONLY: Partial<ConfigPolicy> = {
  requireTls: false,
  requireAuth: false,
  requirePersistence: false,
  requireAutomaticFailover: false,
};

const allkeys = useRedisServer({ maxmemory: "512mb", maxmemoryPolicy: "allkeys-lru" });
const unbounded = useRedisServer({ maxmemoryPolicy: "noeviction" });
const tiny = useRedisServer({ maxmemory: "2mb", maxmemoryPolicy: "noeviction" });

const found = (report: ConfigAuditReport) => report.findings.map((f) => [f.id, f.severity]);

describe("configuration audit of a self-managed Redis", () => {
  it("finds allkeys-lru, no auth, no persistence, no TLS and no replica on a default server", async () => {
    const report = await auditRedisConfig({ redis: allkeys.client, now: NOW });
    expect(found(report)).toEqual([
      ["eviction-policy", "critical"],
      ["auth", "critical"],
      ["persistence", "warning"],
      ["tls", "warning"],
      ["replica", "warning"],
    ]);
    expect(report).toMatchObject({
      kind: "sluice.audit.config",
      version: 1,
      at: NOW,
      source: "self-managed",
      target: `${allkeys.redis.host}:${allkeys.redis.port}`,
      passed: false,
    });
    expect(report.settings).toMatchObject({
      "maxmemory-policy": "allkeys-lru",
      maxmemory: String(512 * MIB),
      appendonly: "no",
      save: "",
      "tls-port": "0",
      role: "master",
      connected_slaves: "0",
      "default-user": "nopass",
      redis_version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    });
    const eviction = report.findings[0];
    expect(eviction).toMatchObject({
      setting: "maxmemory-policy",
      actual: "allkeys-lru",
      expected: "noeviction",
    });
    expect(eviction?.message).toMatch(/stream and its consumer groups can vanish/);
    expect(eviction?.fix).toMatch(/^CONFIG SET maxmemory-policy noeviction/);
  });

  it("finds no maxmemory critical, and proposes 75% of the host's memory", async () => {
    const report = await auditRedisConfig({ redis: unbounded.client, policy: MEMORY_ONLY });
    expect(found(report)).toEqual([["maxmemory-unset", "critical"]]);
    expect(report.passed).toBe(false);
    const system = Number(report.settings.total_system_memory);
    expect(system).toBeGreaterThan(0);
    expect(report.findings[0]?.fix).toContain(`CONFIG SET maxmemory ${Math.floor((system * 0.75) / MIB)}mb`);
  });

  it("finds a tiny maxmemory as a warning: with noeviction writes are refused, nothing is lost", async () => {
    const report = await auditRedisConfig({ redis: tiny.client, policy: MEMORY_ONLY });
    expect(found(report)).toEqual([["maxmemory-too-small", "warning"]]);
    expect(report.findings[0]).toMatchObject({ actual: "2.0 MiB", expected: ">= 256.0 MiB" });
    expect(report.passed).toBe(true);
    const stricter = await auditRedisConfig({
      redis: tiny.client,
      policy: { ...MEMORY_ONLY, minMaxMemoryBytes: MIB },
    });
    expect(stricter.findings).toEqual([]);
  });

  it("finds a maxmemory above 75% of the host's memory", async () => {
    await using server = await startRedis({ maxmemoryPolicy: "noeviction" });
    const system = /total_system_memory:(\d+)/.exec(await server.cli("INFO", "memory"))?.[1] ?? "";
    await server.cli("CONFIG", "SET", "maxmemory", system);
    const redis = createRedisClient(server.target);
    try {
      const report = await auditRedisConfig({ redis, policy: MEMORY_ONLY });
      expect(found(report)).toEqual([["maxmemory-over-system", "warning"]]);
      expect(report.findings[0]?.expected).toMatch(/^<= .* \(75% of .*\)$/);
    } finally {
      redis.disconnect();
    }
  });

  it("passes a server with noeviction, maxmemory, a password, AOF, TLS only and a replica", async () => {
    const password = "s3cret-config-audit";
    const options = {
      maxmemory: "512mb",
      maxmemoryPolicy: "noeviction",
      password,
      aof: "everysec",
      tls: true,
    } as const;
    await using primary = await startRedis(options);
    const replicaOf = ["--replicaof", primary.host, String(primary.port), "--masterauth", password];
    await using _replica = await startRedis({ ...options, args: [...replicaOf, "--tls-replication", "yes"] });
    await waitFor(async () => /connected_slaves:1/.test(await primary.cli("INFO", "replication")), {
      what: "the replica",
    });
    const redis = createRedisClient(primary.target);
    try {
      const report = await auditRedisConfig({ redis });
      expect(report.findings).toEqual([]);
      expect(report.passed).toBe(true);
      expect(report.settings).toMatchObject({
        port: "0",
        "tls-port": String(primary.port),
        appendonly: "yes",
      });
      expect(report.settings["default-user"]).toBe("password");
      expect(JSON.stringify(report)).not.toContain(password);
    } finally {
      redis.disconnect();
    }
  });

  it("reads every master of a cluster and keys settings and findings by node", async () => {
    await using cluster = await startRedisCluster();
    const names = cluster.servers.map((s) => `${s.host}:${s.port}`);
    const evicting = names[1] as string;
    await cluster.servers[1]?.cli("CONFIG", "SET", "maxmemory-policy", "allkeys-lru");
    for (const server of cluster.servers) await server.cli("CONFIG", "SET", "maxmemory", "512mb");
    const redis = createRedisClient(cluster.target);
    try {
      const report = await auditRedisConfig({ redis, policy: MEMORY_ONLY });
      expect(report.target.split(", ").sort()).toEqual([...names].sort());
      for (const name of names) {
        expect(report.settings[`${name} maxmemory`]).toBe(String(512 * MIB));
        expect(report.settings[`${name} role`]).toBe("master");
        expect(report.settings[`${name} maxmemory-policy`]).toBe(
          name === evicting ? "allkeys-lru" : "noeviction",
        );
      }
      expect(report.findings.map((f) => [f.id, f.severity, f.setting])).toEqual([
        ["eviction-policy", "critical", `${evicting} maxmemory-policy`],
      ]);
      const full = await auditRedisConfig({ redis });
      const replicas = full.findings.filter((f) => f.id === "replica").map((f) => f.setting);
      expect(replicas.sort()).toEqual(names.map((name) => `${name} connected_slaves`).sort());
    } finally {
      redis.disconnect();
    }
  });

  it("rejects a policy setting it does not know", async () => {
    const policy = { evictionPolicy: "noeviction", minMaxmemoryBytes: 1 } as Partial<ConfigPolicy>;
    await expect(auditRedisConfig({ redis: tiny.client, policy })).rejects.toThrow(
      expect.objectContaining({
        code: "ops.invalid_policy",
        message: expect.stringMatching(/minMaxmemoryBytes/),
      }),
    );
    await expect(auditRedisConfig({ redis: tiny.client, policy })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("summarizes one line per finding, severity first, then the fix", async () => {
    const report = await auditRedisConfig({ redis: allkeys.client, now: NOW });
    const [head, ...lines] = configSummary(report).split("\n");
    expect(head).toBe(
      `Configuration audit of ${report.target} (self-managed) at 2026-12-02T03:00:00.000Z: FAILED, ` +
        "2 critical, 3 warning, 0 info.",
    );
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(
      /^CRITICAL eviction-policy \(maxmemory-policy: allkeys-lru, expected noeviction\): .* Fix: CONFIG SET maxmemory-policy noeviction/,
    );
    expect(lines.map((line) => line.split(" ")[0])).toEqual([
      "CRITICAL",
      "CRITICAL",
      "WARNING",
      "WARNING",
      "WARNING",
    ]);
  });
});

interface FakeGroup {
  group: ReplicationGroup;
  cluster: CacheCluster;
  parameters: Parameter[];
}

/** ElastiCache's Describe* API over fixed groups: parameters in pages of `pageSize` with a Marker, as the API does. */
function fakeElastiCache(groups: FakeGroup[], pageSize = 3) {
  const calls: string[] = [];
  async function send(command: unknown): Promise<unknown> {
    if (command instanceof DescribeReplicationGroupsCommand) {
      const id = command.input.ReplicationGroupId;
      calls.push(`DescribeReplicationGroups ${id}`);
      const found = groups.find((g) => g.group.ReplicationGroupId === id);
      if (!found) {
        throw new ReplicationGroupNotFoundFault({
          message: `ReplicationGroup ${id} not found.`,
          $metadata: {},
        });
      }
      return { ReplicationGroups: [found.group], $metadata: {} };
    }
    if (command instanceof DescribeCacheClustersCommand) {
      const id = command.input.CacheClusterId;
      calls.push(`DescribeCacheClusters ${id}`);
      const found = groups.find((g) => g.group.MemberClusters?.includes(id ?? ""));
      return { CacheClusters: found ? [{ ...found.cluster, CacheClusterId: id }] : [], $metadata: {} };
    }
    if (command instanceof DescribeCacheParametersCommand) {
      const { CacheParameterGroupName: name, Marker } = command.input;
      calls.push(`DescribeCacheParameters ${name} ${Marker ?? "-"}`);
      const found = groups.find((g) => g.cluster.CacheParameterGroup?.CacheParameterGroupName === name);
      const start = Number(Marker ?? 0);
      const all = found?.parameters ?? [];
      const next = start + pageSize < all.length ? String(start + pageSize) : undefined;
      return { Parameters: all.slice(start, start + pageSize), Marker: next, $metadata: {} };
    }
    throw new Error(`the fake does not answer ${(command as object).constructor.name}`);
  }
  return { client: { send } as unknown as Pick<ElastiCacheClient, "send">, calls };
}

const parameter = (ParameterName: string, ParameterValue: string): Parameter => ({
  ParameterName,
  ParameterValue,
  Source: "system",
  DataType: "string",
  IsModifiable: true,
});

/** A group as a default ElastiCache setup leaves it: default.redis6.x, volatile-lru, no TLS, auth, failover, snapshots. */
const neglected: FakeGroup = {
  group: {
    ReplicationGroupId: "legacy",
    Status: "available",
    MemberClusters: ["legacy-0001-001"],
    AutomaticFailover: "disabled",
    MultiAZ: "disabled",
    SnapshotRetentionLimit: 0,
    ClusterEnabled: false,
    CacheNodeType: "cache.t4g.small",
    AuthTokenEnabled: false,
    TransitEncryptionEnabled: false,
    AtRestEncryptionEnabled: false,
  },
  cluster: {
    Engine: "redis",
    EngineVersion: "6.2.6",
    CacheParameterGroup: { CacheParameterGroupName: "default.redis6.x", ParameterApplyStatus: "in-sync" },
  },
  parameters: [
    parameter("activedefrag", "no"),
    parameter("appendonly", "no"),
    parameter("reserved-memory-percent", "10"),
    parameter("lazyfree-lazy-eviction", "no"),
    parameter("maxmemory-policy", "volatile-lru"),
  ],
};

/** A group as infra/redis.ts makes it in production. */
const sluice: FakeGroup = {
  group: {
    ReplicationGroupId: "sluice-production-redis",
    Status: "available",
    MemberClusters: ["sluice-production-redis-0001-001", "sluice-production-redis-0001-002"],
    AutomaticFailover: "enabled",
    MultiAZ: "enabled",
    SnapshotRetentionLimit: 7,
    ClusterEnabled: true,
    CacheNodeType: "cache.m7g.large",
    AuthTokenEnabled: true,
    TransitEncryptionEnabled: true,
    AtRestEncryptionEnabled: true,
  },
  cluster: {
    Engine: "valkey",
    EngineVersion: "7.2.6",
    CacheParameterGroup: {
      CacheParameterGroupName: "sluice-production-redis-params",
      ParameterApplyStatus: "in-sync",
    },
  },
  parameters: [
    parameter("cluster-enabled", "yes"),
    parameter("maxmemory-policy", "noeviction"),
    parameter("reserved-memory-percent", "25"),
    parameter("timeout", "0"),
  ],
};

/** Like `sluice` but RBAC instead of an auth token, and a parameter change waiting for a reboot. */
const rbac: FakeGroup = {
  group: {
    ...sluice.group,
    ReplicationGroupId: "rbac",
    MemberClusters: ["rbac-0001-001"],
    AuthTokenEnabled: false,
    UserGroupIds: ["sluice-users"],
  },
  cluster: {
    ...sluice.cluster,
    CacheParameterGroup: { CacheParameterGroupName: "rbac-params", ParameterApplyStatus: "pending-reboot" },
  },
  parameters: sluice.parameters,
};

describe("configuration audit of ElastiCache", () => {
  it("reads the group, a member and every page of its parameters, and finds what a default setup lacks", async () => {
    const { client, calls } = fakeElastiCache([neglected, sluice]);
    const report = await auditElastiCacheConfig({ client, replicationGroupId: "legacy", now: NOW });
    expect(calls).toEqual([
      "DescribeReplicationGroups legacy",
      "DescribeCacheClusters legacy-0001-001",
      "DescribeCacheParameters default.redis6.x -",
      "DescribeCacheParameters default.redis6.x 3",
    ]);
    expect(found(report)).toEqual([
      ["eviction-policy", "critical"],
      ["engine-version", "critical"],
      ["auth", "critical"],
      ["reserved-memory", "warning"],
      ["tls", "warning"],
      ["automatic-failover", "warning"],
      ["multi-az", "warning"],
      ["snapshot-retention", "warning"],
      ["at-rest-encryption", "info"],
    ]);
    expect(report).toMatchObject({ source: "elasticache", target: "legacy", at: NOW, passed: false });
    expect(report.settings).toMatchObject({
      "maxmemory-policy": "volatile-lru",
      "reserved-memory-percent": "10",
      Engine: "redis",
      EngineVersion: "6.2.6",
      CacheParameterGroup: "default.redis6.x",
      CacheNodeType: "cache.t4g.small",
      AutomaticFailover: "disabled",
      SnapshotRetentionLimit: "0",
    });
    const byId = new Map(report.findings.map((f) => [f.id, f]));
    expect(byId.get("eviction-policy")).toMatchObject({ actual: "volatile-lru", expected: "noeviction" });
    expect(byId.get("eviction-policy")?.fix).toMatch(
      /default\.redis6\.x is a default group and cannot be modified/,
    );
    expect(byId.get("eviction-policy")?.fix).toContain('parameters: { "maxmemory-policy": "noeviction" }');
    expect(byId.get("engine-version")).toMatchObject({ actual: "redis 6.2.6", expected: ">= 7.0" });
    expect(byId.get("tls")?.fix).toContain(
      "aws elasticache modify-replication-group --replication-group-id legacy --transit-encryption-enabled",
    );
    expect(byId.get("automatic-failover")?.fix).toContain("--automatic-failover-enabled");
    expect(byId.get("snapshot-retention")?.fix).toContain("--snapshot-retention-limit 7");
  });

  it("passes a group set up like infra/redis.ts", async () => {
    const { client, calls } = fakeElastiCache([neglected, sluice], 100);
    const report = await auditElastiCacheConfig({ client, replicationGroupId: "sluice-production-redis" });
    expect(report.findings).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.settings).toMatchObject({
      Engine: "valkey",
      EngineVersion: "7.2.6",
      "maxmemory-policy": "noeviction",
    });
    expect(calls).toHaveLength(3);
  });

  it("takes RBAC user groups as auth, and notes parameters waiting for a reboot", async () => {
    const { client } = fakeElastiCache([rbac]);
    const report = await auditElastiCacheConfig({ client, replicationGroupId: "rbac" });
    expect(found(report)).toEqual([["parameters-pending-reboot", "info"]]);
    expect(report.passed).toBe(true);
  });

  it("fixes a custom parameter group in place", async () => {
    const custom: FakeGroup = {
      ...sluice,
      parameters: [parameter("maxmemory-policy", "allkeys-lru"), parameter("reserved-memory-percent", "25")],
    };
    const { client } = fakeElastiCache([custom]);
    const report = await auditElastiCacheConfig({ client, replicationGroupId: "sluice-production-redis" });
    expect(found(report)).toEqual([["eviction-policy", "critical"]]);
    expect(report.findings[0]?.fix).toMatch(
      /^aws elasticache modify-cache-parameter-group --cache-parameter-group-name sluice-production-redis-params --parameter-name-values ParameterName=maxmemory-policy,ParameterValue=noeviction/,
    );
  });

  it("throws a typed not-found error for a group that does not exist", async () => {
    const { client } = fakeElastiCache([sluice]);
    const audit = auditElastiCacheConfig({ client, replicationGroupId: "not-there" });
    await expect(audit).rejects.toBeInstanceOf(ReplicationGroupNotFoundError);
    await expect(audit).rejects.toMatchObject({
      code: "ops.replication_group_not_found",
      kind: "not_found",
      replicationGroupId: "not-there",
      cause: expect.any(ReplicationGroupNotFoundFault),
    });
  });
});
