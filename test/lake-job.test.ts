import { utimes } from "node:fs/promises";
import { join } from "node:path";
import {
  CreateMultipartUploadCommand,
  ListMultipartUploadsCommand,
  PutObjectCommand,
} from "@aws-sdk/client-s3";
import { LAKE_STREAMS, STAGING_EXPIRY_DAYS, STAGING_SUFFIX, stagingPrefix } from "@sluice/lake";
import { BUCKET, getObject, groupCursor, lakeIds, listKeys, produce, useLakeKit } from "@sluice/lake/testing";
import { AlarmBoard, MetricStore } from "@sluice/observability";
import { InvalidInputError, idTime, streamKeys } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { afterEach, describe, expect, it } from "vitest";
import { loadLakeConfig } from "../functions/config/lake.ts";
import { handler, runLakeWriter } from "../functions/jobs/lake-writer.ts";
import { disconnect } from "../functions/shared/lazy-clients.ts";
import { defaults } from "../infra/stages.ts";
import { bskyEvents } from "./support/bsky-events.ts";
import { jobLines, succeeded } from "./support/job-lines.ts";

const kit = useLakeKit();
const REDIS = { SLUICE_REDIS_URL: "redis://127.0.0.1:6390" };

function configError(env: Record<string, string>): string {
  try {
    loadLakeConfig({ ...REDIS, SLUICE_LAKE_BUCKET: "lake", ...env }, null, null);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ code: "config.invalid_environment" });
    return (error as Error).message;
  }
  throw new Error("expected loadLakeConfig to throw");
}

/** Points the job's own config loader (process.env, as in Lambda) at this file's Redis and S3 server. */
function useJobEnvironment(streams: string[]): void {
  Object.assign(process.env, {
    SLUICE_REDIS_URL: `redis://127.0.0.1:${kit.redis.port}`,
    SLUICE_LAKE_BUCKET: "lake",
    SLUICE_S3_ENDPOINT: kit.s3Server.endpoint,
    SLUICE_LAKE_STREAMS: streams.join(","),
    AWS_ACCESS_KEY_ID: kit.s3Server.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: kit.s3Server.credentials.secretAccessKey,
    AWS_REGION: kit.s3Server.region,
  });
}

afterEach(() => disconnect());

