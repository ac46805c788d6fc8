import { Cluster, Redis, type RedisOptions } from "ioredis";
import { certificateFailures } from "./certificate-failures.ts";
import { enforceCommandDeadlines } from "./command-deadlines.ts";
import { InvalidInputError } from "./errors.ts";
import { reconnectDelay } from "./reconnect-delay.ts";

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
  /**
   * A command with no reply this long after it was called fails with `unavailable` (default 5000), in both modes,
   * connected or not: the deadline runs while the command waits for a connection too.
   */
  commandTimeoutMs?: number;
  /** Connecting gives up after this long (default 5000). */
  connectTimeoutMs?: number;
  /**
   * Reconnect back-off: a random wait (full jitter) under a ceiling that doubles per attempt up to this (default
   * 2000); reconnecting itself never stops.
   */
  maxReconnectDelayMs?: number;
  /**
   * Commands waiting for a connection fail after this many reconnect attempts in a row failed (default 2), if
   * their deadline has not come first; in cluster mode the cluster's whole offline queue is failed then.
   */
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

/**
 * Replies that say the command was not applied and a reconnect is the cure: the node was demoted (READONLY: the
 * endpoint now names the promoted replica), is still loading its data (LOADING) or lost its primary (MASTERDOWN).
 * The command is resent after the reconnect (ioredis's `2`), within its deadline; resending a write is safe here.
 */
const RESEND_AFTER_RECONNECT = /^(READONLY|LOADING|MASTERDOWN)\b/;

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
    retryStrategy: (attempt) => reconnectDelay(attempt, settings.maxReconnectDelayMs),
    reconnectOnError: (error) => (RESEND_AFTER_RECONNECT.test(error.message) ? 2 : false),
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
  const settings = { ...DEFAULTS, ...config };
  const certificates = config.tls ? certificateFailures() : undefined;
  const options = { ...redisOptions(config, blockingGraceMs), Connector: certificates?.Connector };
  const client =
    config.mode === "standalone"
      ? new Redis({ ...options, host: config.nodes[0]?.host, port: config.nodes[0]?.port })
      : createCluster(config.nodes, options, settings);
  enforceCommandDeadlines(client, { commandTimeoutMs: settings.commandTimeoutMs, blockingGraceMs });
  certificates?.watch(client);
  return client;
}

/** Failing every command queued while the cluster is unreachable: ioredis's cluster client never does it. */
const UNREACHABLE = (attempts: number) =>
  new Error(`Cluster unreachable: ${attempts} reconnect attempts failed, queued commands given up`);

function createCluster(nodes: RedisNode[], options: RedisOptions, settings: typeof DEFAULTS): Cluster {
  const cluster: Cluster = new Cluster(nodes, {
    redisOptions: {
      ...options,
      // A demoted node's slots now belong to its promoted replica: learn the new map as well as reconnecting.
      reconnectOnError: (error) => {
        const resend = options.reconnectOnError?.(error) ?? false;
        if (resend) cluster.refreshSlotsCache();
        return resend;
      },
    },
    // ElastiCache hands out TLS certificates for its DNS names: keep the name the nodes report.
    dnsLookup: (address, callback) => callback(null, address),
    clusterRetryStrategy: (attempt) => {
      // Like maxRetriesPerRequest for a standalone client: bounds the offline queue by count as well as by deadline.
      if (attempt % (settings.maxRetriesPerRequest + 1) === 0) {
        (cluster as unknown as { flushQueue(error: Error): void }).flushQueue(UNREACHABLE(attempt));
      }
      return reconnectDelay(attempt, settings.maxReconnectDelayMs);
    },
    slotsRefreshTimeout: Math.min(settings.connectTimeoutMs, settings.commandTimeoutMs),
    enableReadyCheck: true,
  });
  return cluster;
}

/**
 * A second client for blocking reads: a blocked connection answers nothing else, so readers get their own.
 * Its blocking commands time out after their BLOCK time plus `graceMs`, not after the command timeout.
 */
export function createBlockingClient(config: RedisConnectionConfig, graceMs = 2000): RedisClient {
  return createRedisClient(config, { blockingGraceMs: graceMs });
}
