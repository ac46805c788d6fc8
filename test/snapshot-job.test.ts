import { S3Client } from "@aws-sdk/client-s3";
import { BackupStore, loadManifest } from "@sluice/ops/backup";
import { createRedisClient, InvalidInputError, type RedisClient } from "@sluice/streams";
import { type RedisServer, type S3Server, startRedis, startS3Server } from "@sluice/testing";
import { useRedisServer } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBackupConfig } from "../functions/config/backup.ts";
import { runBackupRetention } from "../functions/jobs/backup-retention.ts";
import { runIncrements } from "../functions/jobs/increments.ts";
import { runSnapshot } from "../functions/jobs/snapshot.ts";
import { runVerification } from "../functions/jobs/verify-backup.ts";
import { disconnect } from "../functions/shared/lazy-clients.ts";
import { runVerificationTask } from "../scripts/launcher/verification-task.ts";
import { failed, jobLines, succeeded } from "./support/job-lines.ts";

const redis = useRedisServer();
let s3Server: S3Server;
let scratchServer: RedisServer;
let scratch: RedisClient;
beforeAll(async () => {
  [s3Server, scratchServer] = await Promise.all([startS3Server({ buckets: ["backups"] }), startRedis()]);
  scratch = createRedisClient(scratchServer.target);
});
afterAll(async () => {
  await disconnect();
  scratch?.disconnect();
  await Promise.all([s3Server?.stop(), scratchServer?.stop()]);
});

describe("SnapshotBackup job (functions/jobs/snapshot.ts)", () => {
  it("writes a snapshot of every stream to the Backups bucket, with its figures as metrics", async () => {
    for (let i = 0; i < 20; i++) await redis.client.xadd("sluice:{job}", "*", "t", "e", "d", String(i));
    await redis.client.set("other", "1");
    Object.assign(process.env, {
      SLUICE_REDIS_URL: `redis://127.0.0.1:${redis.redis.port}`,
      SLUICE_BACKUP_BUCKET: "backups",
      SLUICE_S3_ENDPOINT: s3Server.endpoint,
      AWS_ACCESS_KEY_ID: s3Server.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3Server.credentials.secretAccessKey,
      AWS_REGION: s3Server.region,
    });
    const lines: string[] = [];
    const summary = await runSnapshot((line) => lines.push(line));
    expect(summary).toMatchObject({ streams: 1, entries: 20, keys: 1 });
    const s3 = new S3Client(s3Server.client());
    try {
      const manifest = await loadManifest(new BackupStore({ client: s3, bucket: "backups" }));
      expect(manifest.id).toBe(summary.id);
      expect(manifest.streams[0]?.state.key).toBe("sluice:{job}");
    } finally {
      s3.destroy();
    }
    const { outcomes, others } = jobLines(lines);
    const [metrics, log] = others;
    expect(metrics).toMatchObject({ SnapshotEntries: 20, SnapshotStreams: 1 });
    expect(metrics._aws.CloudWatchMetrics[0].Dimensions).toEqual([[]]);
    expect(log).toMatchObject({ level: "info", msg: "snapshot", id: summary.id });
    expect(outcomes).toEqual([succeeded("snapshot")]);
    expect(outcomes[0]._aws.CloudWatchMetrics[0].Dimensions).toEqual([["Job"]]);
  });
});

describe("IncrementalBackup job (functions/jobs/increments.ts)", () => {
  it("backs up what the streams gained since its last run, and writes nothing when nothing is new", async () => {
    const lines: string[] = [];
    const first = await runIncrements((line) => lines.push(line));
    expect(first).toMatchObject({ entries: 20, gapEntries: 0 });
    expect(first.id).toMatch(/^\d{8}T\d{9}Z-/);
    await redis.client.xadd("sluice:{job}", "*", "t", "e", "d", "more");
    expect(await runIncrements((line) => lines.push(line))).toMatchObject({ entries: 1 });
    expect(await runIncrements((line) => lines.push(line))).toMatchObject({ id: null, entries: 0 });
    const { outcomes, others } = jobLines(lines);
    expect(others.filter((record) => record._aws).map((m) => m.IncrementEntries)).toEqual([20, 1, 0]);
    expect(outcomes).toEqual([succeeded("increments"), succeeded("increments"), succeeded("increments")]);
  });
});

