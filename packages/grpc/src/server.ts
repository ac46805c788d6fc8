// startGrpcServer: the StreamingService with health, optional reflection and TLS, bearer tokens mapped to scopes
// (every call but health authenticated, every operation authorized), quotas, and a graceful close.
import {
  type ChannelOptions,
  type Server,
  ServerCredentials,
  type UntypedServiceImplementation,
} from "@grpc/grpc-js";
import {
  createRedisClient,
  InvalidInputError,
  logWriter,
  type ProducerOptions,
  type RedisConnectionConfig,
  type TokenTable,
} from "@sluice/streams";
import { type Authorize, DEFAULT_GROUP_LIMITS, type GroupLimitsFor, scopesOnly } from "./access.ts";
import { bearerTokenAuth } from "./auth.ts";
import { type HealthMonitor, monitorHealth } from "./health.ts";
import { addReflection } from "./reflection.ts";
import { streamingServiceDefinition } from "./service-definition.ts";
import type { LogWriter } from "./status.ts";
import { createStreamingService } from "./streaming-service.ts";
import type { SubscriptionSettings } from "./subscription.ts";
import { DecodeCheckingServer } from "./undecodable-request.ts";

const MiB = 1024 * 1024;

export interface GrpcServerOptions {
  redis: RedisConnectionConfig;
  /** Default 0.0.0.0 (all IPv4 interfaces, as a container needs). */
  host?: string;
  /** Default 50051; 0 picks a free port. */
  port?: number;
  /** PEM certificate chain and private key: TLS. Without them the server is plaintext (TLS ends at the load balancer). */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /**
   * The bearer tokens and the scopes of each: every call but health needs `authorization: Bearer <token>` of the
   * table, and may do what its scopes allow. Required unless `allowUnauthenticated`.
   */
  tokens?: TokenTable;
  /**
   * Unsafe, for a local server only: without `tokens`, every call is taken for one caller with every scope. The
   * server refuses to start with neither.
   */
  allowUnauthenticated?: boolean;
  /**
   * Throws unless a caller may do an operation on a stream (forbidden, not found); the gateway's main passes the
   * stream catalog's check. Default: the caller's scopes alone.
   */
  authorize?: Authorize;
  /** Each stream's group quotas and platform groups; default 20 groups, 100 consumers a group, none the platform's. */
  groupLimits?: GroupLimitsFor;
  /** Largest request message, bytes (default 4 MiB); larger ones fail with RESOURCE_EXHAUSTED. */
  maxReceiveMessageBytes?: number;
  /** Largest response message, bytes (default 4 MiB). */
  maxSendMessageBytes?: number;
  /** Largest event payload, bytes (default 1 MiB). */
  maxPayloadBytes?: number;
  /** Where publishes Redis refused are counted (PublishFailures per stream and reason); default nowhere. */
  metrics?: ProducerOptions["metrics"];
  /**
   * Each stream's publish defaults (durability, idempotency window) under a request's `durable`: the Producer's
   * `settingsFor` (the gateway's main passes the platform's stream table); default none, the producer's own.
   */
  settingsFor?: ProducerOptions["settingsFor"];
  /** Server pings idle connections this often, ms (default 30000: under the usual 60 s load balancer idle timeout). */
  keepaliveTimeMs?: number;
  /** A ping unanswered this long closes the connection, ms (default 10000). */
  keepaliveTimeoutMs?: number;
  /** Connections are asked to reconnect after this long, ms, so that clients spread over new tasks (default: never). */
  maxConnectionAgeMs?: number;
  /** Then calls still running (Subscribe streams) get this long before the connection closes, ms (default 30000). */
  maxConnectionAgeGraceMs?: number;
  /** Subscribe: unacknowledged entries are redelivered after this long, ms (default 30000). */
  visibilityTimeoutMs?: number;
  /** Subscribe: how often to look for entries idle past the visibility timeout, ms (default a fifth of it). */
  reclaimIntervalMs?: number;
  /**
   * Subscribe: while Redis fails (a failover ended the read with UNBLOCKED, the connection was lost), reads are
   * retried this long before the call ends with UNAVAILABLE, ms (default 10000).
   */
  subscribeOutageMs?: number;
  /** Publish and PublishBatch calls waiting on Redis at once; over it calls fail UNAVAILABLE at once (default 256). */
  maxPendingPublishes?: number;
  /** Payload bytes of the publishes waiting on Redis; over it calls fail UNAVAILABLE at once (default 16 MiB). */
  maxPendingPublishBytes?: number;
  /** Subscribe calls served at once (default 1000); over it a call fails RESOURCE_EXHAUSTED at once. */
  maxSubscriptions?: number;
  /** Subscribe calls of one caller served at once (default 100); over it a call fails RESOURCE_EXHAUSTED at once. */
  maxSubscriptionsPerCaller?: number;
  /**
   * Streams Subscribe calls read at once (default 100): the blocking Redis connections of the server (per node in a
   * cluster), one per stream however many calls read it; a call on one more stream fails RESOURCE_EXHAUSTED.
   */
  maxReaderConnections?: number;
  /** Subscribe: how long a stream watcher's XREAD blocks, and how long a subscription waits before reading anyway, ms
   * (default 2000). */
  blockMs?: number;
  /** Subscribe: while paused at max_in_flight, how often to look for acknowledgements made elsewhere, ms (default 1000). */
  inFlightCheckMs?: number;
  /** How often Redis readiness (a tiny write) is probed for the health service, ms (default 2000). */
  healthIntervalMs?: number;
  /** Server reflection (default false: it tells anyone who connects every method and message). */
  reflection?: boolean;
  /** One JSON line per event worth logging (default stdout). */
  log?: LogWriter;
}

