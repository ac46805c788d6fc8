// The one typed configuration loader of the entry points, and the only module that touches SST's `Resource`:
// Redis comes from the `Redis` link when one is present (Lambda, Fargate, `sst dev`), else from SLUICE_REDIS_URL or
// REDIS_URL (SLUICE_REDIS_URL wins), with SLUICE_REDIS_USERNAME / SLUICE_REDIS_PASSWORD over the URL's credentials
// (the cloud injects the auth token as a secret of its own) and SLUICE_REDIS_CA_FILE, a PEM bundle trusted for a
// rediss:// server signed by a private CA (npm start, plain `node`, tests); consumer settings always come from
// SLUICE_* variables. Everything returned is plain data for @sluice/streams, which never reads the environment itself.

import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import type { FrameStage } from "@sluice/frames";
import {
  assertStreamName,
  InvalidInputError,
  type RedisConnectionConfig,
  type RetentionSchedule,
  type RunnerOptions,
} from "@sluice/streams";
// `sst/resource` rather than `sst`: the same `Resource`, without the package's other clients and without the
// console.log patch that `sst` applies on ECS (it would prefix our JSON log lines with "INFO\t").
import { Resource } from "sst/resource";

/** What `sst.aws.Redis` links: host, port, username ("default") and the auth token (empty under `sst dev`). */
export interface LinkedRedis {
  host: string;
  port: number | string;
  username?: string;
  password?: string;
}

/** The runner settings that can be configured; absent ones keep the runner's defaults. */
export type ConfiguredRunnerSettings = Pick<
  RunnerOptions,
  | "batchSize"
  | "concurrency"
  | "visibilityTimeoutMs"
  | "maxDeliveries"
  | "maxRecordAgeMs"
  | "shutdownTimeoutMs"
>;

export interface ConsumerConfig {
  streams: string[];
  group: string;
  runner: ConfiguredRunnerSettings;
  /** Group-aware retention applied by the long-running consumer; null when SLUICE_RETENTION=off. */
  retention: RetentionSchedule | null;
  /**
   * Retention keeps the entries the incremental backup has not backed up yet while its last run is at most this old,
   * ms (SLUICE_RETENTION_BACKUP_HOLD_MS, default 900000; 0 = never hold).
   */
  backupHoldMs: number;
  /** Lambda: stop reading this long before the invocation would time out (like Middy's timeoutEarlyInMillis). */
  timeoutEarlyMs: number;
}

export interface HttpConfig {
  /** Local server only (`x-api-key`); in the cloud the API Gateway authorizer decides. Unset: no key needed. */
  apiKey: string | undefined;
  /** Origins allowed by CORS; empty: no CORS headers. */
  corsOrigins: string[];
  /** Largest request body a route handler takes, bytes. */
  maxBodyBytes: number;
  /** Port of the local server (npm start). */
  port: number;
}

export interface RuntimeConfig {
  redis: RedisConnectionConfig;
  /** Where `redis` came from. */
  redisSource: "sst-link" | RedisUrlVariable;
  consumer: ConsumerConfig;
  http: HttpConfig;
}

export type Environment = Record<string, string | undefined>;

/** The variables a Redis URL is read from, the first set one winning. */
export const REDIS_URL_VARIABLES = ["SLUICE_REDIS_URL", "REDIS_URL"] as const;
export type RedisUrlVariable = (typeof REDIS_URL_VARIABLES)[number];

/** Credentials that replace a URL's own (SLUICE_REDIS_USERNAME, SLUICE_REDIS_PASSWORD). */
export interface RedisCredentials {
  username?: string | undefined;
  password?: string | undefined;
}

const DEFAULT_PORT = 6379;
const RUNNER_VARIABLES: Record<keyof ConfiguredRunnerSettings, string> = {
  batchSize: "SLUICE_BATCH_SIZE",
  concurrency: "SLUICE_CONCURRENCY",
  visibilityTimeoutMs: "SLUICE_VISIBILITY_TIMEOUT_MS",
  maxDeliveries: "SLUICE_MAX_DELIVERIES",
  maxRecordAgeMs: "SLUICE_MAX_RECORD_AGE_MS",
  shutdownTimeoutMs: "SLUICE_SHUTDOWN_TIMEOUT_MS",
};

