import { assertKnownOptions } from "./assert-known-options.ts";
import type { TlsCertificates } from "./tls-certificates.ts";
import type { RedisServerOptions } from "./types.ts";

export const REDIS_HOST = "127.0.0.1";

const OPTION_NAMES = ["aof", "password", "user", "tls", "maxmemory", "maxmemoryPolicy", "args"] as const;
const AOF_POLICIES = [false, "everysec", "always"];

export interface ServerLayout {
  port: number;
  dir: string;
  logFile: string;
  /** Present when the server serves TLS only. */
  certificates?: TlsCertificates;
}

/** Throws TypeError on an unknown option, an unknown AOF policy, or both password and user. */
export function validateServerOptions(options: RedisServerOptions, functionName = "startRedis"): void {
  assertKnownOptions(options, OPTION_NAMES, functionName);
  if (options.aof !== undefined && !AOF_POLICIES.includes(options.aof)) {
    throw new TypeError(
      `${functionName}: aof must be false, "everysec" or "always", got ${String(options.aof)}`,
    );
  }
  if (options.password !== undefined && options.user !== undefined) {
    throw new TypeError(`${functionName}: give either password (default user) or user (ACL user), not both`);
  }
}

/** The redis-server command line for these options; options.args come last, so they override. */
export function redisServerArgs(layout: ServerLayout, options: RedisServerOptions): string[] {
  return [
    ...["--bind", REDIS_HOST, "--daemonize", "no", "--dir", layout.dir, "--logfile", layout.logFile],
    ...listenArgs(layout),
    ...persistenceArgs(options),
    ...authArgs(options),
    ...(options.maxmemory ? ["--maxmemory", options.maxmemory] : []),
    ...(options.maxmemoryPolicy ? ["--maxmemory-policy", options.maxmemoryPolicy] : []),
    ...(options.args ?? []),
  ];
}

function listenArgs({ port, certificates }: ServerLayout): string[] {
  if (!certificates) return ["--port", String(port)];
  return [
    ...["--port", "0", "--tls-port", String(port)],
    ...["--tls-cert-file", certificates.certFile, "--tls-key-file", certificates.keyFile],
    ...["--tls-ca-cert-file", certificates.caFile, "--tls-auth-clients", "no"],
  ];
}

function persistenceArgs({ aof }: RedisServerOptions): string[] {
  const appendOnly = aof ? ["--appendonly", "yes", "--appendfsync", aof] : ["--appendonly", "no"];
  return ["--save", "", ...appendOnly];
}

function authArgs({ password, user }: RedisServerOptions): string[] {
  if (password !== undefined) return ["--requirepass", password];
  if (user === undefined) return [];
  return ["--user", user.name, "on", `>${user.password}`, "~*", "&*", "+@all", "--user", "default", "off"];
}
