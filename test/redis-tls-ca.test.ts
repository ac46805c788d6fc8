// Redis over TLS with a private CA, against real TLS redis-servers whose certificates a test CA signed: with
// SLUICE_REDIS_CA_FILE the loader's config connects (standalone and cluster); without it every command fails at once
// with the certificate problem named (streams.tls_certificate), not "max retries" and not a hang; a name the
// certificate does not list fails the same way, also when options that would skip the checks are passed in anyway;
// a missing or wrong CA file is a configuration error naming it.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  createRedisClient,
  InvalidInputError,
  type RedisClient,
  type RedisConnectionConfig,
} from "@sluice/streams";
import { type RedisCluster, type RedisServer, startRedis, startRedisCluster } from "@sluice/testing";
import { temporaryDir } from "@sluice/testing/temporary-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRedisConfig } from "../functions/config/redis.ts";

let server: RedisServer;
let cluster: RedisCluster;
let caFile: string;
const clients: RedisClient[] = [];

beforeAll(async () => {
  [server, cluster] = await Promise.all([startRedis({ tls: true }), startRedisCluster({ tls: true })]);
  caFile = join(await temporaryDir("sluice-ca-"), "redis-ca.pem");
  await writeFile(caFile, server.target.tls?.ca ?? "");
});
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await Promise.all([server?.stop(), cluster?.stop()]);
});

const url = (port: number) => `rediss://127.0.0.1:${port}`;

function connect(redis: RedisConnectionConfig): RedisClient {
  const client = createRedisClient({ ...redis, commandTimeoutMs: 2000 }).on("error", () => {});
  clients.push(client);
  return client;
}

/** The command's failure and how long it took to fail. */
async function failure(command: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await command;
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error("expected the command to fail");
}

const untrusted = {
  kind: "unavailable",
  code: "streams.tls_certificate",
  message:
    "TLS: the Redis server's certificate is not trusted (SELF_SIGNED_CERT_IN_CHAIN): set SLUICE_REDIS_CA_FILE to its CA bundle",
};

describe("Redis TLS with a private CA (SLUICE_REDIS_CA_FILE)", () => {
  it("connects with the CA bundle, standalone and cluster", async () => {
    const standalone = loadRedisConfig(
      { SLUICE_REDIS_URL: url(server.port), SLUICE_REDIS_CA_FILE: caFile },
      null,
    );
    expect(standalone.redis.tls).toEqual({ ca: server.target.tls?.ca });
    expect(await connect(standalone.redis).ping()).toBe("PONG");

    const seed = cluster.servers[0]?.port ?? 0;
    const env = { REDIS_URL: url(seed), SLUICE_REDIS_MODE: "cluster", SLUICE_REDIS_CA_FILE: caFile };
    const client = connect(loadRedisConfig(env, null).redis);
    await client.set("{tls}:a", "1");
    expect(await client.get("{tls}:a")).toBe("1");
  });

  it("without it, fails each command at once with the certificate problem, standalone and cluster", async () => {
    const standalone = connect(loadRedisConfig({ SLUICE_REDIS_URL: url(server.port) }, null).redis);
    const first = await failure(standalone.ping());
    expect(first.error).toMatchObject(untrusted);
    expect(first.ms).toBeLessThan(2000);
    // Later commands too, each within a reconnect delay: never "max retries", never a hang.
    const again = await failure(standalone.set("k", "v"));
    expect(again.error).toMatchObject(untrusted);
    expect(again.ms).toBeLessThan(3000);

    const seed = cluster.servers[0]?.port ?? 0;
    const env = { SLUICE_REDIS_URL: url(seed), SLUICE_REDIS_MODE: "cluster" };
    const clustered = await failure(connect(loadRedisConfig(env, null).redis).get("{tls}:a"));
    expect(clustered.error).toMatchObject(untrusted);
    expect(clustered.ms).toBeLessThan(3000);
  });

  it("names a certificate that does not list the host", async () => {
    const redis = {
      ...server.target,
      tls: { ca: server.target.tls?.ca ?? "", servername: "redis.example.com" },
    };
    const { error } = await failure(connect(redis).ping());
    expect(error).toMatchObject({ code: "streams.tls_certificate" });
    expect((error as Error).message).toMatch(
      /^TLS: the Redis server's certificate does not name the host connected to \(ERR_TLS_CERT_ALTNAME_INVALID\): .*redis\.example\.com/,
    );
  });

  it("keeps both checks even when options that would turn them off are smuggled in (none is passed on)", async () => {
    const unsafe = { rejectUnauthorized: false, checkServerIdentity: () => undefined };
    const untrustedChain = { ...server.target, tls: unsafe } as unknown as RedisConnectionConfig;
    expect((await failure(connect(untrustedChain).ping())).error).toMatchObject(untrusted);
    const otherName = {
      ...server.target,
      tls: { ca: server.target.tls?.ca ?? "", servername: "redis.example.com", ...unsafe },
    } as RedisConnectionConfig;
    expect((await failure(connect(otherName).ping())).error).toMatchObject({
      code: "streams.tls_certificate",
    });
  });

  it("refuses a CA file that is missing, not PEM, or given for a connection without TLS", async () => {
    const problem = (env: Record<string, string>) => {
      try {
        loadRedisConfig(env, null);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        expect(error).toMatchObject({
          code: "config.invalid_environment",
          details: { variable: "SLUICE_REDIS_CA_FILE" },
        });
        return (error as Error).message;
      }
      throw new Error("expected a configuration error");
    };
    const tls = { SLUICE_REDIS_URL: url(server.port) };
    expect(problem({ ...tls, SLUICE_REDIS_CA_FILE: "/nonexistent/ca.pem" })).toBe(
      "SLUICE_REDIS_CA_FILE names a file that cannot be read (ENOENT): /nonexistent/ca.pem",
    );
    const notPem = join(await temporaryDir("sluice-ca-"), "ca.txt");
    await writeFile(notPem, "not a certificate");
    expect(problem({ ...tls, SLUICE_REDIS_CA_FILE: notPem })).toMatch(
      /must be a PEM bundle of CA certificates/,
    );
    expect(problem({ SLUICE_REDIS_URL: "redis://127.0.0.1:6379", SLUICE_REDIS_CA_FILE: caFile })).toBe(
      "SLUICE_REDIS_CA_FILE is set but the Redis connection has no TLS: use a rediss:// URL",
    );
  });
});
