import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  analyzedFrame,
  BUCKET,
  bulkyLikes,
  getObject,
  groupCursor,
  H10,
  LANES,
  lakeEvent,
  lakeIds,
  listKeys,
  produce,
  queryLake,
  useLakeKit,
} from "@sluice/lake/testing";
import { emfSink } from "@sluice/observability";
import { type EntryInput, idTime, streamKeys } from "@sluice/streams";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { LOCK_GRACE_MS, STAGING_SUFFIX, stagingPrefix, writeLake } from "../src/index.ts";

const kit = useLakeKit();
const FIXTURE = fileURLToPath(new URL("./fixtures/crashing-writer.ts", import.meta.url));
const MiB = 1024 * 1024;

interface Crash {
  command: string;
  nth: number;
  when: "before" | "after";
}

/** Runs the crashing writer; resolves with the signal that ended it. */
function crashingWriter(
  stream: string,
  crash: Crash,
  extra: Record<string, unknown>,
): Promise<string | null> {
  const spec = { target: kit.redis.target, s3: kit.s3Server.client(), stream, crash, ...extra };
  return new Promise<string | null>((resolve) => {
    const child = execFile(process.execPath, [FIXTURE, JSON.stringify(spec)], (_error, _stdout, stderr) => {
      if (child.signalCode === null) console.error(`the crashing writer exited ${child.exitCode}: ${stderr}`);
      resolve(child.signalCode);
    });
  });
}

const lockExpired = (stream: string, timeoutMs?: number) =>
  waitFor(async () => (await kit.client.exists(streamKeys(stream).lock("lake"))) === 0, {
    what: "the crashed run's lock to expire",
    ...(timeoutMs && { timeoutMs }),
  });

/** Runs the crashing writer; resolves with the signal that ended it once its lock (500 ms) has expired. */
async function crashingRun(
  stream: string,
  crash: Crash,
  extra: Record<string, unknown> = {},
): Promise<string | null> {
  const signal = await crashingWriter(stream, crash, extra);
  await lockExpired(stream);
  return signal;
}

/** Every event in exactly one file of each table it feeds (`copies` of them), and nothing else there. */
async function expectExactlyOnce(stream: string, ids: string[], copies = 1): Promise<void> {
  const inLake = await lakeIds(kit.s3, stream);
  expect([...inLake.entries()].filter(([, n]) => n !== copies)).toEqual([]);
  expect(inLake.size).toBe(ids.length);
  expect(new Set(inLake.keys())).toEqual(new Set(ids));
  expect(await groupCursor(kit.client, stream)).toBe(ids.at(-1));
  expect(await kit.client.exists(streamKeys(stream).segment("lake"))).toBe(0);
}

const likes = (count: number, from = 0): EntryInput[] =>
  Array.from({ length: count }, (_, i) => lakeEvent("bsky.like", H10 + from + i, from + i));
const follows = (count: number, from = 0): EntryInput[] =>
  Array.from({ length: count }, (_, i) => lakeEvent("bsky.follow", H10 + from + i, from + i));
const frames = (count: number, from: number): EntryInput[] =>
  Array.from({ length: count }, (_, i) =>
    analyzedFrame("cam-crash", H10 + from + i, from + i, LANES.slice(0, 1)),
  );

/**
 * Each family's entries for the crash scenario both run, all in one hour, filling two tables (each entry in `copies`
 * of them: a Bluesky event in its type's, a frame with one region in camera_frames and camera_roi). Recovery knows
 * tables only through LakeTable, so the other scenarios run on the Bluesky tables alone; the camera family adds the
 * one where a single entry feeds two tables and the rewrite must come out byte for byte the same.
 */
const FAMILIES = [
  {
    family: "Bluesky",
    twoTables: (count: number, from = 0) => [...likes(count * 0.75, from), ...follows(count * 0.25, from)],
    copies: 1,
  },
  { family: "camera", twoTables: (count: number, from = 0) => frames(count, from), copies: 2 },
];
const [BLUESKY] = FAMILIES as [(typeof FAMILIES)[0]];