export interface GrpcServer {
  /** The bound port (the free one picked for port 0). */
  readonly port: number;
  /** Live Subscribe calls. */
  readonly activeSubscriptions: number;
  /** Blocking Redis connections open for Subscribe calls (one per stream read). */
  readonly readerConnections: number;
  /** Publish and PublishBatch calls waiting on Redis. */
  readonly pendingPublishes: number;
  /**
   * Reports NOT_SERVING, ends Subscribe calls with UNAVAILABLE (their unacknowledged entries stay pending and are
   * redelivered), lets other calls finish, then cancels the rest and closes Redis: all within `graceMs` (default
   * 10000), whether Redis answers or not.
   */
  close(graceMs?: number): Promise<void>;
}

const DEFAULTS = {
  host: "0.0.0.0",
  port: 50051,
  maxReceiveMessageBytes: 4 * MiB,
  maxSendMessageBytes: 4 * MiB,
  keepaliveTimeMs: 30_000,
  keepaliveTimeoutMs: 10_000,
  maxConnectionAgeGraceMs: 30_000,
  visibilityTimeoutMs: 30_000,
  subscribeOutageMs: 10_000,
  maxPendingPublishes: 256,
  maxPendingPublishBytes: 16 * MiB,
  maxSubscriptions: 1000,
  maxSubscriptionsPerCaller: 100,
  maxReaderConnections: 100,
  blockMs: 2000,
  inFlightCheckMs: 1000,
  healthIntervalMs: 2000,
  reflection: false,
  log: ((line: string) => {
    process.stdout.write(`${line}\n`);
  }) as LogWriter,
};

function positive(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value > 0)) {
    throw new InvalidInputError("grpc.invalid_option", `${name} must be a positive integer, got ${value}`);
  }
}

function validate(options: GrpcServerOptions): void {
  const port = options.port ?? DEFAULTS.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidInputError("grpc.invalid_option", `port must be 0 to 65535, got ${port}`);
  }
  for (const name of [
    "maxReceiveMessageBytes",
    "maxSendMessageBytes",
    "maxPayloadBytes",
    "keepaliveTimeMs",
    "keepaliveTimeoutMs",
    "maxConnectionAgeMs",
    "maxConnectionAgeGraceMs",
    "visibilityTimeoutMs",
    "reclaimIntervalMs",
    "subscribeOutageMs",
    "maxPendingPublishes",
    "maxPendingPublishBytes",
    "maxSubscriptions",
    "maxSubscriptionsPerCaller",
    "maxReaderConnections",
    "blockMs",
    "inFlightCheckMs",
    "healthIntervalMs",
  ] as const) {
    positive(name, options[name]);
  }
  if (options.tokens === undefined && options.allowUnauthenticated !== true) {
    throw new InvalidInputError(
      "grpc.invalid_option",
      "tokens (a token table) is required: a server without one would let anyone do anything " +
        "(allowUnauthenticated: true says that is meant, for a local server only)",
    );
  }
}