describe("LakeWriter job (functions/jobs/lake-writer.ts)", () => {
  it("drains every configured stream with encoder threads started from the handler module itself", async () => {
    const streams = [uniqueStream("job"), uniqueStream("job")];
    const ids = await Promise.all(
      streams.map((s, i) => produce(kit.client, s, bskyEvents(1500 + i, `job${i}`))),
    );
    useJobEnvironment(streams);
    const lines: string[] = [];
    const runs = await runLakeWriter(
      { awsRequestId: "req-1", getRemainingTimeInMillis: () => 60_000 },
      (line) => lines.push(line),
    );
    expect(runs.map((r) => [r.stream, r.stoppedBy, r.rows])).toEqual([
      [streams[0], "drained", 1500],
      [streams[1], "drained", 1501],
    ]);
    for (const [i, stream] of streams.entries()) {
      expect((await lakeIds(kit.s3, stream)).size).toBe(ids[i]?.length);
      expect(await groupCursor(kit.client, stream)).toBe(ids[i]?.at(-1));
      const manifest = JSON.parse((await getObject(kit.s3, runs[i]?.manifest as string)).toString());
      expect(manifest).toMatchObject({ runId: "lake-req-1", stream, rows: ids[i]?.length });
    }
    const { outcomes, others } = jobLines(lines);
    expect(outcomes).toEqual([succeeded("lakeWriter")]);
    const metrics = others.filter((record) => record._aws);
    expect(metrics.map((m) => [m.Stream, m.Group, m.LakeEventsWritten, m.EntriesDeadLettered])).toEqual([
      [streams[0], "lake", 1500, 0],
      [streams[1], "lake", 1501, 0],
    ]);
    expect(metrics[0]._aws.CloudWatchMetrics[0].Metrics.map((m: { Name: string }) => m.Name)).toEqual([
      "LakeEventsWritten",
      "LakeBytesWritten",
      "LakeFilesWritten",
      "EntriesDeadLettered",
      "EntriesTrimmed",
      "LagAgeMs",
      "LakeRunDurationMs",
      "LakeRunFailures",
      "LakeRunLocked",
      "LakeRunUnreplicated",
      "LakeSegmentAttempts",
    ]);
    expect(others.at(-1)).toMatchObject({ level: "info", msg: "lake writer run" });
  });

  it("against a local S3 server, removes staging leftovers older than the Lake bucket's lifecycle rule", async () => {
    const stream = uniqueStream("job");
    const [old, young, cut] = ["old", "young", "cut"].map(
      (n) => `${stagingPrefix(stream)}${n}${STAGING_SUFFIX}`,
    );
    for (const key of [old, young]) {
      await kit.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: "x" }));
    }
    const { UploadId } = await kit.s3.send(new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: cut }));
    // Aged as a dead run's leftovers are: the local server dates objects and uploads by their files.
    const aged = new Date(Date.now() - (STAGING_EXPIRY_DAYS + 1) * 86_400_000);
    const bucketDir = join(kit.s3Server.dir, BUCKET);
    await utimes(join(bucketDir, `${old}._S3rver_object`), aged, aged);
    await utimes(join(bucketDir, "._S3rver_uploads", UploadId as string, "key"), aged, aged);
    useJobEnvironment([stream]);
    const lines: string[] = [];
    await runLakeWriter({ awsRequestId: "req-sweep", getRemainingTimeInMillis: () => 60_000 }, (line) =>
      lines.push(line),
    );
    expect(await listKeys(kit.s3, stagingPrefix(stream))).toEqual([young]);
    const left = await kit.s3.send(
      new ListMultipartUploadsCommand({ Bucket: BUCKET, Prefix: stagingPrefix(stream) }),
    );
    expect(left.Uploads ?? []).toEqual([]);
    const summary = jobLines(lines).others.at(-1);
    expect(summary.staging.objects).toBeGreaterThanOrEqual(1);
    expect(summary.staging.uploads).toBeGreaterThanOrEqual(1);
  });

  it("stops by the invocation's remaining time, less the early margin", async () => {
    const stream = uniqueStream("job");
    await produce(kit.client, stream, bskyEvents(100, "job-time"));
    useJobEnvironment([stream]);
    // 1.5 s left and a 1.5 s margin: no time to start a segment.
    const [run] = await handler({}, { awsRequestId: "req-2", getRemainingTimeInMillis: () => 1500 });
    expect(run).toMatchObject({ stoppedBy: "budget", rows: 0, manifest: undefined });
    expect(await kit.client.exists(streamKeys(stream).lock("lake"))).toBe(0);
  });
});

describe("LakeWriter job: a stream whose lock another run holds", () => {
  const PERIOD = 300_000;

  it("is a locked run, not a success: JobLocked, LakeRunLocked 1 and the stream's real lag age", async () => {
    const [held, free] = [uniqueStream("job"), uniqueStream("job")];
    const [ids] = await Promise.all(
      [held, free].map((s, i) => produce(kit.client, s, bskyEvents(50, `lk${i}`))),
    );
    await kit.client.set(streamKeys(held).lock("lake"), "another-run", "PX", 60_000);
    useJobEnvironment([held, free]);
    const lines: string[] = [];
    const before = Date.now();
    const runs = await runLakeWriter(
      { awsRequestId: "req-locked", getRemainingTimeInMillis: () => 60_000 },
      (line) => lines.push(line),
    );
    expect(runs.map((r) => [r.stream, r.stoppedBy, r.rows])).toEqual([
      [held, "locked", 0],
      [free, "drained", 50],
    ]);
    const { outcomes, others } = jobLines(lines);
    expect(outcomes).toEqual([
      expect.objectContaining({ Job: "lakeWriter", JobLocked: 1, JobDurationMs: expect.any(Number) }),
    ]);
    expect(outcomes[0]).not.toHaveProperty("JobSucceeded");
    const metrics = others.filter((record) => record._aws);
    expect(metrics.map((m) => [m.Stream, m.LakeRunLocked])).toEqual([
      [held, 1],
      [free, 0],
    ]);
    expect(metrics[0].LagAgeMs).toBeGreaterThanOrEqual(before - idTime(ids?.[0] as string));
    expect(await kit.client.get(streamKeys(held).lock("lake"))).toBe("another-run");
  });

  it("trips LakeWriterLocked when runs stay locked, and LakeWriterStale after 20 minutes; runs that drain clear both", async () => {
    const stream = uniqueStream("job");
    await produce(kit.client, stream, bskyEvents(20, "lk-alarm"));
    useJobEnvironment([stream]);
    const store = new MetricStore();
    const board = new AlarmBoard(store);
    let now = Math.floor(Date.now() / PERIOD) * PERIOD;
    const state = (name: string) => board.entries().find((e) => e.name === name)?.state;
    /** One scheduled run in a simulated 5-minute period, its lines stamped with the period's start. */
    const period = async () => {
      await runLakeWriter({ awsRequestId: `req-${now}`, getRemainingTimeInMillis: () => 60_000 }, (line) => {
        const record = JSON.parse(line);
        if (!record._aws) return;
        record._aws.Timestamp = now + 1000;
        store.ingestLine(JSON.stringify(record));
      });
      now += PERIOD;
      board.evaluate(now + 1000);
    };
    await period(); // a success first: the freshness alarm starts from it
    const more = await produce(kit.client, stream, bskyEvents(20, "lk-alarm-2"));
    await kit.client.set(streamKeys(stream).lock("lake"), "another-run");
    await period();
    expect(state("LakeWriterLocked")).toBe("OK");
    await period();
    expect(state("LakeWriterLocked")).toBe("ALARM");
    expect(state("LakeWriterStale")).toBe("OK");
    await period();
    await period();
    expect(state("LakeWriterStale")).toBe("ALARM");
    await kit.client.del(streamKeys(stream).lock("lake"));
    await period();
    expect(state("LakeWriterStale")).toBe("OK");
    expect(state("LakeWriterLocked")).toBe("ALARM"); // 2 of the last 3 periods were locked
    await period();
    expect(state("LakeWriterLocked")).toBe("OK");
    expect(await groupCursor(kit.client, stream)).toBe(more.at(-1));
  });
});