describe.each(FAMILIES)("$family tables: a crash between the uploads and the commit", (family) => {
  it("after every file is uploaded, before the commit: the next run rewrites the same keys", async () => {
    const stream = uniqueStream("crash");
    const ids = await produce(kit.client, stream, family.twoTables(4000));
    expect(await crashingRun(stream, { command: "PutObjectCommand", nth: 2, when: "after" })).toBe("SIGKILL");
    const uploaded = await listKeys(kit.s3, `${stream}/`);
    expect(uploaded).toHaveLength(2);
    const bytes = await Promise.all(uploaded.map((key) => getObject(kit.s3, key)));
    expect(await groupCursor(kit.client, stream)).toBe("0-0");
    // More entries arrive meanwhile: the recovered segment still ends where the crashed one did.
    const more = await produce(kit.client, stream, family.twoTables(500, 10_000));
    const report = await kit.drain(stream);
    expect(report.segments.map((s) => s.recovered)).toEqual([true, false]);
    expect((await listKeys(kit.s3, `${stream}/`)).filter((key) => uploaded.includes(key))).toEqual(uploaded);
    expect(await Promise.all(uploaded.map((key) => getObject(kit.s3, key)))).toEqual(bytes);
    await expectExactlyOnce(stream, [...ids, ...more], family.copies);
  });
});

describe("Bluesky tables: lake writer crashes: no loss, no duplicate", () => {
  it("before the first upload: nothing in S3, the next run writes it all", async () => {
    const stream = uniqueStream("crash");
    const ids = await produce(kit.client, stream, BLUESKY.twoTables(4000));
    expect(await crashingRun(stream, { command: "PutObjectCommand", nth: 1, when: "before" })).toBe(
      "SIGKILL",
    );
    expect(await listKeys(kit.s3, `${stream}/`)).toEqual([]);
    expect(await groupCursor(kit.client, stream)).toBe("0-0");
    const report = await kit.drain(stream);
    expect(report.segments[0]?.recovered).toBe(true);
    await expectExactlyOnce(stream, ids, BLUESKY.copies);
  });

  it("after files rolled mid-segment were committed: the rewrite makes the same files with the recorded layout", async () => {
    const stream = uniqueStream("crash");
    const ids = await produce(kit.client, stream, likes(5000));
    expect(
      await crashingRun(
        stream,
        { command: "PutObjectCommand", nth: 3, when: "after" },
        { layout: { maxFileRows: 400 } },
      ),
    ).toBe("SIGKILL");
    const before = await listKeys(kit.s3, `${stream}/`);
    expect(before).toHaveLength(3);
    // Deployed meanwhile with another file size: the recovered segment keeps the layout it was begun with.
    const report = await kit.drain(stream, { layout: { maxFileRows: 1000 } });
    expect(report.segments.map((s) => [s.recovered, s.attempts])).toEqual([[true, 1]]);
    expect(report.attempts).toBe(1);
    const after = await listKeys(kit.s3, `${stream}/type=`);
    expect(after).toHaveLength(13);
    expect(after.filter((key) => before.includes(key))).toEqual(before);
    await expectExactlyOnce(stream, ids);
  });
});

describe("lake writer crashes during a large file's upload: no partial file", () => {
  it.each([
    ["after the first part of a multipart upload", { command: "UploadPartCommand", nth: 1, when: "after" }],
    [
      "after the multipart upload completed, before the copy",
      { command: "CopyObjectCommand", nth: 1, when: "before" },
    ],
  ] as const)("%s: no partial file, the next run writes it whole", async (_, crash) => {
    const stream = uniqueStream("crash");
    const ids = await produce(kit.client, stream, bulkyLikes(80_000));
    const spec = { partBytes: 5 * MiB, layout: { zstdLevel: 1, rowGroupRows: 10_000 } };
    expect(await crashingRun(stream, crash, spec)).toBe("SIGKILL");
    expect(await listKeys(kit.s3, `${stream}/`)).toEqual([]);
    const staged = await listKeys(kit.s3, stagingPrefix(stream));
    expect(staged.every((key) => key.endsWith(STAGING_SUFFIX))).toBe(true);
    await kit.drain(stream, spec);
    await expectExactlyOnce(stream, ids);
    // The leftover stays until the lifecycle rule (or the sweep) removes it; a reader globbing every Parquet file of
    // the bucket does not see it.
    expect((await listKeys(kit.s3, stagingPrefix(stream))).filter((key) => staged.includes(key))).toEqual(
      staged,
    );
    const [all] = await queryLake(
      kit.s3,
      [`${stream}/`, stagingPrefix(stream)],
      `SELECT count(*) AS n FROM read_parquet('{lake}/**/*.parquet', union_by_name = true)`,
    );
    expect(Number(all?.n)).toBe(ids.length);
  });
});