describe("BackupVerification job (functions/jobs/verify-backup.ts)", () => {
  it("verifies the newest snapshot in a scratch Redis, keeps the report next to the backups, and says pass", async () => {
    const lines: string[] = [];
    const report = await runVerification(scratch, (line) => lines.push(line));
    expect(report).toMatchObject({ passed: true, streams: 1, entries: 20, keys: 1 });
    expect(await scratch.xlen("sluice:{job}")).toBe(21); // the snapshot's 20 and the increment after it
    const s3 = new S3Client(s3Server.client());
    try {
      const store = new BackupStore({ client: s3, bucket: "backups" });
      const stored = JSON.parse((await store.get(store.verificationKey(report.snapshotId))).toString());
      expect(stored).toMatchObject({ snapshotId: report.snapshotId, passed: true });
    } finally {
      s3.destroy();
    }
    const { outcomes, others } = jobLines(lines);
    const [metrics, log] = others;
    expect(metrics).toMatchObject({ BackupVerificationFailed: 0, VerifiedEntries: 20 });
    expect(log).toMatchObject({ level: "info", msg: "backup verification", passed: true });
    expect(outcomes).toEqual([succeeded("verification")]);
  });

  it("fails a backup it cannot restore, and counts a run that cannot start as failed", async () => {
    const lines: string[] = [];
    const refused = await runVerification(scratch, (line) => lines.push(line)); // the scratch is not empty now
    expect(refused).toMatchObject({ passed: false, error: expect.stringMatching(/the target holds 2 key/) });
    await scratch.flushall();
    const bucket = process.env.SLUICE_BACKUP_BUCKET;
    process.env.SLUICE_BACKUP_BUCKET = "no-such-bucket";
    try {
      await expect(runVerification(scratch, (line) => lines.push(line))).rejects.toThrow();
    } finally {
      process.env.SLUICE_BACKUP_BUCKET = bucket;
    }
    const { outcomes, others } = jobLines(lines);
    expect(others.filter((record) => record._aws).map((m) => m.BackupVerificationFailed)).toEqual([1, 1]);
    // A backup that does not restore is the job's finding (BackupVerificationFailed); a run that cannot start fails.
    expect(outcomes).toEqual([succeeded("verification"), failed("verification")]);
  });
});

describe("BackupRetention job (functions/jobs/backup-retention.ts)", () => {
  it("keeps what the policy of its environment keeps", async () => {
    const s3 = new S3Client(s3Server.client());
    const first = (await loadManifest(new BackupStore({ client: s3, bucket: "backups" }))).id;
    s3.destroy();
    await runSnapshot(() => undefined);
    const lines: string[] = [];
    const report = await runBackupRetention((line) => lines.push(line), {
      ...process.env,
      SLUICE_BACKUP_KEEP_COUNT: "1",
    });
    // The first snapshot's last verification failed (the test above), so only the newest is kept.
    expect(report).toMatchObject({ kept: 1, deletedSnapshots: [first], newestVerified: null });
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      RetentionKeptSnapshots: 1,
      RetentionDeletedSnapshots: 1,
    });
    await expect(
      runBackupRetention((line) => lines.push(line), { ...process.env, SLUICE_BACKUP_KEEP_DAYS: "x" }),
    ).rejects.toThrow(/SLUICE_BACKUP_KEEP_DAYS must be a positive integer/);
    expect(jobLines(lines).outcomes).toEqual([succeeded("backupRetention"), failed("backupRetention")]);
  });
});

describe("the verification as the launcher runs it: a process of its own per run (scripts/launcher/verification-task.ts)", () => {
  it("passes with the task's lines in the log, and throws when the task cannot run", async () => {
    const lines: string[] = [];
    const run = await runVerificationTask((line) => lines.push(line));
    expect(run.notices).toEqual([
      expect.stringMatching(/^backup verification \(task pid \d+\): passed \(\d+ ms\)$/),
    ]);
    const { outcomes, others } = jobLines(lines);
    expect(others.find((line) => line.msg === "backup verification")).toMatchObject({
      passed: true,
      entries: 21, // the newest snapshot, taken by the retention test above
    });
    expect(outcomes).toEqual([succeeded("verification")]);
    const bucket = process.env.SLUICE_BACKUP_BUCKET;
    process.env.SLUICE_BACKUP_BUCKET = "no-such-bucket";
    try {
      await expect(runVerificationTask(() => undefined)).rejects.toThrow(/could not run: exit 2/);
    } finally {
      process.env.SLUICE_BACKUP_BUCKET = bucket;
    }
  });
});

describe("backup configuration", () => {
  const env = { SLUICE_REDIS_URL: "redis://127.0.0.1:6390" };
  it("takes the linked bucket over SLUICE_BACKUP_BUCKET, and a prefix that ends with /", () => {
    expect(loadBackupConfig({ ...env, SLUICE_BACKUP_PREFIX: "redis/" }, null, "linked")).toMatchObject({
      bucket: "linked",
      prefix: "redis/",
      s3Endpoint: undefined,
    });
  });

  it.each([
    [{}, /SLUICE_BACKUP_BUCKET is not set and no Backups bucket is linked/],
    [{ SLUICE_BACKUP_BUCKET: "b", SLUICE_BACKUP_PREFIX: "redis" }, /SLUICE_BACKUP_PREFIX must end with "\/"/],
  ])("rejects %j", (extra, message) => {
    expect(() => loadBackupConfig({ ...env, ...extra }, null, null)).toThrow(InvalidInputError);
    expect(() => loadBackupConfig({ ...env, ...extra }, null, null)).toThrow(message);
  });
});
