import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { InvalidInputError } from "@sluice/streams";
import { describe, expect, it } from "vitest";
import {
  describeRedis,
  linkedRedis,
  loadGrpcConfig,
  loadHttpConfig,
  loadProxyConfig,
  loadRuntimeConfig,
  redactUrl,
  redisConfigFromUrl,
  resolveConsumerName,
} from "../functions/runtime-config.ts";

const URL_VAR = { SLUICE_REDIS_URL: "redis://127.0.0.1:6390" };

function message(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ code: "config.invalid_environment", kind: "invalid" });
    return (error as Error).message;
  }
  throw new Error("expected the loader to throw");
}

describe("runtime config: SLUICE_REDIS_URL", () => {
  it.each([
    ["redis://127.0.0.1:6390", { nodes: [{ host: "127.0.0.1", port: 6390 }] }],
    ["redis://localhost", { nodes: [{ host: "localhost", port: 6379 }] }],
    ["redis://localhost/0", { nodes: [{ host: "localhost", port: 6379 }] }],
    ["rediss://cache.example.com:6380", { nodes: [{ host: "cache.example.com", port: 6380 }], tls: true }],
    ["redis://:s3cret@h:1", { nodes: [{ host: "h", port: 1 }], password: "s3cret" }],
    ["rediss://app:p%40ss%3Aword@h:2", { tls: true, username: "app", password: "p@ss:word" }],
    ["redis://[::1]:7000", { nodes: [{ host: "::1", port: 7000 }] }],
  ])("%s", (url, expected) => {
    const config = redisConfigFromUrl(url, "standalone");
    expect(config).toMatchObject({ mode: "standalone", ...expected });
    if (!("tls" in expected)) expect(config.tls).toBeUndefined();
  });

  it.each([
    [
      "http://h:1",
      /SLUICE_REDIS_URL must look like redis:\/\/\[user:password@\]host\[:port\].*got "http:\/\/h:1"/,
    ],
    ["localhost:6379", /must look like/],
    ["not a url", /got "not a url"/],
    ["redis://h:99999", /must look like/],
    ["redis://h/3", /takes no database number or options/],
    ["redis://h?tls=true", /takes no database number or options/],
    ["redis://app@h", /names user "app" but no password/],
  ])("rejects %s", (url, expected) => {
    expect(message(() => loadRuntimeConfig({ SLUICE_REDIS_URL: url }, null))).toMatch(expected);
  });

  it("never repeats a password in an error or a description", () => {
    const text = message(() => loadRuntimeConfig({ SLUICE_REDIS_URL: "redis://app:hunter2@h/5" }, null));
    expect(text).not.toContain("hunter2");
    expect(text).toContain("redis://app:***@h/5");
    expect(redactUrl("rediss://:hunter2@h:1")).toBe("rediss://:***@h:1");
    const config = redisConfigFromUrl("rediss://app:hunter2@h:1", "cluster");
    expect(describeRedis(config)).toBe("cluster rediss://h:1 (user app)");
  });

  it("requires a URL when no SST Redis is linked, and takes the mode from SLUICE_REDIS_MODE", () => {
    expect(message(() => loadRuntimeConfig({}, null))).toBe(
      "Neither SLUICE_REDIS_URL nor REDIS_URL is set and no SST Redis is linked: set SLUICE_REDIS_URL=redis://host:port",
    );
    expect(loadRuntimeConfig({ ...URL_VAR, SLUICE_REDIS_MODE: "cluster" }, null).redis.mode).toBe("cluster");
    expect(message(() => loadRuntimeConfig({ ...URL_VAR, SLUICE_REDIS_MODE: "sentinel" }, null))).toBe(
      'SLUICE_REDIS_MODE must be "standalone" or "cluster", got "sentinel"',
    );
  });
});

