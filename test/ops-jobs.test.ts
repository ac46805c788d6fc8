// The operations jobs' Lambda handlers end to end: a real redis-server and a local S3 server; the ElastiCache API
// is stubbed at the SDK boundary (the client's send) for the native snapshot.

import {
  CopySnapshotCommand,
  CreateSnapshotCommand,
  DescribeSnapshotsCommand,
  type Snapshot,
} from "@aws-sdk/client-elasticache";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { ReportStore } from "@sluice/ops";
import { type S3Server, startS3Server } from "@sluice/testing";
import { useRedisServer } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOpsConfig } from "../functions/config/ops.ts";
import { runCapacityReport } from "../functions/jobs/capacity-report.ts";
import { runMemoryAudit } from "../functions/jobs/memory-audit.ts";
import { runNativeSnapshot } from "../functions/jobs/native-snapshot.ts";
import { disconnect } from "../functions/shared/lazy-clients.ts";
import { elastiCache } from "../functions/shared/ops-clients.ts";
import { failed, jobLines, succeeded } from "./support/job-lines.ts";

const redis = useRedisServer({ maxmemory: "64mb", maxmemoryPolicy: "allkeys-lru" });
let s3Server: S3Server;
let s3: S3Client;
const reports = () => new ReportStore({ client: s3, bucket: "reports" });
const readObject = async (key: string) => {
  const { Body } = await s3.send(new GetObjectCommand({ Bucket: "reports", Key: key }));
  return (await Body?.transformToString()) ?? "";
};

beforeAll(async () => {
  s3Server = await startS3Server({ buckets: ["reports", "exports"] });
  s3 = new S3Client(s3Server.client());
  Object.assign(process.env, {
    SLUICE_REDIS_URL: `redis://127.0.0.1:${redis.redis.port}`,
    SLUICE_REPORTS_BUCKET: "reports",
    SLUICE_REDIS_REPLICATION_GROUP: "sluice-prod-redis",
    SLUICE_REDIS_NODE_TYPE: "cache.t4g.small",
    SLUICE_SNAPSHOT_EXPORT_BUCKET: "exports",
    SLUICE_S3_ENDPOINT: s3Server.endpoint,
    AWS_ACCESS_KEY_ID: s3Server.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3Server.credentials.secretAccessKey,
    AWS_REGION: s3Server.region,
  });
});
afterAll(async () => {
  await disconnect();
  s3?.destroy();
  await s3Server?.stop();
});

describe("MemoryAudit job (functions/jobs/memory-audit.ts)", () => {
  it("writes its report and summary to the Reports bucket, with the figures as metrics", async () => {
    for (let i = 0; i < 50; i++) await redis.client.xadd("sluice:{audit}", "*", "t", "e", "d", String(i));
    await redis.client.xgroup("CREATE", "sluice:{audit}", "g", "0");
    const lines: string[] = [];
    const report = await runMemoryAudit((line) => lines.push(line));
    expect(report.streams.map((s) => s.key)).toEqual(["sluice:{audit}"]);
    const latest = JSON.parse(await readObject(reports().latestKey("memory-audit")));
    expect(latest).toEqual(JSON.parse(JSON.stringify(report)));
    expect(await readObject(reports().latestKey("memory-audit").replace(/json$/, "txt"))).toContain(
      "sluice:{audit}",
    );
    const { outcomes, others: records } = jobLines(lines);
    expect(outcomes).toEqual([succeeded("memoryAudit")]);
    const [global, perStream] = records.filter((r) => r._aws);
    expect(global).toMatchObject({ EvictionExposedStreams: 1, EvictedKeys: 0 });
    expect(global.MemoryUsedPercent).toBeGreaterThan(0);
    expect(perStream).toMatchObject({ Stream: "sluice:{audit}" });
    expect(perStream.StreamBytes).toBe(report.streams[0]?.bytes);
    // allkeys-lru exposes the stream: a critical finding, logged as an error.
    expect(records.at(-1)).toMatchObject({ level: "error", msg: "memory audit" });
  });
});

