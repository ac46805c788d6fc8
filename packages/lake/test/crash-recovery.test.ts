import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  analyzedFrame,
  bulkyLikes,
  getObject,
  groupCursor,
  H10,
  LANES,
  lakeEvent,
  lakeIds,
  listKeys,
  produce,
  useLakeKit,
} from "@sluice/lake/testing";
import { type EntryInput, streamKeys } from "@sluice/streams";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";

const kit = useLakeKit();
const FIXTURE = fileURLToPath(new URL("./fixtures/crashing-writer.ts", import.meta.url));
const MiB = 1024 * 1024;

interface Crash {
  command: string;
  nth: number;
  when: "before" | "after";
}

/** Runs the crashing writer; resolves with the signal that ended it once its lock (500 ms) has expired. */
async function crashingRun(
  stream: string,
  crash: Crash,
  extra: Record<string, unknown> = {},
): Promise<string | null> {
  const spec = { target: kit.redis.target, s3: kit.s3Server.client(), stream, crash, ...extra };
  const signal = await new Promise<string | null>((resolve) => {
    const child = execFile(process.execPath, [FIXTURE, JSON.stringify(spec)], (_error, _stdout, stderr) => {
      if (child.signalCode === null) console.error(`the crashing writer exited ${child.exitCode}: ${stderr}`);
      resolve(child.signalCode);
    });
  });
  const lock = streamKeys(stream).lock("lake");
  await waitFor(async () => (await kit.client.exists(lock)) === 0, {
    what: "the crashed run's lock to expire",
  });
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
    await kit.drain(stream, spec);
    await expectExactlyOnce(stream, ids);
  });
});
