// The hourly configuration audit of a self-managed Redis: each master's CONFIG GET, INFO and default user, checked
// against the policy. ElastiCache blocks CONFIG and ACL; audit it with auditElastiCacheConfig.
import { masters, type RedisClient, typed } from "@sluice/streams";
import type { Redis } from "ioredis";
import { formatBytes } from "../report-text.ts";
import {
  type ConfigAuditReport,
  type ConfigFinding,
  configReport,
  engineVersionFinding,
  evictionPolicyFinding,
  noAuthFinding,
  noTlsFinding,
} from "./config-findings.ts";
import { type ConfigPolicy, megabytes, resolvePolicy } from "./config-policy.ts";
import { parseInfo } from "./node-memory.ts";

export interface RedisConfigAuditOptions {
  redis: RedisClient;
  /** Overrides of DEFAULT_CONFIG_POLICY. */
  policy?: Partial<ConfigPolicy>;
  /** The audit's time, epoch ms (default now). */
  now?: number;
}

/** One at a time: Redis before 7.0 takes one name per CONFIG GET, and an old server must still be reported. */
const CONFIG_NAMES = ["maxmemory-policy", "maxmemory", "appendonly", "save", "port", "tls-port"];
const INFO_NAMES = ["redis_version", "role", "connected_slaves", "total_system_memory"];

/** "nopass": on and without a password; "password"; "off": disabled (clients log in as other ACL users). */
function defaultUser(reply: unknown): string {
  const fields = (reply ?? []) as unknown[];
  const flags = (fields[fields.indexOf("flags") + 1] ?? []) as string[];
  if (!flags.includes("on")) return "off";
  return flags.includes("nopass") ? "nopass" : "password";
}

/** What the audit reads from a node; no secret among it (the default user only as nopass/password/off). */
async function readNode(node: Redis): Promise<Record<string, string>> {
  const [configs, info, user] = await Promise.all([
    Promise.all(CONFIG_NAMES.map((name) => typed(node.config("GET", name)) as Promise<string[]>)),
    Promise.all(["server", "replication", "memory"].map((section) => typed(node.info(section)))),
    typed(node.call("ACL", "GETUSER", "default")),
  ]);
  const settings: Record<string, string> = {};
  CONFIG_NAMES.forEach((name, i) => {
    settings[name] = configs[i]?.[1] ?? "";
  });
  const fields = parseInfo(info.join("\n"));
  for (const name of INFO_NAMES) settings[name] = fields.get(name) ?? "";
  settings["default-user"] = defaultUser(user);
  return settings;
}

function memoryFindings(s: Record<string, string>, at: (setting: string) => string, policy: ConfigPolicy) {
  const findings: ConfigFinding[] = [];
  const maxmemory = Number(s.maxmemory);
  const system = Number(s.total_system_memory);
  const ceiling = Math.floor(system * policy.maxMemoryShareOfSystem);
  const suggested = system > 0 ? ceiling : policy.minMaxMemoryBytes;
  const place = {
    setting: at("maxmemory"),
    actual: maxmemory === 0 ? "0 (none)" : formatBytes(maxmemory),
    fix: `CONFIG SET maxmemory ${megabytes(suggested)}, then CONFIG REWRITE (or maxmemory in redis.conf).`,
  };
  if (maxmemory === 0) {
    findings.push({
      id: "maxmemory-unset",
      severity: "critical",
      ...place,
      expected: `>= ${formatBytes(policy.minMaxMemoryBytes)}`,
      message:
        "No maxmemory: Redis grows until the operating system kills it, and every stream goes with it; " +
        "noeviction only protects streams when there is a limit to refuse writes at.",
    });
  } else if (maxmemory < policy.minMaxMemoryBytes) {
    // Warning, not critical: with noeviction a small limit loses nothing (writes are refused, producers fail
    // fast and alarm); it is a capacity problem, and an eviction policy beside it is reported as critical anyway.
    findings.push({
      id: "maxmemory-too-small",
      severity: "warning",
      ...place,
      expected: `>= ${formatBytes(policy.minMaxMemoryBytes)}`,
      message: `maxmemory ${place.actual} fills within moments of load; from then on every write is refused (OOM).`,
    });
  }
  if (system > 0 && maxmemory > ceiling) {
    findings.push({
      id: "maxmemory-over-system",
      severity: "warning",
      ...place,
      expected: `<= ${formatBytes(ceiling)} (${policy.maxMemoryShareOfSystem * 100}% of ${formatBytes(system)})`,
      message:
        "maxmemory leaves too little of the host's memory for fork copy-on-write (RDB, AOF rewrite, full sync), " +
        "replication buffers and fragmentation: the OS may kill Redis before it reaches maxmemory.",
    });
  }
  return findings;
}