describe("CapacityReport job (functions/jobs/capacity-report.ts)", () => {
  it("reports from the audit's samples, sized for the configured node type", async () => {
    const lines: string[] = [];
    const report = await runCapacityReport((line) => lines.push(line), {
      ...process.env,
      SLUICE_CAPACITY_HORIZON_DAYS: "30",
    });
    expect(report.window.samples).toBe(1);
    expect(report.recommendation).toMatchObject({ horizonDays: 30, shards: { nodeType: "cache.t4g.small" } });
    expect(await readObject(reports().latestKey("capacity").replace(/json$/, "txt"))).toContain(
      "cache.t4g.small",
    );
    const { outcomes, others } = jobLines(lines);
    expect(others.at(-1)).toMatchObject({ msg: "capacity report" });
    expect(outcomes).toEqual([succeeded("capacityReport")]);
  });
});

describe("NativeSnapshot job (functions/jobs/native-snapshot.ts)", () => {
  it("creates the day's snapshot, exports yesterday's once, and reports", async () => {
    const yesterday = new Date(Date.now() - 86_400_000);
    const snapshots: Snapshot[] = [
      {
        SnapshotName: `sluice-sluice-prod-redis-${yesterday.toISOString().slice(0, 10).replace(/-/g, "")}-0330`,
        SnapshotStatus: "available",
        SnapshotSource: "manual",
        ReplicationGroupId: "sluice-prod-redis",
        NodeSnapshots: [{ SnapshotCreateTime: yesterday }],
      },
    ];
    const calls: string[] = [];
    // The client the jobs get (opened on first use, then shared).
    const elasticache = elastiCache();
    elasticache.send = (async (command: unknown) => {
      if (command instanceof DescribeSnapshotsCommand) return { Snapshots: snapshots };
      if (command instanceof CreateSnapshotCommand) {
        calls.push(`create ${command.input.SnapshotName}`);
        const snapshot = {
          ...snapshots[0],
          SnapshotName: command.input.SnapshotName,
          SnapshotStatus: "creating",
        };
        snapshots.push(snapshot);
        return { Snapshot: snapshot };
      }
      if (command instanceof CopySnapshotCommand) {
        calls.push(`export ${command.input.SourceSnapshotName} to ${command.input.TargetBucket}`);
        // What ElastiCache writes into the bucket.
        await s3.send(
          new PutObjectCommand({
            Bucket: "exports",
            Key: `${command.input.TargetSnapshotName}-0001.rdb`,
            Body: "rdb",
          }),
        );
        return {};
      }
      throw new Error(`unexpected ${(command as object).constructor.name}`);
    }) as typeof elasticache.send;

    const lines: string[] = [];
    const first = await runNativeSnapshot((line) => lines.push(line));
    expect(first.created).toMatch(/^sluice-sluice-prod-redis-\d{8}-\d{4}$/);
    expect(first.exported).toEqual([snapshots[0]?.SnapshotName]);
    const stored = JSON.parse(await readObject(reports().latestKey("native-snapshot")));
    expect(stored).toMatchObject({ created: first.created, exported: first.exported });
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      NativeSnapshotCreated: 1,
      NativeSnapshotProblems: 0,
    });
    expect(jobLines(lines).outcomes).toEqual([succeeded("nativeSnapshot")]);

    // A second run the same day: today's is still creating, yesterday's is in the bucket already.
    const second = await runNativeSnapshot(() => undefined);
    expect(second).toMatchObject({ created: null, skipped: { reason: "in_progress" }, exported: [] });
    expect(calls).toEqual([`create ${first.created}`, `export ${snapshots[0]?.SnapshotName} to exports`]);
  });

  it("is for ElastiCache only: without a replication group it says so", async () => {
    await disconnect();
    process.env.SLUICE_REDIS_REPLICATION_GROUP = "";
    try {
      expect(loadOpsConfig(process.env, null, null)).toMatchObject({ replicationGroupId: null });
      const lines: string[] = [];
      await expect(runNativeSnapshot((line) => lines.push(line))).rejects.toThrow(
        /SLUICE_REDIS_REPLICATION_GROUP is not set: the native snapshot is for an ElastiCache replication group/,
      );
      expect(jobLines(lines).outcomes).toEqual([failed("nativeSnapshot")]);
    } finally {
      process.env.SLUICE_REDIS_REPLICATION_GROUP = "sluice-prod-redis";
    }
  });
});
