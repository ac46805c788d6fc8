// The gRPC gateway's settings (functions/config/grpc.ts): address, the token table (SLUICE_TOKENS, the file, else the
// linked secret), the safe defaults (no start without tokens, never in the cloud; reflection off), TLS files, limits.
import { describe, expect, it } from "vitest";
import { inCloud, loadGrpcConfig } from "../functions/config/grpc.ts";
import { configError } from "./support/config-error.ts";

const URL_VAR = { SLUICE_REDIS_URL: "redis://127.0.0.1:6390" };
const TABLE = JSON.stringify([{ name: "dev", token: "a-development-token", scopes: ["*"] }]);
const LOCAL = { ...URL_VAR, SLUICE_TOKENS: TABLE };
const ECS = { ECS_CONTAINER_METADATA_URI_V4: "http://169.254.170.2/v4/abc" };
const ELASTICACHE = { host: "cache.example", port: 6379, password: "auth-token" };

describe("gRPC gateway settings", () => {
  it("defaults to 0.0.0.0:50051, no TLS, reflection off, and the token table's callers", () => {
    const config = loadGrpcConfig(LOCAL, null, null);
    expect(config).toMatchObject({
      redisSource: "SLUICE_REDIS_URL",
      host: "0.0.0.0",
      port: 50051,
      allowUnauthenticated: false,
      reflection: false,
      tls: null,
      visibilityTimeoutMs: 30_000,
      maxSubscriptions: 1000,
      maxSubscriptionsPerCaller: 100,
      maxReaderConnections: 100,
      shutdownTimeoutMs: 10_000,
    });
    expect(config.tokens?.lookup("a-development-token")?.name).toBe("dev");
  });

  it("reads every setting", () => {
    const config = loadGrpcConfig(
      {
        ...LOCAL,
        SLUICE_GRPC_HOST: "127.0.0.1",
        SLUICE_GRPC_PORT: "9000",
        SLUICE_GRPC_REFLECTION: "on",
        SLUICE_GRPC_TLS_CERT_FILE: "/certs/server.crt",
        SLUICE_GRPC_TLS_KEY_FILE: "/certs/server.key",
        SLUICE_GRPC_VISIBILITY_TIMEOUT_MS: "5000",
        SLUICE_GRPC_MAX_SUBSCRIPTIONS: "50",
        SLUICE_GRPC_MAX_SUBSCRIPTIONS_PER_CALLER: "5",
        SLUICE_GRPC_MAX_READER_CONNECTIONS: "20",
        SLUICE_SHUTDOWN_TIMEOUT_MS: "45000",
      },
      null,
      null,
    );
    expect(config).toMatchObject({
      host: "127.0.0.1",
      port: 9000,
      reflection: true,
      tls: { certFile: "/certs/server.crt", keyFile: "/certs/server.key" },
      visibilityTimeoutMs: 5000,
      maxSubscriptions: 50,
      maxSubscriptionsPerCaller: 5,
      maxReaderConnections: 20,
      shutdownTimeoutMs: 45_000,
    });
  });

  it("takes the table from the linked GrpcTokens secret in the cloud, the variable first", () => {
    const linked = JSON.stringify([{ name: "cloud", token: "a-token-from-the-secret", scopes: ["read"] }]);
    expect(
      loadGrpcConfig({ ...URL_VAR, ...ECS }, null, linked).tokens?.lookup("a-token-from-the-secret"),
    ).toEqual({
      name: "cloud",
      scopes: [{ operation: "read", streams: "*" }],
    });
    expect(loadGrpcConfig(LOCAL, null, linked).tokens?.lookup("a-development-token")?.name).toBe("dev");
  });

  it("knows the cloud by ECS's metadata endpoint or an ElastiCache link with its auth token", () => {
    expect(inCloud({}, null)).toBe(false);
    expect(inCloud(ECS, null)).toBe(true);
    expect(inCloud({ AWS_EXECUTION_ENV: "AWS_ECS_FARGATE" }, null)).toBe(true);
    expect(inCloud({}, ELASTICACHE)).toBe(true);
    // sst dev links the laptop's Redis, without a password.
    expect(inCloud({}, { host: "127.0.0.1", port: 6379, password: "" })).toBe(false);
  });

  it("refuses to start in the cloud without a token table, even when asked to run without authentication", () => {
    expect(configError(() => loadGrpcConfig({ ...URL_VAR, ...ECS }, null, null))).toMatch(
      /^GrpcTokens is not set: the gateway runs in the cloud without a token table/,
    );
    expect(configError(() => loadGrpcConfig({}, ELASTICACHE, null))).toMatch(
      /runs in the cloud without a token table/,
    );
    expect(
      configError(() =>
        loadGrpcConfig({ ...URL_VAR, ...ECS, SLUICE_GRPC_ALLOW_UNAUTHENTICATED: "true" }, null, null),
      ),
    ).toMatch(/runs in the cloud without a token table/);
    const linked = JSON.stringify([{ name: "cloud", token: "a-token-from-the-secret", scopes: ["*"] }]);
    expect(
      configError(() =>
        loadGrpcConfig({ ...URL_VAR, ...ECS, SLUICE_GRPC_ALLOW_UNAUTHENTICATED: "true" }, null, linked),
      ),
    ).toMatch(/^SLUICE_GRPC_ALLOW_UNAUTHENTICATED is for a gateway on a laptop/);
  });

  it("refuses to start locally without a table unless SLUICE_GRPC_ALLOW_UNAUTHENTICATED=true says so", () => {
    expect(configError(() => loadGrpcConfig(URL_VAR, null, null))).toMatch(
      /^SLUICE_TOKENS is not set, nor SLUICE_TOKENS_FILE/,
    );
    const unsafe = loadGrpcConfig({ ...URL_VAR, SLUICE_GRPC_ALLOW_UNAUTHENTICATED: "true" }, null, null);
    expect(unsafe).toMatchObject({ tokens: undefined, allowUnauthenticated: true });
  });

  it("names the variable of a bad value", () => {
    expect(configError(() => loadGrpcConfig({ ...LOCAL, SLUICE_GRPC_PORT: "70000" }, null, null))).toMatch(
      /^SLUICE_GRPC_PORT must be a port/,
    );
    expect(configError(() => loadGrpcConfig({ ...LOCAL, SLUICE_GRPC_TOKENS: "a,b" }, null, null))).toMatch(
      /^SLUICE_GRPC_TOKENS.*is replaced by a token table/,
    );
    expect(configError(() => loadGrpcConfig({ ...URL_VAR, SLUICE_TOKENS: "[{}]" }, null, null))).toMatch(
      /^Token table entry 0/,
    );
    expect(
      configError(() => loadGrpcConfig({ ...LOCAL, SLUICE_GRPC_REFLECTION: "yes" }, null, null)),
    ).toMatch(/^SLUICE_GRPC_REFLECTION/);
    expect(
      configError(() => loadGrpcConfig({ ...LOCAL, SLUICE_GRPC_TLS_KEY_FILE: "/k" }, null, null)),
    ).toMatch(/set both or neither/);
  });
});
