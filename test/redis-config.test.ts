// Where Redis is (functions/config/redis.ts): a URL from SLUICE_REDIS_URL or REDIS_URL with credentials from their
// own variables, or SST's link (functions/config/resource.ts), which wins; every bad value named in its error.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadRedisConfig } from "../functions/config/redis.ts";
import { describeRedis, redactUrl, redisConfigFromUrl } from "../functions/config/redis-url.ts";
import { loadProxyConfig } from "../functions/config/requests.ts";
import { linkedRedis } from "../functions/config/resource.ts";
import { configError } from "./support/config-error.ts";

const URL_VAR = { SLUICE_REDIS_URL: "redis://127.0.0.1:6390" };

describe("Redis from SLUICE_REDIS_URL", () => {
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
    expect(configError(() => loadRedisConfig({ SLUICE_REDIS_URL: url }, null))).toMatch(expected);
  });

  it("never repeats a password in an error or a description", () => {
    const text = configError(() => loadRedisConfig({ SLUICE_REDIS_URL: "redis://app:hunter2@h/5" }, null));
    expect(text).not.toContain("hunter2");
    expect(text).toContain("redis://app:***@h/5");
    expect(redactUrl("rediss://:hunter2@h:1")).toBe("rediss://:***@h:1");
    const config = redisConfigFromUrl("rediss://app:hunter2@h:1", "cluster");
    expect(describeRedis(config)).toBe("cluster rediss://h:1 (user app)");
  });

  it("requires a URL when no SST Redis is linked, and takes the mode from SLUICE_REDIS_MODE", () => {
    expect(configError(() => loadRedisConfig({}, null))).toBe(
      "Neither SLUICE_REDIS_URL nor REDIS_URL is set and no SST Redis is linked: set SLUICE_REDIS_URL=redis://host:port",
    );
    expect(loadRedisConfig({ ...URL_VAR, SLUICE_REDIS_MODE: "cluster" }, null).redis.mode).toBe("cluster");
    expect(configError(() => loadRedisConfig({ ...URL_VAR, SLUICE_REDIS_MODE: "sentinel" }, null))).toBe(
      'SLUICE_REDIS_MODE must be "standalone" or "cluster", got "sentinel"',
    );
  });
});

describe("Redis from REDIS_URL, and credentials from their own variables", () => {
  it("takes REDIS_URL too, SLUICE_REDIS_URL winning when both are set", () => {
    const plain = loadRedisConfig({ REDIS_URL: "redis://a:1" }, null);
    expect(plain).toMatchObject({ redisSource: "REDIS_URL", redis: { nodes: [{ host: "a", port: 1 }] } });
    const both = loadRedisConfig({ REDIS_URL: "redis://a:1", SLUICE_REDIS_URL: "redis://b:2" }, null);
    expect(both).toMatchObject({
      redisSource: "SLUICE_REDIS_URL",
      redis: { nodes: [{ host: "b", port: 2 }] },
    });
    expect(configError(() => loadRedisConfig({ REDIS_URL: "http://a:1" }, null))).toMatch(
      /^REDIS_URL must look like/,
    );
    expect(loadProxyConfig({ REDIS_URL: "redis://a:1" }, null).redisSource).toBe("REDIS_URL");
  });

  it("completes a URL without a password from SLUICE_REDIS_PASSWORD, which overrides a URL's own", () => {
    const secret = { SLUICE_REDIS_PASSWORD: "t0ken" };
    const config = loadRedisConfig(
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
    const over = loadRedisConfig({ ...secret, REDIS_URL: "redis://app:old@h:1" }, null).redis;
    expect(over).toMatchObject({ username: "app", password: "t0ken" });
    const user = { SLUICE_REDIS_USERNAME: "sluice", REDIS_URL: "redis://h:1" };
    expect(loadRedisConfig({ ...user, ...secret }, null).redis).toMatchObject({
      username: "sluice",
      password: "t0ken",
    });
    expect(configError(() => loadRedisConfig(user, null))).toBe(
      'REDIS_URL names user "sluice" but no password: use user:password@ or set SLUICE_REDIS_PASSWORD',
    );
    expect(configError(() => loadRedisConfig({ SLUICE_REDIS_URL: "rediss://default@h" }, null))).toContain(
      "SLUICE_REDIS_PASSWORD",
    );
  });
});

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// SST's Resource reads the SST_RESOURCE_* variables once per process.
const LINKED_REDIS_SCRIPT =
  'const { linkedRedis } = await import("./functions/config/resource.ts"); console.log(JSON.stringify(linkedRedis()));';

describe("Redis from the SST link", () => {
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
    const config = loadRedisConfig(URL_VAR, link);
    expect(config.redisSource).toBe("sst-link");
    expect(config.redis).toEqual({
      mode: "cluster",
      nodes: [{ host: link.host, port: 6379 }],
      tls: true,
      username: "default",
      password: "tok",
    });
    expect(loadRedisConfig({ SLUICE_REDIS_MODE: "standalone" }, link).redis.mode).toBe("standalone");
  });

  it("treats the `sst dev` link (local server, empty password) as plain standalone", () => {
    const config = loadRedisConfig(
      {},
      { host: "127.0.0.1", port: "6379", username: "default", password: "" },
    );
    expect(config.redis).toEqual({ mode: "standalone", nodes: [{ host: "127.0.0.1", port: 6379 }] });
  });
});