function invalid(message: string, name: string): InvalidInputError {
  return new InvalidInputError("config.invalid_environment", message, { details: { variable: name } });
}

/** The variable's value, or undefined when it is unset or empty (`VAR=` in an env file means "not set"). */
function read(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

/** A positive integer variable: `SLUICE_BATCH_SIZE must be a positive integer, got "abc"`. */
export function positiveInteger(env: Environment, name: string): number | undefined {
  const value = read(env, name);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw invalid(`${name} must be a positive integer, got ${JSON.stringify(env[name])}`, name);
  }
  return number;
}

/** One of a fixed set of words: `SLUICE_REDIS_MODE must be "standalone" or "cluster", got "x"`. */
export function oneOf<T extends string>(
  env: Environment,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = read(env, name);
  if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
  const choices = allowed.map((a) => JSON.stringify(a)).join(" or ");
  throw invalid(`${name} must be ${choices}, got ${JSON.stringify(env[name])}`, name);
}

/** A URL with its password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:@/]*):[^@/]*@/i, "$1:***@");
}

/**
 * `redis://[user:password@]host[:port][/0]`, or `rediss://` for TLS with the system CAs (ElastiCache); `credentials`
 * replace the URL's own, so `rediss://default@host` is complete with a password from elsewhere.
 */