describe("lake writer configuration", () => {
  it("has defaults, and takes the linked bucket over SLUICE_LAKE_BUCKET", () => {
    const config = loadLakeConfig({ ...REDIS }, null, "linked-lake");
    expect(config).toMatchObject({
      bucket: "linked-lake",
      group: "lake",
      budgetMs: 240_000,
      timeoutEarlyMs: 1500,
      partitionBy: "event",
      maxFileRows: 1_000_000,
      maxFileBytes: 268_435_456,
      s3Endpoint: undefined,
      durable: false,
    });
    expect(loadLakeConfig({ ...REDIS, SLUICE_LAKE_DURABILITY: "replicated" }, null, "lake").durable).toEqual(
      {},
    );
    expect(config.threads).toBeGreaterThanOrEqual(1);
  });

  it("drains every table family's streams by default, as every deployed stage does", () => {
    expect(loadLakeConfig({ ...REDIS }, null, "lake").streams).toEqual(LAKE_STREAMS);
    expect(defaults.lakeStreams).toEqual(LAKE_STREAMS);
  });

  it.each([
    [{ SLUICE_LAKE_BUCKET: "" }, /SLUICE_LAKE_BUCKET is not set and no Lake bucket is linked/],
    [{ SLUICE_LAKE_STREAMS: "bsky,Bad Name" }, /SLUICE_LAKE_STREAMS: Invalid stream name "Bad Name"/],
    [{ SLUICE_LAKE_STREAMS: "a,a" }, /names a stream twice/],
    [{ SLUICE_LAKE_GROUP: "no spaces" }, /SLUICE_LAKE_GROUP: Invalid group name/],
    [{ SLUICE_LAKE_BUDGET_MS: "soon" }, /SLUICE_LAKE_BUDGET_MS must be a positive integer, got "soon"/],
    [{ SLUICE_LAKE_PARTITION_BY: "ingest" }, /SLUICE_LAKE_PARTITION_BY must be "event" or "arrival"/],
    [{ SLUICE_LAKE_MAX_FILE_BYTES: String(2 * 1024 ** 3) }, /at most 1789569706 \(what keeps a file within/],
    [{ SLUICE_LAKE_THREADS: "0" }, /SLUICE_LAKE_THREADS must be a positive integer/],
    [{ SLUICE_LAKE_DURABILITY: "all" }, /SLUICE_LAKE_DURABILITY must be "replicated" or "none", got "all"/],
  ])("rejects %j", (env, expected) => {
    expect(configError(env)).toMatch(expected);
  });
});
