// Where Redis is, for every host (Lambda, Fargate, npm start, tests): from the `Redis` link when one is present
// (Lambda, Fargate, `sst dev`), else from SLUICE_REDIS_URL or REDIS_URL (SLUICE_REDIS_URL wins), with
// SLUICE_REDIS_USERNAME / SLUICE_REDIS_PASSWORD over the URL's credentials (the cloud injects the auth token as a
// secret of its own), SLUICE_REDIS_MODE (standalone|cluster) and SLUICE_REDIS_CA_FILE, a PEM bundle trusted for a
// rediss:// server signed by a private CA. Every loader that needs Redis starts here; what it returns is plain data
// for @sluice/streams, which never reads the environment itself.
import { readFileSync } from "node:fs";
import type { RedisConnectionConfig } from "@sluice/streams";
import { type Environment, invalid, oneOf, text } from "./env.ts";
import { REDIS_URL_VARIABLES, type RedisUrlVariable, redisConfigFromUrl } from "./redis-url.ts";
import { type LinkedRedis, linkedRedis } from "./resource.ts";

export interface RedisConfig {
  redis: RedisConnectionConfig;
  /** Where `redis` came from. */
  redisSource: "sst-link" | RedisUrlVariable;
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

/** The variable the Redis URL is read from: SLUICE_REDIS_URL when set, else REDIS_URL when set, else undefined. */
export function redisUrlVariable(env: Environment): RedisUrlVariable | undefined {
  return REDIS_URL_VARIABLES.find((name) => text(env, name) !== undefined);
}

/** Redis from SLUICE_REDIS_URL or REDIS_URL, with SLUICE_REDIS_USERNAME and SLUICE_REDIS_PASSWORD over its own. */
function redisFromUrl(env: Environment): RedisConnectionConfig {
  const name = redisUrlVariable(env) ?? "SLUICE_REDIS_URL";
  const url = text(env, name);
  if (url === undefined) {
    throw invalid(
      "Neither SLUICE_REDIS_URL nor REDIS_URL is set and no SST Redis is linked: set SLUICE_REDIS_URL=redis://host:port",
      name,
    );
  }
  const mode = oneOf(env, "SLUICE_REDIS_MODE", ["standalone", "cluster"]) ?? "standalone";
  return redisConfigFromUrl(url, mode, name, {
    username: text(env, "SLUICE_REDIS_USERNAME"),
    // Not trimmed: a password may end in a space.
    password: env.SLUICE_REDIS_PASSWORD || undefined,
  });
}

/**
 * `redis` with SLUICE_REDIS_CA_FILE's PEM bundle as its TLS CAs when the variable is set (read here, once), for a
 * rediss:// server signed by a private CA; the loader and the CLIs' --to/--redis-url use it alike.
 */
export function withRedisCaFile(env: Environment, redis: RedisConnectionConfig): RedisConnectionConfig {
  const caFile = text(env, "SLUICE_REDIS_CA_FILE");
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
 * Where Redis is. Throws InvalidInputError (code `config.invalid_environment`) naming the variable at the first bad
 * value. `linked` defaults to SST's link; pass null to ignore it (npm start, tests).
 */
export function loadRedisConfig(
  env: Environment = process.env,
  linked: LinkedRedis | null = linkedRedis(),
): RedisConfig {
  return {
    redis: withRedisCaFile(env, linked ? redisFromLink(linked, env) : redisFromUrl(env)),
    redisSource: linked ? "sst-link" : (redisUrlVariable(env) ?? "SLUICE_REDIS_URL"),
  };
}

/**
 * The loader of a host that needs Redis: `(env, linked, ...links)` gives Redis as loadRedisConfig finds it, then the
 * settings `load` reads from the same environment (and any other links it takes, each defaulting to SST's).
 */
export function withRedis<Links extends unknown[], Settings>(
  load: (env: Environment, ...links: Links) => Settings,
) {
  return (
    env: Environment = process.env,
    linked: LinkedRedis | null = linkedRedis(),
    ...links: Links
  ): RedisConfig & Settings => ({ ...loadRedisConfig(env, linked), ...load(env, ...links) });
}