export function redisConfigFromUrl(
  url: string,
  mode: RedisConnectionConfig["mode"],
  name = "SLUICE_REDIS_URL",
  credentials: RedisCredentials = {},
): RedisConnectionConfig {
  const shape = `redis://[user:password@]host[:port] or rediss://… for TLS, got ${JSON.stringify(redactUrl(url))}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid(`${name} must look like ${shape}`, name);
  }
  if ((parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") || parsed.hostname === "") {
    throw invalid(`${name} must look like ${shape}`, name);
  }
  const database = parsed.pathname.replace(/^\//, "");
  if ((database !== "" && database !== "0") || parsed.search !== "" || parsed.hash !== "") {
    throw invalid(`${name} takes no database number or options (Sluice uses database 0), ${shape}`, name);
  }
  const username = credentials.username ?? decodeURIComponent(parsed.username);
  const password = credentials.password ?? decodeURIComponent(parsed.password);
  if (username !== "" && password === "") {
    const elsewhere = (REDIS_URL_VARIABLES as readonly string[]).includes(name)
      ? " or set SLUICE_REDIS_PASSWORD"
      : "";
    throw invalid(
      `${name} names user ${JSON.stringify(username)} but no password: use user:password@${elsewhere}`,
      name,
    );
  }
  return {
    mode,
    nodes: [{ host: parsed.hostname.replace(/^\[(.*)\]$/, "$1"), port: Number(parsed.port || DEFAULT_PORT) }],
    ...(parsed.protocol === "rediss:" && { tls: true }),
    ...(username !== "" && { username }),
    ...(password !== "" && { password }),
  };
}

/**
 * The linked `Redis`, or null. `"Redis" in Resource` never throws, unlike `Resource.Redis` when nothing is linked. A
 * linked `RedisToken` (infra/redis.ts: the token as the cluster accepts it, which changes only once a rotation reached
 * ElastiCache) replaces the component's own password.
 */
export function linkedRedis(): LinkedRedis | null {
  if (!("Redis" in Resource)) return null;
  const links = Resource as unknown as { Redis: LinkedRedis; RedisToken?: { value: string } };
  return "RedisToken" in Resource ? { ...links.Redis, password: links.RedisToken?.value } : links.Redis;
}

/** The linked secret `GrpcTokens` (infra/frames.ts: comma-separated bearer tokens of the gateway), or null. */
export function linkedGrpcTokens(): string | null {
  return "GrpcTokens" in Resource
    ? (Resource as unknown as { GrpcTokens: { value: string } }).GrpcTokens.value
    : null;
}

/**
 * A job's bucket: the linked one (`linked`, from linkedBucket), else the variable's, else an error naming both:
 * `SLUICE_LAKE_BUCKET is not set and no Lake bucket is linked`.
 */
export function bucketName(env: Environment, linked: string | null, variable: string, link: string): string {
  const bucket = linked ?? read(env, variable);
  if (bucket === undefined) throw invalid(`${variable} is not set and no ${link} bucket is linked`, variable);
  return bucket;
}

/** An S3 key prefix from `variable`: empty by default, else ending with "/" (`redis/`). */
export function keyPrefix(env: Environment, variable: string): string {
  const prefix = read(env, variable) ?? "";
  if (prefix !== "" && !prefix.endsWith("/")) {
    throw invalid(`${variable} must end with "/", got ${JSON.stringify(prefix)}`, variable);
  }
  return prefix;
}

/** The name of a linked `sst.aws.Bucket` (`Lake`, `Backups`), or null when it is not linked. */
export function linkedBucket(name: string): string | null {
  return name in Resource
    ? ((Resource as unknown as Record<string, { name: string }>)[name]?.name ?? null)
    : null;
}

/**
 * ElastiCache as SST creates it always has TLS and an auth token, and cluster mode here (infra/redis.ts). Under
 * `sst dev` the link points at the local server instead, recognisable by its empty password: plain TCP, no auth.
 */
function redisFromLink(link: LinkedRedis, env: Environment): RedisConnectionConfig {
  const local = !link.password;
  const port = Number(link.port);
  if (!link.host || !Number.isInteger(port)) {
    throw invalid(
      `The linked Redis has no usable host and port: ${JSON.stringify(link.host)}:${link.port}`,
      "Redis",
    );
  }
  return {
    mode: oneOf(env, "SLUICE_REDIS_MODE", ["standalone", "cluster"]) ?? (local ? "standalone" : "cluster"),
    nodes: [{ host: link.host, port }],
    ...(!local && { tls: true, username: link.username || "default", password: link.password }),
  };
}

/**
 * SLUICE_RETENTION (on|off, default on): trim what every group acknowledged every SLUICE_RETENTION_INTERVAL_MS
 * (default 60000), with optional caps SLUICE_RETENTION_MAX_LENGTH / SLUICE_RETENTION_MAX_AGE_MS and what caps may do
 * to unconsumed entries, SLUICE_RETENTION_ON_UNCONSUMED (protect|drop, default protect).
 */
function retentionSchedule(env: Environment): RetentionSchedule | null {
  if (oneOf(env, "SLUICE_RETENTION", ["on", "off"]) === "off") return null;
  const maxLength = positiveInteger(env, "SLUICE_RETENTION_MAX_LENGTH");
  const maxAgeMs = positiveInteger(env, "SLUICE_RETENTION_MAX_AGE_MS");
  return {
    intervalMs: positiveInteger(env, "SLUICE_RETENTION_INTERVAL_MS") ?? 60_000,
    onUnconsumed: oneOf(env, "SLUICE_RETENTION_ON_UNCONSUMED", ["protect", "drop"]) ?? "protect",
    ...(maxLength !== undefined && { maxLength }),
    ...(maxAgeMs !== undefined && { maxAgeMs }),
  };
}

/** A comma-separated list of stream names, each checked, none twice; `fallback` when unset. */
export function streamList(env: Environment, name: string, fallback: string): string[] {
  const streams = (read(env, name) ?? fallback).split(",").map((s) => s.trim());
  for (const stream of streams) {
    try {
      assertStreamName(stream);
    } catch (error) {
      throw invalid(`${name}: ${(error as Error).message}, in ${JSON.stringify(env[name])}`, name);
    }
  }
  if (new Set(streams).size !== streams.length)
    throw invalid(`${name} names a stream twice: ${env[name]}`, name);
  return streams;
}

// An origin as browsers send it, optionally with one `*` label (`https://*.example.com`), or `*` for any.
const ORIGIN = /^(\*|https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?)$/i;

/**
 * The HTTP API's settings, which need no Redis: SLUICE_API_KEY (local server), SLUICE_CORS_ORIGINS (comma-separated
 * origins or `*`; default none), SLUICE_HTTP_MAX_BODY_BYTES (default 6291456, Lambda's request limit) and
 * SLUICE_HTTP_PORT (default 3000).
 */
export function loadHttpConfig(env: Environment = process.env): HttpConfig {
  const name = "SLUICE_CORS_ORIGINS";
  const corsOrigins = (read(env, name) ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!ORIGIN.test(origin)) {
      throw invalid(
        `${name} must list origins like https://app.example.com or *, got ${JSON.stringify(origin)}`,
        name,
      );
    }
  }
  const port = positiveInteger(env, "SLUICE_HTTP_PORT") ?? 3000;
  if (port > 65535)
    throw invalid(`SLUICE_HTTP_PORT must be a port from 1 to 65535, got ${port}`, "SLUICE_HTTP_PORT");
  return {
    apiKey: read(env, "SLUICE_API_KEY"),
    corsOrigins,
    maxBodyBytes: positiveInteger(env, "SLUICE_HTTP_MAX_BODY_BYTES") ?? 6 * 1024 * 1024,
    port,
  };
}

