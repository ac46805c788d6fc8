// Redis addresses as text: a `redis://` or `rediss://` URL parsed into a connection for @sluice/streams, a URL with
// its password hidden, and a connection described without secrets. The Redis loader (redis.ts) and the CLIs'
// --to/--redis-url read URLs alike.
import { type RedisConnectionConfig, redactSecrets } from "@sluice/streams";
import { invalid } from "./env.ts";

/** The variables a Redis URL is read from, the first set one winning. */
export const REDIS_URL_VARIABLES = ["SLUICE_REDIS_URL", "REDIS_URL"] as const;
export type RedisUrlVariable = (typeof REDIS_URL_VARIABLES)[number];

/** Credentials that replace a URL's own (SLUICE_REDIS_USERNAME, SLUICE_REDIS_PASSWORD). */
interface RedisCredentials {
  username?: string | undefined;
  password?: string | undefined;
}

const DEFAULT_PORT = 6379;

/** A URL with its password (and any secret query values) replaced, for messages and logs: the one redaction. */
export function redactUrl(url: string): string {
  return redactSecrets(url);
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

/** Where Redis is, without secrets: `cluster rediss://host:6379 (user default)`. */
export function describeRedis(redis: RedisConnectionConfig): string {
  const nodes = redis.nodes
    .map((n) => `${n.host.includes(":") ? `[${n.host}]` : n.host}:${n.port}`)
    .join(",");
  const user = redis.username ? ` (user ${redis.username})` : redis.password ? " (password)" : "";
  return `${redis.mode} ${redis.tls ? "rediss" : "redis"}://${nodes}${user}`;
}
