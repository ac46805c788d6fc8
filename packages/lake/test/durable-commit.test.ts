// A durable lake writer run against a primary whose replica can fall behind and be promoted (replication-link.ts):
// each range record is confirmed before its entries reach a file and each commit before the trim, so a failover
// never makes the lake write a row twice; without durability, the same failover does.
import { S3Client } from "@aws-sdk/client-s3";
import {
  BUCKET,
  drainToS3,
  groupCursor,
  H10,
  type KitDrainOptions,
  lakeIds,
  listKeys,
  mixedEvents,
  produce,
} from "@sluice/lake/testing";
import { type RedisClient, streamKeys } from "@sluice/streams";
import { type S3Server, startS3Server } from "@sluice/testing";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ReplicationLink, startReplicationLink } from "./replication-link.ts";

const WAIT_MS = 300;
/** Scheduling on a busy 2-core machine: what a run may take beyond the WAIT before the test calls it hung. */
const SLACK_MS = 2000;
/**
 * A short lock: the promoted replica keeps the lock of the run its failover cut short until it expires. Not shorter:
 * at 500 ms a run on the loaded CI machine lost its own lock between two renewals (LOCKLOST at its commit).
 */
const LOCK_TTL_MS = 3000;
const plain = { chunkEntries: 100, threads: 1, lockTtlMs: LOCK_TTL_MS } satisfies KitDrainOptions;
const durable = { ...plain, durable: { timeoutMs: WAIT_MS } } satisfies KitDrainOptions;
/** Events after the first 300 of mixedEvents, in the same hour: the same files would take them. */
const LATER = H10 + 60_000;

let s3Server: S3Server;
let s3: S3Client;
let link: ReplicationLink;

beforeAll(async () => {
  s3Server = await startS3Server({ buckets: [BUCKET] });
  s3 = new S3Client(s3Server.client());
});

afterAll(async () => {
  s3?.destroy();
  await s3Server?.stop();
});

afterEach(async () => {
  await link?.stop();
});

const drain = (client: RedisClient, stream: string, options: KitDrainOptions) =>
  drainToS3(client, s3, stream, options);

/** Stream ids in the lake that more than one file holds. */
async function duplicated(stream: string): Promise<string[]> {
  return [...(await lakeIds(s3, stream))].filter(([, files]) => files > 1).map(([id]) => id);
}

describe("durable lake writer across a failover", () => {
  it("confirms each commit on the replica, and trims what it wrote", async () => {
    link = await startReplicationLink();
    const stream = uniqueStream("durable");
    const ids = await produce(link.client, stream, mixedEvents(300));
    const report = await drain(link.client, stream, durable);
    expect(report).toMatchObject({ stoppedBy: "drained", rows: 300, trimmed: 300 });
    expect(report.unreplicated).toBeUndefined();
    expect(await groupCursor(link.onReplica, stream)).toBe(ids.at(-1));
  });

  it("a commit no replica confirms: the run stops unreplicated untrimmed; after the promotion the next run rewrites the same files, no row twice", async () => {
    link = await startReplicationLink();
    const stream = uniqueStream("durable");
    const ids = await produce(link.client, stream, mixedEvents(300));
    let cutAt = 0;
    const report = await drain(link.client, stream, {
      ...durable,
      // Every range record is confirmed by now: the replica loses the commit only.
      beforeFileCommit: () => {
        if (cutAt > 0) return;
        link.cut();
        cutAt = Date.now();
      },
    });
    // From the cut to the run's end: the files' commits, the commit and one WAIT.
    expect(report.startedAt + report.durationMs - cutAt).toBeLessThan(WAIT_MS + SLACK_MS);
    expect(report).toMatchObject({ stoppedBy: "unreplicated", rows: 300, trimmed: 0 });
    expect(report.unreplicated).toMatch(
      /^the commit of .* was made but is not yet replicated: 0 of 1 replicas/,
    );
    expect(await link.client.xlen(streamKeys(stream).stream)).toBe(300);
    const firstKeys = await listKeys(s3, `${stream}/type=`);

    const promoted = await link.promote();
    expect(await groupCursor(promoted, stream)).toBe("0-0"); // the commit is lost, its range record is not
    await lockExpired(promoted, stream);
    const more = await produce(promoted, stream, mixedEvents(50, LATER));
    const next = await drain(promoted, stream, durable);
    expect(next).toMatchObject({ stoppedBy: "drained", rows: 350, trimmed: 350 });
    expect(next.segments[0]).toMatchObject({ recovered: true, to: ids.at(-1) });
    expect(await listKeys(s3, `${stream}/type=`)).toEqual(expect.arrayContaining(firstKeys));
    expect((await lakeIds(s3, stream)).size).toBe(350);
    expect(await duplicated(stream)).toEqual([]);
    expect(await groupCursor(promoted, stream)).toBe(more.at(-1));
  });

  it("a range record no replica confirms: the run stops before any file; after the promotion every row is written once", async () => {
    link = await startReplicationLink();
    const stream = uniqueStream("durable");
    await produce(link.client, stream, mixedEvents(300));
    await waitForReplica(link, stream, 300);
    link.cut();
    const report = await drain(link.client, stream, durable);
    expect(report.durationMs).toBeLessThan(WAIT_MS + SLACK_MS);
    expect(report).toMatchObject({ stoppedBy: "unreplicated", rows: 0, trimmed: 0, segments: [] });
    expect(report.unreplicated).toMatch(/segment after 0-0 up to .*: not yet replicated/);
    expect(await listKeys(s3, `${stream}/`)).toEqual([]);

    const promoted = await link.promote();
    await produce(promoted, stream, mixedEvents(50, LATER));
    expect(await drain(promoted, stream, durable)).toMatchObject({ stoppedBy: "drained", rows: 350 });
    expect((await lakeIds(s3, stream)).size).toBe(350);
    expect(await duplicated(stream)).toEqual([]);
  });

  it("without durability the same failover writes rows twice: the commit and the range record are lost, and the next segment ends elsewhere", async () => {
    link = await startReplicationLink();
    const stream = uniqueStream("plain");
    await produce(link.client, stream, mixedEvents(300));
    await waitForReplica(link, stream, 300);
    link.cut();
    expect(await drain(link.client, stream, plain)).toMatchObject({ stoppedBy: "drained", trimmed: 300 });

    const promoted = await link.promote();
    await produce(promoted, stream, mixedEvents(50, LATER));
    expect(await drain(promoted, stream, plain)).toMatchObject({ stoppedBy: "drained", rows: 350 });
    expect(await duplicated(stream)).toHaveLength(300);
  });
});

async function waitForReplica(link: ReplicationLink, stream: string, length: number): Promise<void> {
  await waitFor(async () => (await link.onReplica.xlen(streamKeys(stream).stream)) === length, {
    what: "the entries on the replica",
  });
}

/** The cut-short run's lock, lost with it on the old primary, kept on the promoted replica until it expires. */
async function lockExpired(client: RedisClient, stream: string): Promise<void> {
  await waitFor(async () => (await client.exists(streamKeys(stream).lock("lake"))) === 0, {
    what: "the lock of the cut-short run expired",
  });
}