/** The variable the Redis URL is read from: SLUICE_REDIS_URL when set, else REDIS_URL when set, else undefined. */
export function redisUrlVariable(env: Environment): RedisUrlVariable | undefined {
  return REDIS_URL_VARIABLES.find((name) => read(env, name) !== undefined);
}

/** Redis from SLUICE_REDIS_URL or REDIS_URL, with SLUICE_REDIS_USERNAME and SLUICE_REDIS_PASSWORD over its own. */
function redisFromUrl(env: Environment): RedisConnectionConfig {
  const name = redisUrlVariable(env) ?? "SLUICE_REDIS_URL";
  const url = read(env, name);
  if (url === undefined) {
    throw invalid(
      "Neither SLUICE_REDIS_URL nor REDIS_URL is set and no SST Redis is linked: set SLUICE_REDIS_URL=redis://host:port",
      name,
    );
  }
  const mode = oneOf(env, "SLUICE_REDIS_MODE", ["standalone", "cluster"]) ?? "standalone";
  return redisConfigFromUrl(url, mode, name, {
    username: read(env, "SLUICE_REDIS_USERNAME"),
    // Not trimmed: a password may end in a space.
    password: env.SLUICE_REDIS_PASSWORD || undefined,
  });
}

/**
 * `redis` with SLUICE_REDIS_CA_FILE's PEM bundle as its TLS CAs when the variable is set (read here, once), for a
 * rediss:// server signed by a private CA; the loader and the CLIs' --to/--redis-url use it alike.
 */
export function withRedisCaFile(env: Environment, redis: RedisConnectionConfig): RedisConnectionConfig {
  const caFile = read(env, "SLUICE_REDIS_CA_FILE");
  return caFile === undefined ? redis : { ...redis, tls: { ca: readCaFile(caFile, redis) } };
}

function readCaFile(path: string, redis: RedisConnectionConfig): string {
  const name = "SLUICE_REDIS_CA_FILE";
  if (!redis.tls) {
    throw invalid(`${name} is set but the Redis connection has no TLS: use a rediss:// URL`, name);
  }
  let pem: string;
  try {
    pem = readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw invalid(`${name} names a file that cannot be read (${reason}): ${path}`, name);
  }
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) {
    throw invalid(
      `${name} must be a PEM bundle of CA certificates (-----BEGIN CERTIFICATE-----): ${path}`,
      name,
    );
  }
  return pem;
}

/**
 * Reads the whole configuration and throws InvalidInputError (code `config.invalid_environment`) naming the
 * variable at the first bad value. `linked` defaults to SST's link; pass null to ignore it (npm start, tests).
 */