describe("runtime config: REDIS_URL and credentials from their own variables", () => {
  it("takes REDIS_URL too, SLUICE_REDIS_URL winning when both are set", () => {
    const plain = loadRuntimeConfig({ REDIS_URL: "redis://a:1" }, null);
    expect(plain).toMatchObject({ redisSource: "REDIS_URL", redis: { nodes: [{ host: "a", port: 1 }] } });
    const both = loadRuntimeConfig({ REDIS_URL: "redis://a:1", SLUICE_REDIS_URL: "redis://b:2" }, null);
    expect(both).toMatchObject({
      redisSource: "SLUICE_REDIS_URL",
      redis: { nodes: [{ host: "b", port: 2 }] },
    });
    expect(message(() => loadRuntimeConfig({ REDIS_URL: "http://a:1" }, null))).toMatch(
      /^REDIS_URL must look like/,
    );
    expect(loadProxyConfig({ REDIS_URL: "redis://a:1" }, null).redisSource).toBe("REDIS_URL");
  });

  it("completes a URL without a password from SLUICE_REDIS_PASSWORD, which overrides a URL's own", () => {
    const secret = { SLUICE_REDIS_PASSWORD: "t0ken" };
    const config = loadRuntimeConfig(
      { ...secret, SLUICE_REDIS_URL: "rediss://default@cache.example.com:6379" },
      null,
    );
    expect(config.redis).toEqual({
      mode: "standalone",
      nodes: [{ host: "cache.example.com", port: 6379 }],
      tls: true,
      username: "default",
      password: "t0ken",
    });
    const over = loadRuntimeConfig({ ...secret, REDIS_URL: "redis://app:old@h:1" }, null).redis;
    expect(over).toMatchObject({ username: "app", password: "t0ken" });
    const user = { SLUICE_REDIS_USERNAME: "sluice", REDIS_URL: "redis://h:1" };
    expect(loadRuntimeConfig({ ...user, ...secret }, null).redis).toMatchObject({
      username: "sluice",
      password: "t0ken",
    });
    expect(message(() => loadRuntimeConfig(user, null))).toBe(
      'REDIS_URL names user "sluice" but no password: use user:password@ or set SLUICE_REDIS_PASSWORD',
    );
    expect(message(() => loadRuntimeConfig({ SLUICE_REDIS_URL: "rediss://default@h" }, null))).toContain(
      "SLUICE_REDIS_PASSWORD",
    );
  });
});

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// SST's Resource reads the SST_RESOURCE_* variables once per process.
const LINKED_REDIS_SCRIPT =
  'const { linkedRedis } = await import("./functions/runtime-config.ts"); console.log(JSON.stringify(linkedRedis()));';

describe("runtime config: SST link", () => {
  it("is absent in plain test runs, and reading it does not throw", () => {
    expect(linkedRedis()).toBeNull();
  });

  it("takes the password from a linked RedisToken (the token the cluster accepts) over the component's own", () => {
    const linked = (env: Record<string, string>) =>
      JSON.parse(
        execFileSync(process.execPath, ["--input-type=module", "-e", LINKED_REDIS_SCRIPT], {
          cwd: ROOT,
          env: { PATH: process.env.PATH ?? "", ...env },
          encoding: "utf8",
        }),
      ) as unknown;
    const redis = { host: "clustercfg.x", port: 6379, username: "default", password: "generated-early" };
    expect(linked({ SST_RESOURCE_Redis: JSON.stringify(redis) })).toEqual(redis);
    expect(
      linked({
        SST_RESOURCE_Redis: JSON.stringify(redis),
        SST_RESOURCE_RedisToken: JSON.stringify({ value: "accepted-by-the-cluster" }),
      }),
    ).toEqual({ ...redis, password: "accepted-by-the-cluster" });
  });

  it("treats a linked ElastiCache as TLS + auth token + cluster mode, and wins over SLUICE_REDIS_URL", () => {
    const link = {
      host: "clustercfg.sluice.abc.use1.cache.amazonaws.com",
      port: 6379,
      username: "default",
      password: "tok",
    };
    const config = loadRuntimeConfig(URL_VAR, link);
    expect(config.redisSource).toBe("sst-link");
    expect(config.redis).toEqual({
      mode: "cluster",
      nodes: [{ host: link.host, port: 6379 }],
      tls: true,
      username: "default",
      password: "tok",
    });
    expect(loadRuntimeConfig({ SLUICE_REDIS_MODE: "standalone" }, link).redis.mode).toBe("standalone");
  });

  it("treats the `sst dev` link (local server, empty password) as plain standalone", () => {
    const config = loadRuntimeConfig(
      {},
      { host: "127.0.0.1", port: "6379", username: "default", password: "" },
    );
    expect(config.redis).toEqual({ mode: "standalone", nodes: [{ host: "127.0.0.1", port: 6379 }] });
  });
});

