// The gRPC gateway's settings (functions/config/grpc.ts): address, bearer tokens (the variable, else the linked
// secret), TLS files and timeouts.
import { describe, expect, it } from "vitest";
import { loadGrpcConfig } from "../functions/config/grpc.ts";
import { configError } from "./support/config-error.ts";

const URL_VAR = { SLUICE_REDIS_URL: "redis://127.0.0.1:6390" };

describe("gRPC gateway settings", () => {
  it("defaults to 0.0.0.0:50051, no tokens, no TLS", () => {
    expect(loadGrpcConfig(URL_VAR, null, null)).toMatchObject({
      redisSource: "SLUICE_REDIS_URL",
      host: "0.0.0.0",
      port: 50051,
      tokens: [],
      tls: null,
      visibilityTimeoutMs: 30_000,
      maxSubscriptions: 1000,
      shutdownTimeoutMs: 10_000,
    });
  });

  it("reads every setting", () => {
    const config = loadGrpcConfig(
      {
        ...URL_VAR,
        SLUICE_GRPC_HOST: "127.0.0.1",
        SLUICE_GRPC_PORT: "9000",
        SLUICE_GRPC_TOKENS: " one, two ,",
        SLUICE_GRPC_TLS_CERT_FILE: "/certs/server.crt",
        SLUICE_GRPC_TLS_KEY_FILE: "/certs/server.key",
        SLUICE_GRPC_VISIBILITY_TIMEOUT_MS: "5000",
        SLUICE_GRPC_MAX_SUBSCRIPTIONS: "50",
        SLUICE_SHUTDOWN_TIMEOUT_MS: "45000",
      },
      null,
    );
    expect(config).toMatchObject({
      host: "127.0.0.1",
      port: 9000,
      tokens: ["one", "two"],
      tls: { certFile: "/certs/server.crt", keyFile: "/certs/server.key" },
      visibilityTimeoutMs: 5000,
      maxSubscriptions: 50,
      shutdownTimeoutMs: 45_000,
    });
  });

  it("takes the tokens from the linked GrpcTokens secret in the cloud, the variable first", () => {
    expect(loadGrpcConfig(URL_VAR, null, "cloud-a,cloud-b").tokens).toEqual(["cloud-a", "cloud-b"]);
    expect(loadGrpcConfig({ ...URL_VAR, SLUICE_GRPC_TOKENS: "env" }, null, "cloud").tokens).toEqual(["env"]);
  });

  it("names the variable of a bad value", () => {
    expect(configError(() => loadGrpcConfig({ ...URL_VAR, SLUICE_GRPC_PORT: "70000" }, null))).toMatch(
      /^SLUICE_GRPC_PORT must be a port/,
    );
    expect(configError(() => loadGrpcConfig({ ...URL_VAR, SLUICE_GRPC_TOKENS: "a b" }, null))).toMatch(
      /^SLUICE_GRPC_TOKENS/,
    );
    expect(configError(() => loadGrpcConfig({ ...URL_VAR, SLUICE_GRPC_TLS_KEY_FILE: "/k" }, null))).toMatch(
      /set both or neither/,
    );
  });
});