export function loadRuntimeConfig(
  env: Environment = process.env,
  linked: LinkedRedis | null = linkedRedis(),
): RuntimeConfig {
  const redis = withRedisCaFile(env, linked ? redisFromLink(linked, env) : redisFromUrl(env));
  const runner: ConfiguredRunnerSettings = {};
  for (const [option, name] of Object.entries(RUNNER_VARIABLES) as [
    keyof ConfiguredRunnerSettings,
    string,
  ][]) {
    const value = positiveInteger(env, name);
    if (value !== undefined) runner[option] = value;
  }
  return {
    redis,
    redisSource: linked ? "sst-link" : (redisUrlVariable(env) ?? "SLUICE_REDIS_URL"),
    consumer: {
      streams: streamList(env, "SLUICE_CONSUMER_STREAMS", "events"),
      group: read(env, "SLUICE_CONSUMER_GROUP") ?? "workers",
      runner,
      retention: retentionSchedule(env),
      backupHoldMs:
        env.SLUICE_RETENTION_BACKUP_HOLD_MS?.trim() === "0"
          ? 0
          : (positiveInteger(env, "SLUICE_RETENTION_BACKUP_HOLD_MS") ?? 900_000),
      timeoutEarlyMs: positiveInteger(env, "SLUICE_TIMEOUT_EARLY_MS") ?? 1500,
    },
    http: loadHttpConfig(env),
  };
}

/**
 * A consumer name tied to its compute. On ECS, the last path segment of ECS_CONTAINER_METADATA_URI_V4 (on Fargate
 * `http://169.254.170.2/v4/<task id>-<container number>`), so XINFO CONSUMERS names the task; elsewhere host and
 * pid. (Lambda uses `lambda-<request id>`.)
 */
export function resolveConsumerName(env: Environment = process.env): string {
  const segment = read(env, "ECS_CONTAINER_METADATA_URI_V4")?.replace(/\/+$/, "").split("/").at(-1);
  const name = segment ? `ecs-${segment}` : `${hostname()}-${process.pid}`;
  return name
    .replace(/[^A-Za-z0-9._:@/-]/g, "-")
    .replace(/^[^A-Za-z0-9]/, "c")
    .slice(0, 200);
}

/** Where Redis is, without secrets: `cluster rediss://host:6379 (user default)`. */
export function describeRedis(redis: RedisConnectionConfig): string {
  const nodes = redis.nodes
    .map((n) => `${n.host.includes(":") ? `[${n.host}]` : n.host}:${n.port}`)
    .join(",");
  const user = redis.username ? ` (user ${redis.username})` : redis.password ? " (password)" : "";
  return `${redis.mode} ${redis.tls ? "rediss" : "redis"}://${nodes}${user}`;
}

/** One route a proxy worker serves: a built-in (`echo`, `delay`) or an HTTP forwarder to `url`. */
export type ProxyRouteConfig =
  | { route: string; kind: "echo" | "delay" }
  | { route: string; kind: "forward"; url: string };

export interface ProxyConfig {
  redis: RedisConnectionConfig;
  redisSource: RuntimeConfig["redisSource"];
  routes: ProxyRouteConfig[];
  /** Requests handled at once per route by one process. */
  terminals: number;
  group: string;
  visibilityTimeoutMs: number;
  shutdownTimeoutMs: number;
  /** Longest wait for a forwarder's upstream (always cut to the request's deadline). */
  forwardTimeoutMs: number;
}

/** What an ingress needs to send requests (the HTTP routes, npm start). */
export interface RequestConfig {
  group: string;
  backlogLimit: number;
  defaultTimeoutMs: number;
  /** "list": one blocking read per request (Lambda); "stream": one shared reply stream (a long-running server). */
  replyMode: "list" | "stream";
}

const ROUTE = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** `echo,delay,orders=https://upstream.example.com/orders,bench=delay` */
function proxyRoutes(env: Environment): ProxyRouteConfig[] {
  const name = "SLUICE_PROXY_ROUTES";
  const routes = (read(env, name) ?? "echo,delay").split(",").map((item): ProxyRouteConfig => {
    const [route = "", target] = item.trim().split(/=(.*)/s, 2) as [string, string | undefined];
    if (!ROUTE.test(route)) {
      throw invalid(`${name}: invalid route name ${JSON.stringify(route)} (a-z 0-9 . _ -, at most 64)`, name);
    }
    const kind = target ?? route;
    if (kind === "echo" || kind === "delay") return { route, kind };
    if (target === undefined) {
      throw invalid(`${name}: route ${route} is not built in: write ${route}=https://upstream/path`, name);
    }
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw invalid(`${name}: route ${route} needs an http(s) URL, got ${JSON.stringify(target)}`, name);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw invalid(`${name}: route ${route} needs an http(s) URL, got ${JSON.stringify(target)}`, name);
    }
    return { route, kind: "forward", url: url.toString() };
  });
  if (new Set(routes.map((r) => r.route)).size !== routes.length)
    throw invalid(`${name} names a route twice: ${env[name]}`, name);
  return routes;
}

