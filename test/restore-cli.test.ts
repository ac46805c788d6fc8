import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { S3Client } from "@aws-sdk/client-s3";
import { BackupStore, takeSnapshot } from "@sluice/ops/backup";
import { createRedisClient } from "@sluice/streams";
import { freePort, startRedis, startS3Server } from "@sluice/testing";
import { temporaryDir } from "@sluice/testing/temporary-dir";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** `env` over the test's own environment; an undefined value removes the variable. */
async function restoreCli(args: string[], env: Record<string, string | undefined>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["scripts/restore.ts", ...args], {
      cwd: ROOT,
      env: Object.fromEntries(
        Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined),
      ),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run restore", () => {
  it("restores the newest snapshot into an empty Redis, and refuses one that holds keys", async () => {
    await using source = await startRedis();
    await using target = await startRedis();
    await using s3Server = await startS3Server({ buckets: ["backups"] });
    const s3 = new S3Client(s3Server.client());
    const from = createRedisClient(source.target);
    const to = createRedisClient(target.target);
    try {
      for (let i = 0; i < 50; i++) await from.xadd("sluice:{cli}", "*", "t", "e", "d", String(i));
      await from.xgroup("CREATE", "sluice:{cli}", "g", "0");
      await from.xreadgroup("GROUP", "g", "c", "COUNT", 10, "STREAMS", "sluice:{cli}", ">");
      const manifest = await takeSnapshot({
        redis: from,
        store: new BackupStore({ client: s3, bucket: "backups" }),
      });
      const env = {
        AWS_ACCESS_KEY_ID: s3Server.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: s3Server.credentials.secretAccessKey,
        AWS_REGION: s3Server.region,
      };
      const args = ["--to", `redis://127.0.0.1:${target.port}`, "--s3-endpoint", s3Server.endpoint];
      const ok = await restoreCli(args, env);
      expect(ok.code).toBe(0);
      const report = JSON.parse(ok.stdout.trim().split("\n").at(-1) as string);
      expect(report).toMatchObject({ snapshotId: manifest.id, problems: [] });
      expect(report.streams).toEqual([
        { key: "sluice:{cli}", entries: 50, groups: 1, consumers: 1, pending: 10 },
      ]);
      expect(ok.stderr).toContain("restore 50/50");
      expect(await to.xlen("sluice:{cli}")).toBe(50);

      const refused = await restoreCli(args, env);
      expect(refused).toMatchObject({ code: 1, stdout: "" });
      expect(refused.stderr).toMatch(/^restore: the target holds 1 key\(s\) already/);
      expect((await restoreCli([...args, "--replace"], env)).code).toBe(0);

      const early = await restoreCli([...args, "--replace", "--at", "2020-01-01T00:00:00Z"], env);
      expect(early).toMatchObject({ code: 2 });
      expect(early.stderr).toContain("no snapshot was taken at or before 2020-01-01T00:00:00.000Z");
      expect((await restoreCli(["--at", "soon"], env)).stderr).toContain("--to is required");
    } finally {
      from.disconnect();
      to.disconnect();
      s3.destroy();
    }
  });

  it("needs no AWS region for a local S3, and says in one line, exit 1, when S3 does not answer", async () => {
    await using source = await startRedis();
    await using target = await startRedis();
    await using s3Server = await startS3Server({ buckets: ["backups"] });
    const s3 = new S3Client(s3Server.client());
    const from = createRedisClient(source.target);
    try {
      await from.xadd("sluice:{cli}", "*", "t", "e", "d", "1");
      await takeSnapshot({ redis: from, store: new BackupStore({ client: s3, bucket: "backups" }) });
      // What npm start prints: credentials and an endpoint, no region; and no profile to take one from.
      const env = {
        AWS_ACCESS_KEY_ID: s3Server.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: s3Server.credentials.secretAccessKey,
        AWS_REGION: undefined,
        AWS_DEFAULT_REGION: undefined,
        AWS_PROFILE: undefined,
        HOME: await temporaryDir("sluice-home-"),
        AWS_CONFIG_FILE: "/nonexistent/aws-config",
      };
      const to = ["--to", `redis://127.0.0.1:${target.port}`];
      const ok = await restoreCli([...to, "--s3-endpoint", s3Server.endpoint], env);
      expect({ code: ok.code, stderr: ok.stderr }).toEqual({
        code: 0,
        stderr: expect.stringContaining("restore 1/1"),
      });

      const down = `http://127.0.0.1:${await freePort()}`;
      const failed = await restoreCli([...to, "--replace", "--s3-endpoint", down], env);
      expect(failed).toMatchObject({ code: 1, stdout: "" });
      expect(failed.stderr).toMatch(
        new RegExp(`^restore: S3 at ${down}: connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+\n$`),
      );
    } finally {
      from.disconnect();
      s3.destroy();
    }
  });
});
