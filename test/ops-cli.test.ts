// `npm run ops -- <job>` as a subprocess against a real redis-server and a local S3 server (s3rver): a job's own
// handler run once, its outcome printed and its report stored; npm start's recorded Redis found without a URL; the
// lake writer draining a stream into the lake bucket; the configuration audit falling back to INFO and CONFIG GET
// and the native snapshot saying it needs ElastiCache; the list of jobs for none or an unknown one (exit 2); one
// line and exit 1 when S3 does not answer.
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { produce } from "@sluice/lake/testing";
import { createRedisClient, type RedisClient, streamKeys } from "@sluice/streams";
import { freePort, type RedisServer, type S3Server, startRedis, startS3Server } from "@sluice/testing";
import { temporaryDir } from "@sluice/testing/temporary-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bskyEvents } from "./support/bsky-events.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let redis: RedisServer;
let s3Server: S3Server;
let s3: S3Client;
let client: RedisClient;
let localDir: string;

beforeAll(async () => {
  [redis, s3Server] = await Promise.all([
    startRedis({ maxmemory: "64mb", maxmemoryPolicy: "noeviction" }),
    startS3Server({ buckets: ["lake", "backups", "reports"] }),
  ]);
  s3 = new S3Client(s3Server.client());
  client = createRedisClient(redis.target);
  localDir = await temporaryDir("sluice-ops-");
});
afterAll(async () => {
  client?.disconnect();
  s3?.destroy();
  await Promise.all([redis?.stop(), s3Server?.stop()]);
});

/** `node scripts/ops.ts …` (what `npm run ops` runs) with no Redis or S3 of the test's environment. */
async function ops(args: string[], env: Record<string, string> = {}) {
  const { SLUICE_REDIS_URL: _a, REDIS_URL: _b, SLUICE_S3_ENDPOINT: _c, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["scripts/ops.ts", ...args], {
      cwd: ROOT,
      env: { ...inherited, SLUICE_LOCAL_DIR: localDir, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const local = () => ({
  SLUICE_REDIS_URL: `redis://127.0.0.1:${redis.port}`,
  SLUICE_S3_ENDPOINT: s3Server.endpoint,
});
const reportText = async (kind: string) => {
  const { Body } = await s3.send(
    new GetObjectCommand({ Bucket: "reports", Key: `reports/${kind}/latest.txt` }),
  );
  return (await Body?.transformToString()) ?? "";
};

describe("npm run ops -- <job>", () => {
  it("runs the memory audit's handler once and prints its report, which is stored like the cloud's", async () => {
    await client.xadd(streamKeys("orders").stream, "*", "t", "e", "d", "{}");
    const run = await ops(["memory-audit"], local());
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe(
      `ops memory-audit: functions/jobs/memory-audit.ts against Redis standalone redis://127.0.0.1:${redis.port} (SLUICE_REDIS_URL) and S3 ${s3Server.endpoint}`,
    );
    expect(run.stdout).toContain("Sluice memory audit, ");
    expect(run.stdout).toContain("  sluice:{orders}: ");
    expect(run.stdout).toContain("Growth: unknown, not enough history: 1 sample over 0s");
    expect(lines.at(-1)).toMatch(/^ops memory-audit: done in \d+ ms; log and metric lines in .*ops\.log$/);
    expect(await reportText("memory-audit")).toContain("Sluice memory audit, ");
  });

  it("finds the redis-server npm start recorded when no URL is set", async () => {
    await writeFile(join(localDir, "redis-url"), `redis://127.0.0.1:${redis.port}\n`);
    const run = await ops(["stream-monitor"], { SLUICE_S3_ENDPOINT: s3Server.endpoint });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`(npm start's, from ${join(localDir, "redis-url")})`);
    expect(run.stdout).toMatch(/stream monitor: \d+ streams, \d+ groups: every group with entries waiting/);
  });

  it("drains a stream into the lake bucket with the lake writer, whatever AWS keys the deployer's shell holds", async () => {
    await produce(client, "bsky", bskyEvents(300, "ops"));
    const deployer = {
      AWS_ACCESS_KEY_ID: "AKIAEXAMPLEDEPLOYER0",
      AWS_SECRET_ACCESS_KEY: "x",
      AWS_SESSION_TOKEN: "y",
    };
    const run = await ops(["lake-writer"], { ...local(), ...deployer });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/lake bsky: 300 events → \d+ files, 0 dead-lettered, 300 trimmed from Redis/);
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: "lake", Prefix: "bsky/" }));
    expect(listed.KeyCount).toBeGreaterThan(0);
  });

  it("says what the ElastiCache jobs do here: the config audit reads the Redis, the native snapshot cannot run", async () => {
    const audit = await ops(["config-audit"], local());
    expect(audit.code).toBe(0);
    expect(audit.stdout).toContain(
      "Read from INFO, CONFIG GET and ACL GETUSER of the Redis itself (no ElastiCache: SLUICE_REDIS_REPLICATION_GROUP is not set).",
    );
    expect(audit.stdout).toContain(`Configuration audit of 127.0.0.1:${redis.port} (self-managed)`);

    const native = await ops(["native-snapshot"], local());
    expect(native).toMatchObject({ code: 1, stdout: expect.stringContaining("ops native-snapshot: ") });
    expect(native.stderr).toBe(
      "ops native-snapshot: SLUICE_REDIS_REPLICATION_GROUP is not set: the native snapshot is for an ElastiCache replication group\n",
    );
  });

  it("lists the jobs for none or an unknown one (exit 2), and fails in one line when S3 does not answer", async () => {
    for (const args of [[], ["memory-audits"]]) {
      const run = await ops(args, local());
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^ops(: no job named| memory-audits: unknown job "memory-audits")\nusage: npm run ops -- <job>\njobs:\n/,
      );
      for (const job of ["lake-writer", "snapshot", "memory-audit", "native-snapshot", "stream-monitor"]) {
        expect(run.stderr).toContain(`  ${job} `);
      }
    }
    const down = `http://127.0.0.1:${await freePort()}`;
    const run = await ops(["snapshot"], { ...local(), SLUICE_S3_ENDPOINT: down });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^ops snapshot: S3 at ${down}: connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+\\n$`),
    );
  });
});