/**
 * The proxy worker's configuration: Redis as `loadRuntimeConfig` finds it, SLUICE_PROXY_ROUTES (default
 * `echo,delay`), SLUICE_PROXY_TERMINALS (default 5), SLUICE_PROXY_GROUP (default `proxy`),
 * SLUICE_PROXY_VISIBILITY_TIMEOUT_MS (default 5000), SLUICE_SHUTDOWN_TIMEOUT_MS (default 10000) and
 * SLUICE_PROXY_FORWARD_TIMEOUT_MS (default 10000).
 */
export function loadProxyConfig(
  env: Environment = process.env,
  linked: LinkedRedis | null = linkedRedis(),
): ProxyConfig {
  const { redis, redisSource } = loadRuntimeConfig(env, linked);
  return {
    redis,
    redisSource,
    routes: proxyRoutes(env),
    terminals: positiveInteger(env, "SLUICE_PROXY_TERMINALS") ?? 5,
    group: read(env, "SLUICE_PROXY_GROUP") ?? "proxy",
    visibilityTimeoutMs: positiveInteger(env, "SLUICE_PROXY_VISIBILITY_TIMEOUT_MS") ?? 5000,
    shutdownTimeoutMs: positiveInteger(env, "SLUICE_SHUTDOWN_TIMEOUT_MS") ?? 10_000,
    forwardTimeoutMs: positiveInteger(env, "SLUICE_PROXY_FORWARD_TIMEOUT_MS") ?? 10_000,
  };
}

/**
 * The ingress side of request-reply: SLUICE_REQUEST_BACKLOG_LIMIT (default 1000 requests waiting or in progress
 * per route before 503), SLUICE_REQUEST_TIMEOUT_MS (default 10000), SLUICE_PROXY_GROUP (default `proxy`) and
 * SLUICE_REPLY_MODE (`list`, the default, for Lambda; `stream` for a long-running server such as npm start).
 */
export function loadRequestConfig(env: Environment = process.env): RequestConfig {
  return {
    group: read(env, "SLUICE_PROXY_GROUP") ?? "proxy",
    backlogLimit: positiveInteger(env, "SLUICE_REQUEST_BACKLOG_LIMIT") ?? 1000,
    defaultTimeoutMs: positiveInteger(env, "SLUICE_REQUEST_TIMEOUT_MS") ?? 10_000,
    replyMode: oneOf(env, "SLUICE_REPLY_MODE", ["list", "stream"]) ?? "list",
  };
}

export interface GrpcConfig {
  redis: RedisConnectionConfig;
  redisSource: RuntimeConfig["redisSource"];
  host: string;
  port: number;
  /** Bearer tokens, any of which a call may present; empty: no authentication. */
  tokens: string[];
  /** PEM certificate chain and key files; null: plaintext (TLS ends at the load balancer). */
  tls: { certFile: string; keyFile: string } | null;
  /** Subscribe: unacknowledged entries are redelivered after this long. */
  visibilityTimeoutMs: number;
  shutdownTimeoutMs: number;
}

/**
 * The gRPC gateway's configuration: Redis as `loadRuntimeConfig` finds it, SLUICE_GRPC_HOST (default 0.0.0.0),
 * SLUICE_GRPC_PORT (default 50051), SLUICE_GRPC_TOKENS (comma-separated bearer tokens; in the cloud the linked
 * secret GrpcTokens; default none: no authentication), SLUICE_GRPC_TLS_CERT_FILE with SLUICE_GRPC_TLS_KEY_FILE (PEM files, both or neither),
 * SLUICE_GRPC_VISIBILITY_TIMEOUT_MS (default 30000) and SLUICE_SHUTDOWN_TIMEOUT_MS (default 10000).
 */