describe("runtime config: consumer settings", () => {
  it("has defaults, and leaves unset runner settings out so the runner's defaults apply", () => {
    expect(loadRuntimeConfig(URL_VAR, null).consumer).toEqual({
      streams: ["events"],
      group: "workers",
      runner: {},
      retention: { intervalMs: 60_000, onUnconsumed: "protect" },
      backupHoldMs: 900_000,
      timeoutEarlyMs: 1500,
    });
  });

  it("reads retention settings and can turn retention off", () => {
    const retention = (env: Record<string, string>) =>
      loadRuntimeConfig({ ...URL_VAR, ...env }, null).consumer.retention;
    expect(
      retention({
        SLUICE_RETENTION_INTERVAL_MS: "5000",
        SLUICE_RETENTION_MAX_LENGTH: "100000",
        SLUICE_RETENTION_MAX_AGE_MS: "3600000",
        SLUICE_RETENTION_ON_UNCONSUMED: "drop",
      }),
    ).toEqual({ intervalMs: 5000, maxLength: 100_000, maxAgeMs: 3_600_000, onUnconsumed: "drop" });
    expect(retention({ SLUICE_RETENTION: "off" })).toBeNull();
    const hold = loadRuntimeConfig({ ...URL_VAR, SLUICE_RETENTION_BACKUP_HOLD_MS: "0" }, null).consumer;
    expect(hold.backupHoldMs).toBe(0);
    expect(message(() => retention({ SLUICE_RETENTION_ON_UNCONSUMED: "evict" }))).toBe(
      'SLUICE_RETENTION_ON_UNCONSUMED must be "protect" or "drop", got "evict"',
    );
  });

  it("reads every setting", () => {
    const config = loadRuntimeConfig(
      {
        ...URL_VAR,
        SLUICE_CONSUMER_STREAMS: " a , b.c ",
        SLUICE_CONSUMER_GROUP: "g1",
        SLUICE_BATCH_SIZE: "50",
        SLUICE_CONCURRENCY: "4",
        SLUICE_VISIBILITY_TIMEOUT_MS: "60000",
        SLUICE_MAX_DELIVERIES: "3",
        SLUICE_MAX_RECORD_AGE_MS: "86400000",
        SLUICE_SHUTDOWN_TIMEOUT_MS: "20000",
        SLUICE_TIMEOUT_EARLY_MS: "3000",
        SLUICE_RETENTION_BACKUP_HOLD_MS: "120000",
        SLUICE_CONCURRENCY_TYPO: "ignored",
      },
      null,
    );
    expect(config.consumer).toEqual({
      streams: ["a", "b.c"],
      group: "g1",
      runner: {
        batchSize: 50,
        concurrency: 4,
        visibilityTimeoutMs: 60000,
        maxDeliveries: 3,
        maxRecordAgeMs: 86400000,
        shutdownTimeoutMs: 20000,
      },
      retention: { intervalMs: 60_000, onUnconsumed: "protect" },
      backupHoldMs: 120_000,
      timeoutEarlyMs: 3000,
    });
  });

  it.each(["abc", "0", "-1", "1.5", "1e3", "12abc", "99999999999999999999"])(
    "rejects SLUICE_BATCH_SIZE=%s",
    (value) => {
      expect(message(() => loadRuntimeConfig({ ...URL_VAR, SLUICE_BATCH_SIZE: value }, null))).toBe(
        `SLUICE_BATCH_SIZE must be a positive integer, got ${JSON.stringify(value)}`,
      );
    },
  );

  it("treats an empty value as unset", () => {
    expect(
      loadRuntimeConfig({ ...URL_VAR, SLUICE_BATCH_SIZE: "", SLUICE_CONSUMER_GROUP: " " }, null).consumer,
    ).toMatchObject({
      group: "workers",
      runner: {},
    });
  });

  it("rejects bad and repeated stream names", () => {
    expect(
      message(() => loadRuntimeConfig({ ...URL_VAR, SLUICE_CONSUMER_STREAMS: "ok,Bad Name" }, null)),
    ).toMatch(/^SLUICE_CONSUMER_STREAMS: Invalid stream name "Bad Name": .* in "ok,Bad Name"$/);
    expect(message(() => loadRuntimeConfig({ ...URL_VAR, SLUICE_CONSUMER_STREAMS: "a,,b" }, null))).toMatch(
      /Invalid stream name ""/,
    );
    expect(message(() => loadRuntimeConfig({ ...URL_VAR, SLUICE_CONSUMER_STREAMS: "a,b,a" }, null))).toBe(
      "SLUICE_CONSUMER_STREAMS names a stream twice: a,b,a",
    );
  });
});