describe("a crashed lake writer's lock passes to the next run", () => {
  it("the next run within the lock's TTL is locked (its lag measured), after it takes over: every entry once", async () => {
    const stream = uniqueStream("crash");
    const ids = await produce(kit.client, stream, likes(3000));
    // Renewed every third of 20 s: at least 13 s of it are left when the crashed process is gone.
    const lockTtlMs = 20_000;
    const crash = { command: "PutObjectCommand", nth: 1, when: "after" } as const;
    expect(await crashingWriter(stream, crash, { lockTtlMs })).toBe("SIGKILL");
    const lock = streamKeys(stream).lock("lake");
    const before = Date.now();
    const locked = await kit.drain(stream, { runId: "next" });
    expect(locked).toMatchObject({ stoppedBy: "locked", rows: 0, segments: [] });
    // The stream's real lag: its oldest entry is still not in the lake.
    expect(locked.lagAgeMs).toBeGreaterThanOrEqual(before - idTime(ids[0] as string));
    expect(await kit.client.get(lock)).toBe("crashing");
    await lockExpired(stream, lockTtlMs + 10_000);
    const report = await kit.drain(stream, { runId: "after" });
    expect(report.stoppedBy).toBe("drained");
    expect(report.segments.map((s) => [s.recovered, s.attempts])).toEqual([[true, 1]]);
    expect(report.lagAgeMs).toBe(0);
    await expectExactlyOnce(stream, ids);
  });

  it("a run's lock lasts 30 s past its deadline at the latest, whatever its TTL", async () => {
    const stream = uniqueStream("lock");
    await produce(kit.client, stream, likes(10));
    const ttls: number[] = [];
    const lock = streamKeys(stream).lock("lake");
    const deadline = Date.now() + 20_000;
    const onCommit = async () => void ttls.push(await kit.client.pttl(lock));
    await kit.drain(stream, { deadline, lockTtlMs: 600_000, onCommit });
    expect(ttls).toHaveLength(1);
    expect(ttls[0]).toBeGreaterThan(0);
    expect(ttls[0]).toBeLessThanOrEqual(20_000 + LOCK_GRACE_MS);
  });
});

describe("a killed run's manifest is marked abandoned by the next run", () => {
  const manifests = async (stream: string) =>
    Promise.all(
      (await listKeys(kit.s3, `${stream}/_manifests/`)).map(async (key) =>
        JSON.parse((await getObject(kit.s3, key)).toString()),
      ),
    );
  const writeOnce = (stream: string, runId: string) =>
    writeLake({
      ...{ redis: kit.client, s3: kit.s3, bucket: BUCKET, streams: [stream], runId, threads: 1 },
      ...{ deadline: Date.now() + 60_000, metrics: emfSink(() => undefined) },
    });

  it("killed after its commit, before its last manifest: `running` becomes `abandoned`, a finished one stays", async () => {
    const stream = uniqueStream("crash");
    const ids = await produce(kit.client, stream, likes(1000));
    // Puts: the file, the manifest after the commit (running), the final manifest: killed before that one.
    const crash = { command: "PutObjectCommand", nth: 3, when: "before" } as const;
    expect(await crashingWriter(stream, crash, { writeLake: true })).toBe("SIGKILL");
    expect((await manifests(stream)).map((m) => [m.runId, m.stoppedBy, m.rows])).toEqual([
      ["crashing", "running", 1000],
    ]);
    const more = await produce(kit.client, stream, likes(10, 1000));
    const [next] = await writeOnce(stream, "next");
    expect(next).toMatchObject({ stoppedBy: "drained", rows: 10 });
    const marked = await manifests(stream);
    expect(marked.map((m) => [m.runId, m.stoppedBy])).toEqual([
      ["crashing", "abandoned"],
      ["next", "drained"],
    ]);
    expect(marked[0]).toMatchObject({ rows: 1000, abandoned: { by: "next", at: expect.any(String) } });
    // The next run finds a finished manifest on record: it is left as it is.
    const [third] = await writeOnce(stream, "third");
    expect(third?.stoppedBy).toBe("drained");
    expect((await manifests(stream)).map((m) => m.stoppedBy)).toEqual(["abandoned", "drained"]);
    expect(await kit.client.exists(streamKeys(stream).run("lake"))).toBe(0);
    await expectExactlyOnce(stream, [...ids, ...more]);
  });
});