export function loadGrpcConfig(
  env: Environment = process.env,
  linked: LinkedRedis | null = linkedRedis(),
  linkedTokens: string | null = linkedGrpcTokens(),
): GrpcConfig {
  const { redis, redisSource } = loadRuntimeConfig(env, linked);
  const port = positiveInteger(env, "SLUICE_GRPC_PORT") ?? 50051;
  if (port > 65535)
    throw invalid(`SLUICE_GRPC_PORT must be a port from 1 to 65535, got ${port}`, "SLUICE_GRPC_PORT");
  const tokens = (read(env, "SLUICE_GRPC_TOKENS") ?? linkedTokens ?? "")
    .split(",")
    .map((token) => token.trim())
    .filter(Boolean);
  if (tokens.some((token) => /\s/.test(token))) {
    throw invalid("SLUICE_GRPC_TOKENS must be comma-separated tokens without spaces", "SLUICE_GRPC_TOKENS");
  }
  const certFile = read(env, "SLUICE_GRPC_TLS_CERT_FILE");
  const keyFile = read(env, "SLUICE_GRPC_TLS_KEY_FILE");
  if ((certFile === undefined) !== (keyFile === undefined)) {
    const missing = certFile === undefined ? "SLUICE_GRPC_TLS_CERT_FILE" : "SLUICE_GRPC_TLS_KEY_FILE";
    throw invalid(
      "SLUICE_GRPC_TLS_CERT_FILE and SLUICE_GRPC_TLS_KEY_FILE go together: set both or neither",
      missing,
    );
  }
  return {
    redis,
    redisSource,
    host: read(env, "SLUICE_GRPC_HOST") ?? "0.0.0.0",
    port,
    tokens,
    tls: certFile && keyFile ? { certFile, keyFile } : null,
    visibilityTimeoutMs: positiveInteger(env, "SLUICE_GRPC_VISIBILITY_TIMEOUT_MS") ?? 30_000,
    shutdownTimeoutMs: positiveInteger(env, "SLUICE_SHUTDOWN_TIMEOUT_MS") ?? 10_000,
  };
}

export interface FramesConfig {
  redis: RedisConnectionConfig;
  redisSource: RuntimeConfig["redisSource"];
  /** The pipeline stages this process runs. */
  stages: FrameStage[];
  /** Cut each region out of the frame and compress it into its ROIAnalysis. */
  crops: boolean;
  shutdownTimeoutMs: number;
}

const FRAME_STAGES: readonly FrameStage[] = ["processor", "inference", "output"];

/**
 * The frame pipeline's configuration: Redis as `loadRuntimeConfig` finds it, SLUICE_FRAMES_STAGES (comma-separated
 * processor, inference, output; default all three), SLUICE_FRAMES_CROPS (true|false, default false) and
 * SLUICE_SHUTDOWN_TIMEOUT_MS (default 10000).
 */
export function loadFramesConfig(
  env: Environment = process.env,
  linked: LinkedRedis | null = linkedRedis(),
): FramesConfig {
  const { redis, redisSource } = loadRuntimeConfig(env, linked);
  const name = "SLUICE_FRAMES_STAGES";
  const stages = (read(env, name) ?? FRAME_STAGES.join(",")).split(",").map((stage) => stage.trim());
  const unknown = stages.find((stage) => !FRAME_STAGES.includes(stage as FrameStage));
  if (unknown !== undefined) {
    throw invalid(`${name} lists ${FRAME_STAGES.join(", ")}; got ${JSON.stringify(unknown)}`, name);
  }
  return {
    redis,
    redisSource,
    stages: [...new Set(stages)] as FrameStage[],
    crops: oneOf(env, "SLUICE_FRAMES_CROPS", ["true", "false"]) === "true",
    shutdownTimeoutMs: positiveInteger(env, "SLUICE_SHUTDOWN_TIMEOUT_MS") ?? 10_000,
  };
}
