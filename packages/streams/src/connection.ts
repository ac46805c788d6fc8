import { Cluster, type ClusterOptions, Redis, type RedisOptions } from "ioredis";
import { certificateFailures } from "./certificate-failures.ts";
import { InvalidInputError } from "./errors.ts";

export interface RedisNode {
  host: string;
  port: number;
}

/** Where Redis is and how to talk to it; plain data, so config loaders and test harnesses can build it. */
export interface RedisConnectionConfig {
  /** Chosen explicitly: ElastiCache with cluster mode on needs the cluster client, a plain server must not get it. */
  mode: "standalone" | "cluster";
  /** One node for standalone; any number of seed nodes for a cluster. */
  nodes: RedisNode[];
  /**
   * TLS: `true` for the system CAs (ElastiCache), or a PEM `ca` bundle for a private CA (instead of the system's), and
   * optionally the name to check the certificate against (default: the host connected to). A certificate problem
   * fails commands with `unavailable`, code `streams.tls_certificate`.
   */
  tls?: boolean | { ca?: string; servername?: string };
  username?: string;
  password?: string;
  /** A command with no reply by then fails with `unavailable` (default 5000). */
  commandTimeoutMs?: number;
  /** Connecting gives up after this long (default 5000). */
  connectTimeoutMs?: number;
  /** Reconnect back-off grows to at most this (default 2000); reconnecting itself never stops. */
  maxReconnectDelayMs?: number;
  /** How often a command is retried across reconnects before it fails (default 2). */
  maxRetriesPerRequest?: number;
  /** Shown in CLIENT LIST. */
  connectionName?: string;
}

export type RedisClient = Redis | Cluster;

const DEFAULTS = {
  commandTimeoutMs: 5000,
  connectTimeoutMs: 5000,
  maxReconnectDelayMs: 2000,
  maxRetriesPerRequest: 2,
};

function tlsOptions(tls: RedisConnectionConfig["tls"]): RedisOptions["tls"] {
  if (!tls) return undefined;
  if (tls === true) return {};
  return { ...(tls.ca && { ca: tls.ca }), ...(tls.servername && { servername: tls.servername }) };
}

function redisOptions(config: RedisConnectionConfig, blockingGraceMs?: number): RedisOptions {
  const settings = { ...DEFAULTS, ...config };
  const timeouts =
    blockingGraceMs === undefined
      ? // socketTimeout: a connection that answers nothing for as long is destroyed and reconnected (a half-open
        // TCP connection otherwise fails every command until the kernel gives up, minutes later).
        { commandTimeout: settings.commandTimeoutMs, socketTimeout: settings.commandTimeoutMs }
      : {
          blockingTimeout: settings.commandTimeoutMs,
          blockingTimeoutGrace: blockingGraceMs,
          // A read that timed out client-side is still in the queue: resent after a reconnect, it would take
          // entries into a reply nobody waits for. The reader reads anew instead.
          autoResendUnfulfilledCommands: false,
        };
  return {
    ...timeouts,
    protocol: 2,
    username: config.username,
    password: config.password,
    tls: tlsOptions(config.tls),
    connectTimeout: settings.connectTimeoutMs,
    maxRetriesPerRequest: settings.maxRetriesPerRequest,
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, settings.maxReconnectDelayMs),
    connectionName:
      blockingGraceMs === undefined ? config.connectionName : `${config.connectionName ?? "sluice"}:reader`,
  };
}

function validate(config: RedisConnectionConfig): void {
  if (config.mode !== "standalone" && config.mode !== "cluster") {
    throw new InvalidInputError(
      "streams.invalid_connection",
      `Redis mode must be "standalone" or "cluster", got ${JSON.stringify(config.mode)}`,
    );
  }
  if (!Array.isArray(config.nodes) || config.nodes.length === 0) {
    throw new InvalidInputError(
      "streams.invalid_connection",
      "Redis needs at least one node (host and port)",
    );
  }
  for (const name of ["commandTimeoutMs", "connectTimeoutMs", "maxReconnectDelayMs"] as const) {
    const value = config[name];
    if (value !== undefined && !(Number.isSafeInteger(value) && value > 0)) {
      throw new InvalidInputError(
        "streams.invalid_connection",
        `Redis ${name} must be a positive integer, got ${value}`,
      );
    }
  }
  for (const node of config.nodes) {
    if (!node.host || !Number.isInteger(node.port) || node.port <= 0 || node.port > 65535) {
      throw new InvalidInputError(
        "streams.invalid_connection",
        `Invalid Redis node ${JSON.stringify(node)}: needs a host and a port from 1 to 65535`,
      );
    }
  }
}

/** Opens a client for commands with the bounded timeouts above. */
export function createRedisClient(
  config: RedisConnectionConfig,
  { blockingGraceMs }: { blockingGraceMs?: number } = {},
): RedisClient {
  validate(config);
  const certificates = config.tls ? certificateFailures() : undefined;
  const options = { ...redisOptions(config, blockingGraceMs), Connector: certificates?.Connector };
  if (config.mode === "standalone") {
    const [node] = config.nodes as [RedisNode];
    const client = new Redis({ ...options, host: node.host, port: node.port });
    certificates?.watch(client);
    return client;
  }
  const clusterOptions: ClusterOptions = {
    redisOptions: options,
    // ElastiCache hands out TLS certificates for its DNS names: keep the name the nodes report.
    dnsLookup: (address, callback) => callback(null, address),
    clusterRetryStrategy: options.retryStrategy,
    slotsRefreshTimeout: options.connectTimeout,
    enableReadyCheck: true,
  };
  const cluster = new Cluster(config.nodes, clusterOptions);
  certificates?.watch(cluster);
  return cluster;
}

/**
 * A second client for blocking reads: a blocked connection answers nothing else, so readers get their own.
 * Its blocking commands time out after their BLOCK time plus `graceMs`, not after the command timeout.
 */
export function createBlockingClient(config: RedisConnectionConfig, graceMs = 2000): RedisClient {
  return createRedisClient(config, { blockingGraceMs: graceMs });
}