function nodeFindings(s: Record<string, string>, at: (setting: string) => string, policy: ConfigPolicy) {
  const findings = [
    evictionPolicyFinding(
      {
        setting: at("maxmemory-policy"),
        actual: s["maxmemory-policy"] ?? "",
        fix: `CONFIG SET maxmemory-policy ${policy.evictionPolicy}, then CONFIG REWRITE (or in redis.conf).`,
      },
      policy,
    ),
    ...memoryFindings(s, at, policy),
    engineVersionFinding(
      {
        setting: at("redis_version"),
        actual: s.redis_version ?? "",
        fix: `Upgrade to Redis ${policy.minEngineVersion} or later, or Valkey 7.2 (what infra/redis.ts runs).`,
      },
      policy,
    ),
  ];
  if (policy.requirePersistence && s.appendonly === "no" && s.save === "") {
    findings.push({
      id: "persistence",
      severity: "warning",
      setting: at("appendonly"),
      actual: 'appendonly no, save ""',
      expected: "appendonly yes",
      message:
        "No persistence: a restart loses every stream since the last backup, and a master that restarts empty " +
        "empties its replicas too.",
      fix: "CONFIG SET appendonly yes, CONFIG SET appendfsync everysec, then CONFIG REWRITE.",
    });
  }
  if (policy.requireTls && s.port !== "0") {
    const tlsPort = s["tls-port"] ?? "0";
    findings.push(
      noTlsFinding(
        {
          setting: at("port"),
          actual:
            tlsPort === "0" ? `plaintext on ${s.port}, no tls-port` : `plaintext on ${s.port} beside TLS`,
          fix:
            "Serve TLS only: tls-port, tls-cert-file, tls-key-file and tls-ca-cert-file in redis.conf and port 0, " +
            "then restart; clients connect with TLS.",
        },
        "port 0, tls-port set",
      ),
    );
  }
  if (policy.requireAuth && s["default-user"] === "nopass") {
    findings.push(
      noAuthFinding(
        {
          setting: at("default-user"),
          actual: "on, nopass",
          fix:
            "CONFIG SET requirepass <secret> (or ACL SETUSER default off and an ACL user per client), then " +
            "CONFIG REWRITE; on a cluster on every node, with masterauth for the replicas.",
        },
        "a password, or off",
      ),
    );
  }
  if (policy.requireAutomaticFailover && s.role === "master" && s.connected_slaves === "0") {
    findings.push({
      id: "replica",
      severity: "warning",
      setting: at("connected_slaves"),
      actual: "0",
      expected: ">= 1",
      message:
        "No replica: nothing to fail over to, so a failed host stops every producer and consumer, and what is " +
        "not in a backup is lost.",
      fix:
        "Start a replica (replicaof <host> <port>, masterauth when auth is on) watched by Sentinel; in a cluster " +
        "redis-cli --cluster add-node <new> <this node> --cluster-slave.",
    });
  }
  return findings.filter((finding) => finding !== undefined);
}

export async function auditRedisConfig(options: RedisConfigAuditOptions): Promise<ConfigAuditReport> {
  const policy = resolvePolicy(options.policy);
  const at = options.now ?? Date.now();
  const nodes = await masters(options.redis);
  const names = nodes.map((node) => `${node.options.host}:${node.options.port}`);
  const observed = await Promise.all(nodes.map(readNode));
  const settings: Record<string, string> = {};
  const findings: ConfigFinding[] = [];
  observed.forEach((nodeSettings, i) => {
    const label = (setting: string) => (nodes.length > 1 ? `${names[i]} ${setting}` : setting);
    for (const [name, value] of Object.entries(nodeSettings)) settings[label(name)] = value;
    findings.push(...nodeFindings(nodeSettings, label, policy));
  });
  return configReport({ at, source: "self-managed", target: names.join(", "), settings, findings });
}
