// The gRPC gateway's configuration (functions/services/gateway.ts, npm start): Redis as redis.ts finds it,
// SLUICE_GRPC_HOST (default 0.0.0.0), SLUICE_GRPC_PORT (default 50051), the token → scopes table (tokens.ts:
// SLUICE_TOKENS, SLUICE_TOKENS_FILE, in the cloud the linked secret GrpcTokens), SLUICE_GRPC_TLS_CERT_FILE with
// SLUICE_GRPC_TLS_KEY_FILE (PEM files, both or neither), SLUICE_GRPC_VISIBILITY_TIMEOUT_MS (default 30000),
// SLUICE_GRPC_MAX_SUBSCRIPTIONS (default 1000), SLUICE_GRPC_MAX_SUBSCRIPTIONS_PER_CALLER (default 100),
// SLUICE_GRPC_MAX_READER_CONNECTIONS (default 100), SLUICE_GRPC_REFLECTION (on|off, default off) and
// SLUICE_SHUTDOWN_TIMEOUT_MS (default 10000).
//
// Safe by default: without a token table the gateway does not start. In the cloud nothing changes that; on a laptop
// SLUICE_GRPC_ALLOW_UNAUTHENTICATED=true runs it without authentication (every call may do everything), on purpose.
import type { TokenTable } from "@sluice/streams";
import { boolean, type Environment, invalid, oneOf, port, positiveInteger, text } from "./env.ts";
import { type RedisConfig, withRedis } from "./redis.ts";
import { type LinkedRedis, linkedGrpcTokens, linkedRedis } from "./resource.ts";
import { loadTokenTable } from "./tokens.ts";

export interface GrpcSettings {
  host: string;
  port: number;
  /** Bearer tokens and their scopes; undefined only with `allowUnauthenticated`. */
  tokens: TokenTable | undefined;
  /** No token table, every call allowed everything: a local gateway only, asked for by name. */
  allowUnauthenticated: boolean;
  /** Server reflection (grpcurl without the .proto files). */
  reflection: boolean;
  /** PEM certificate chain and key files; null: plaintext (TLS ends at the load balancer). */
  tls: { certFile: string; keyFile: string } | null;
  /** Subscribe: unacknowledged entries are redelivered after this long. */
  visibilityTimeoutMs: number;
  /** Subscribe calls at once, in total and per caller. */
  maxSubscriptions: number;
  maxSubscriptionsPerCaller: number;
  /** Streams Subscribe calls read at once: the gateway's blocking Redis connections. */
  maxReaderConnections: number;
  shutdownTimeoutMs: number;
}

export type GrpcConfig = RedisConfig & GrpcSettings;

/**
 * Whether the gateway runs in the cloud: in an ECS task (ECS sets its metadata endpoint in every container) or on a
 * linked Redis with an auth token (ElastiCache; `sst dev` links the local server, without one).
 */
export function inCloud(env: Environment, linked: LinkedRedis | null): boolean {
  return (
    text(env, "ECS_CONTAINER_METADATA_URI_V4") !== undefined ||
    (text(env, "AWS_EXECUTION_ENV") ?? "").startsWith("AWS_ECS") ||
    Boolean(linked?.password)
  );
}

const loadSettings = withRedis((env, tokens: TokenTable | undefined, cloud: boolean): GrpcSettings => {
  if (text(env, "SLUICE_GRPC_TOKENS") !== undefined) {
    throw invalid(
      "SLUICE_GRPC_TOKENS (a list of tokens without scopes) is replaced by a token table: set SLUICE_TOKENS or " +
        'SLUICE_TOKENS_FILE to [{"name":"…","token":"…","scopes":["…"]}] (docs/grpc.md)',
      "SLUICE_GRPC_TOKENS",
    );
  }
  const allowUnauthenticated = boolean(env, "SLUICE_GRPC_ALLOW_UNAUTHENTICATED");
  if (tokens === undefined && cloud) {
    throw invalid(
      "GrpcTokens is not set: the gateway runs in the cloud without a token table, where it would let anyone do " +
        "anything. Set the secret to the table (docs/grpc.md)",
      "GrpcTokens",
    );
  }
  if (allowUnauthenticated && cloud) {
    throw invalid(
      "SLUICE_GRPC_ALLOW_UNAUTHENTICATED is for a gateway on a laptop: the cloud's gateway always checks tokens",
      "SLUICE_GRPC_ALLOW_UNAUTHENTICATED",
    );
  }
  if (tokens === undefined && !allowUnauthenticated) {
    throw invalid(
      "SLUICE_TOKENS is not set, nor SLUICE_TOKENS_FILE: the gateway needs a token table (npm start writes " +
        ".sluice/tokens.json), or SLUICE_GRPC_ALLOW_UNAUTHENTICATED=true to run it here without authentication",
      "SLUICE_TOKENS",
    );
  }
  const certFile = text(env, "SLUICE_GRPC_TLS_CERT_FILE");
  const keyFile = text(env, "SLUICE_GRPC_TLS_KEY_FILE");
  if ((certFile === undefined) !== (keyFile === undefined)) {
    const missing = certFile === undefined ? "SLUICE_GRPC_TLS_CERT_FILE" : "SLUICE_GRPC_TLS_KEY_FILE";
    throw invalid(
      "SLUICE_GRPC_TLS_CERT_FILE and SLUICE_GRPC_TLS_KEY_FILE go together: set both or neither",
      missing,
    );
  }
  return {
    host: text(env, "SLUICE_GRPC_HOST") ?? "0.0.0.0",
    port: port(env, "SLUICE_GRPC_PORT") ?? 50051,
    tokens,
    allowUnauthenticated: tokens === undefined,
    reflection: oneOf(env, "SLUICE_GRPC_REFLECTION", ["on", "off"]) === "on",
    tls: certFile && keyFile ? { certFile, keyFile } : null,
    visibilityTimeoutMs: positiveInteger(env, "SLUICE_GRPC_VISIBILITY_TIMEOUT_MS") ?? 30_000,
    maxSubscriptions: positiveInteger(env, "SLUICE_GRPC_MAX_SUBSCRIPTIONS") ?? 1000,
    maxSubscriptionsPerCaller: positiveInteger(env, "SLUICE_GRPC_MAX_SUBSCRIPTIONS_PER_CALLER") ?? 100,
    maxReaderConnections: positiveInteger(env, "SLUICE_GRPC_MAX_READER_CONNECTIONS") ?? 100,
    shutdownTimeoutMs: positiveInteger(env, "SLUICE_SHUTDOWN_TIMEOUT_MS") ?? 10_000,
  };
});

/** `linkedTokens`: the GrpcTokens secret's table (JSON), or null. */
export function loadGrpcConfig(
  env: Environment = process.env,
  linked: LinkedRedis | null = linkedRedis(),
  linkedTokens: string | null = linkedGrpcTokens(),
): GrpcConfig {
  return loadSettings(env, linked, loadTokenTable(env, linkedTokens), inCloud(env, linked));
}