function channelOptions(settings: GrpcServerOptions & typeof DEFAULTS): ChannelOptions {
  return {
    "grpc.max_receive_message_length": settings.maxReceiveMessageBytes,
    "grpc.max_send_message_length": settings.maxSendMessageBytes,
    "grpc.keepalive_time_ms": settings.keepaliveTimeMs,
    "grpc.keepalive_timeout_ms": settings.keepaliveTimeoutMs,
    ...(settings.maxConnectionAgeMs && {
      "grpc.max_connection_age_ms": settings.maxConnectionAgeMs,
      "grpc.max_connection_age_grace_ms": settings.maxConnectionAgeGraceMs,
    }),
  };
}

function bind(server: Server, address: string, credentials: ServerCredentials): Promise<number> {
  return new Promise((resolve, reject) =>
    server.bindAsync(address, credentials, (error, port) => (error ? reject(error) : resolve(port))),
  );
}

/** Waits for `work`, but not longer than `ms`. */
async function withinMs(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

function shutdown(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, graceMs);
    server.tryShutdown(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function startGrpcServer(options: GrpcServerOptions): Promise<GrpcServer> {
  validate(options);
  const settings = { ...DEFAULTS, ...options };
  const log = logWriter(settings.log);
  const client = createRedisClient({
    ...options.redis,
    connectionName: options.redis.connectionName ?? "sluice-grpc",
  });
  client.on("error", () => {}); // failures surface through commands and the health status
  const server = new DecodeCheckingServer({
    ...channelOptions(settings),
    interceptors: [bearerTokenAuth(options.tokens)],
  });
  const subscribe: SubscriptionSettings = {
    visibilityTimeoutMs: settings.visibilityTimeoutMs,
    reclaimIntervalMs:
      settings.reclaimIntervalMs ?? Math.max(1, Math.floor(settings.visibilityTimeoutMs / 5)),
    blockMs: settings.blockMs,
    inFlightCheckMs: settings.inFlightCheckMs,
    outageMs: settings.subscribeOutageMs,
  };
  const service = createStreamingService({
    client,
    redis: options.redis,
    subscribe,
    publishLimits: {
      maxPendingPublishes: settings.maxPendingPublishes,
      maxPendingPublishBytes: settings.maxPendingPublishBytes,
    },
    subscriptionLimits: { total: settings.maxSubscriptions, perCaller: settings.maxSubscriptionsPerCaller },
    maxReaderConnections: settings.maxReaderConnections,
    authorize: options.authorize ?? scopesOnly,
    groupLimits: options.groupLimits ?? (() => DEFAULT_GROUP_LIMITS),
    log,
    ...(options.maxPayloadBytes && { maxPayloadBytes: options.maxPayloadBytes }),
    ...(options.metrics && { metrics: options.metrics }),
    ...(options.settingsFor && { settingsFor: options.settingsFor }),
  });
  server.addService(
    streamingServiceDefinition,
    service.implementation as unknown as UntypedServiceImplementation,
  );
  let health: HealthMonitor | undefined;
  let port: number;
  try {
    if (settings.reflection) addReflection(server);
    health = await monitorHealth(server, client, { intervalMs: settings.healthIntervalMs, log });
    const credentials = options.tls
      ? ServerCredentials.createSsl(null, [
          { cert_chain: Buffer.from(options.tls.cert), private_key: Buffer.from(options.tls.key) },
        ])
      : ServerCredentials.createInsecure();
    const host = settings.host.includes(":") ? `[${settings.host}]` : settings.host;
    port = await bind(server, `${host}:${settings.port}`, credentials);
  } catch (error) {
    health?.stop();
    server.forceShutdown();
    client.disconnect();
    throw error;
  }
  const monitor = health;
  let closing: Promise<void> | undefined;
  return {
    port,
    get activeSubscriptions() {
      return service.subscriptions.size;
    },
    get readerConnections() {
      return service.readerConnections;
    },
    get pendingPublishes() {
      return service.pendingPublishes;
    },
    close(graceMs = 10_000) {
      closing ??= (async () => {
        const deadline = Date.now() + graceMs;
        monitor.stop();
        // Within the grace too: a Subscribe call stuck on a Redis command that does not answer is cancelled below.
        await withinMs(service.subscriptions.close(), graceMs);
        await shutdown(server, Math.max(0, deadline - Date.now()));
        client.disconnect();
      })();
      return closing;
    },
  };
}