describe("runtime config: HTTP API", () => {
  it("defaults to no API key, no CORS, a 6 MiB body limit and port 3000", () => {
    expect(loadRuntimeConfig(URL_VAR, null).http).toEqual({
      apiKey: undefined,
      corsOrigins: [],
      maxBodyBytes: 6 * 1024 * 1024,
      port: 3000,
    });
  });

  it("reads the key, origins, limit and port, and needs no Redis for that", () => {
    expect(
      loadHttpConfig({
        SLUICE_API_KEY: " k1 ",
        SLUICE_CORS_ORIGINS: "https://app.example.com, https://*.example.org:8443,*",
        SLUICE_HTTP_MAX_BODY_BYTES: "1024",
        SLUICE_HTTP_PORT: "8080",
      }),
    ).toEqual({
      apiKey: "k1",
      corsOrigins: ["https://app.example.com", "https://*.example.org:8443", "*"],
      maxBodyBytes: 1024,
      port: 8080,
    });
  });

  it("names the variable of a bad value", () => {
    expect(message(() => loadHttpConfig({ SLUICE_CORS_ORIGINS: "app.example.com" }))).toBe(
      'SLUICE_CORS_ORIGINS must list origins like https://app.example.com or *, got "app.example.com"',
    );
    expect(message(() => loadHttpConfig({ SLUICE_HTTP_PORT: "70000" }))).toBe(
      "SLUICE_HTTP_PORT must be a port from 1 to 65535, got 70000",
    );
    expect(message(() => loadHttpConfig({ SLUICE_HTTP_MAX_BODY_BYTES: "6MB" }))).toMatch(
      /^SLUICE_HTTP_MAX_BODY_BYTES must be a positive integer/,
    );
  });
});

describe("consumer names", () => {
  it("use the ECS task's metadata path segment, else host name and pid", () => {
    const ecs = {
      ECS_CONTAINER_METADATA_URI_V4: "http://169.254.170.2/v4/6d3d4e5c19a3488a8d3c55e72afaa07b-3810124245",
    };
    expect(resolveConsumerName(ecs)).toBe("ecs-6d3d4e5c19a3488a8d3c55e72afaa07b-3810124245");
    expect(resolveConsumerName({})).toMatch(new RegExp(`-${process.pid}$`));
  });
});

describe("runtime config: gRPC gateway", () => {
  it("defaults to 0.0.0.0:50051, no tokens, no TLS", () => {
    expect(loadGrpcConfig(URL_VAR, null, null)).toMatchObject({
      redisSource: "SLUICE_REDIS_URL",
      host: "0.0.0.0",
      port: 50051,
      tokens: [],
      tls: null,
      visibilityTimeoutMs: 30_000,
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
      shutdownTimeoutMs: 45_000,
    });
  });

  it("takes the tokens from the linked GrpcTokens secret in the cloud, the variable first", () => {
    expect(loadGrpcConfig(URL_VAR, null, "cloud-a,cloud-b").tokens).toEqual(["cloud-a", "cloud-b"]);
    expect(loadGrpcConfig({ ...URL_VAR, SLUICE_GRPC_TOKENS: "env" }, null, "cloud").tokens).toEqual(["env"]);
  });

  it("names the variable of a bad value", () => {
    expect(message(() => loadGrpcConfig({ ...URL_VAR, SLUICE_GRPC_PORT: "70000" }, null))).toMatch(
      /^SLUICE_GRPC_PORT must be a port/,
    );
    expect(message(() => loadGrpcConfig({ ...URL_VAR, SLUICE_GRPC_TOKENS: "a b" }, null))).toMatch(
      /^SLUICE_GRPC_TOKENS/,
    );
    expect(message(() => loadGrpcConfig({ ...URL_VAR, SLUICE_GRPC_TLS_KEY_FILE: "/k" }, null))).toMatch(
      /set both or neither/,
    );
  });
});
