// The gRPC gateway's configuration (functions/services/gateway.ts, npm start): Redis as redis.ts finds it,
// SLUICE_GRPC_HOST (default 0.0.0.0), SLUICE_GRPC_PORT (default 50051), SLUICE_GRPC_TOKENS (comma-separated bearer
// tokens; in the cloud the linked secret GrpcTokens; default none: no authentication), SLUICE_GRPC_TLS_CERT_FILE with
// SLUICE_GRPC_TLS_KEY_FILE (PEM files, both or neither), SLUICE_GRPC_VISIBILITY_TIMEOUT_MS (default 30000),
// SLUICE_GRPC_MAX_SUBSCRIPTIONS (default 1000) and SLUICE_SHUTDOWN_TIMEOUT_MS (default 10000).
import { invalid, list, port, positiveInteger, text } from "./env.ts";
import { type RedisConfig, withRedis } from "./redis.ts";
import { linkedGrpcTokens } from "./resource.ts";

export interface GrpcSettings {
  host: string;
  port: number;
  /** Bearer tokens, any of which a call may present; empty: no authentication. */
  tokens: string[];
  /** PEM certificate chain and key files; null: plaintext (TLS ends at the load balancer). */
  tls: { certFile: string; keyFile: string } | null;
  /** Subscribe: unacknowledged entries are redelivered after this long. */
  visibilityTimeoutMs: number;
  /** Subscribe calls at once, each holding a Redis connection (per node in a cluster). */
  maxSubscriptions: number;
  shutdownTimeoutMs: number;
}

export type GrpcConfig = RedisConfig & GrpcSettings;

export const loadGrpcConfig = withRedis(
  (env, linkedTokens: string | null = linkedGrpcTokens()): GrpcSettings => {
    const grpcPort = port(env, "SLUICE_GRPC_PORT") ?? 50051;
    const tokens = list(env, "SLUICE_GRPC_TOKENS", linkedTokens ?? "").filter(Boolean);
    if (tokens.some((token) => /\s/.test(token))) {
      throw invalid("SLUICE_GRPC_TOKENS must be comma-separated tokens without spaces", "SLUICE_GRPC_TOKENS");
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
      port: grpcPort,
      tokens,
      tls: certFile && keyFile ? { certFile, keyFile } : null,
      visibilityTimeoutMs: positiveInteger(env, "SLUICE_GRPC_VISIBILITY_TIMEOUT_MS") ?? 30_000,
      maxSubscriptions: positiveInteger(env, "SLUICE_GRPC_MAX_SUBSCRIPTIONS") ?? 1000,
      shutdownTimeoutMs: positiveInteger(env, "SLUICE_SHUTDOWN_TIMEOUT_MS") ?? 10_000,
    };
  },
);
