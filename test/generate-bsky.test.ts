import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { BSKY_EVENT_TYPES, type BskyEventType } from "@sluice/lake/bsky";
import { useRedisServer } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { tidTimeUs } from "../scripts/generate/bsky-ids.ts";
import { EVENT_MIX } from "../scripts/generate/bsky-model.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const run = promisify(execFile);
const redis = useRedisServer();
const url = () => `redis://127.0.0.1:${redis.redis.port}`;

interface Generated {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/generate.ts …` with no Redis URL in the environment. */
async function generate(...args: string[]): Promise<Generated> {
  const env = { ...process.env };
  delete env.SLUICE_REDIS_URL;
  delete env.REDIS_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, ["scripts/generate.ts", ...args], {
      cwd: ROOT,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function resultLine(stdout: string) {
  return JSON.parse(stdout.trim().split("\n").at(-1) as string);
}

interface Entry {
  type: string;
  key: string;
  data: string;
}

async function readStream(stream: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  let from = "-";
  for (;;) {
    const page = await redis.client.xrange(`sluice:{${stream}}`, from, "+", "COUNT", 2000);
    for (const [, fields] of page) {
      const map = new Map<string, string>();
      for (let i = 0; i < fields.length; i += 2) map.set(fields[i] as string, fields[i + 1] as string);
      entries.push({ type: map.get("t") ?? "", key: map.get("k") ?? "", data: map.get("d") ?? "" });
    }
    if (page.length < 2000) return entries;
    from = `(${page.at(-1)?.[0]}`;
  }
}

// A small runtime check of the contract in packages/lake/src/families/bsky/bsky-events.ts.
const DID = /^did:(plc:[a-z2-7]{24}|web:[a-z0-9.-]+)$/;
const CID = /^bafyrei[a-z2-7]{52}$/;
const TID = /^[234567a-j][234567a-z]{12}$/;
const POST_URI =
  /^at:\/\/did:(plc:[a-z2-7]{24}|web:[a-z0-9.-]+)\/app\.bsky\.feed\.post\/[234567a-j][234567a-z]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const segmenter = new Intl.Segmenter("und", { granularity: "grapheme" });
type Json = Record<string, unknown>;

function checkStrongRef(ref: unknown, where: string): void {
  const value = ref as Json;
  expect(value.uri, where).toMatch(POST_URI);
  expect(value.cid, where).toMatch(CID);
}

function checkEvent(type: string, event: Json): void {
  const where = `${type} ${JSON.stringify(event).slice(0, 300)}`;
  expect(event.did, where).toMatch(DID);
  expect(event.rkey, where).toMatch(TID);
  expect(event.cid, where).toMatch(CID);
  expect(Number.isSafeInteger(event.time_us), where).toBe(true);
  expect(event.createdAt, where).toMatch(ISO);
  expect(Number.isNaN(Date.parse(event.createdAt as string)), where).toBe(false);
  if (type === "bsky.like" || type === "bsky.repost") {
    checkStrongRef(event.subject, where);
  } else if (type === "bsky.follow" || type === "bsky.block") {
    expect(event.subject, where).toMatch(DID);
    expect(event.subject, where).not.toBe(event.did);
  } else if (type === "bsky.post") {
    checkPost(event, where);
  } else {
    throw new Error(`unknown type ${type}`);
  }
}

function checkPost(post: Json, where: string): void {
  const text = post.text as string;
  expect(typeof text, where).toBe("string");
  expect([...segmenter.segment(text)].length, where).toBeLessThanOrEqual(300);
  expect(Buffer.byteLength(text), where).toBeLessThanOrEqual(3000);
  const langs = post.langs as string[];
  expect(Array.isArray(langs) && langs.length <= 3, where).toBe(true);
  for (const lang of langs) expect(lang, where).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
  if (text === "") expect(post.embed, where).toBeDefined();
  if (post.reply !== undefined) {
    const reply = post.reply as Json;
    checkStrongRef(reply.root, where);
    checkStrongRef(reply.parent, where);
  }
  const bytes = Buffer.from(text);
  for (const facet of (post.facets as Json[] | undefined) ?? []) {
    const { kind, value, byteStart, byteEnd } = facet as {
      kind: string;
      value: string;
      byteStart: number;
      byteEnd: number;
    };
    expect(Number.isInteger(byteStart) && Number.isInteger(byteEnd), where).toBe(true);
    expect(byteStart >= 0 && byteStart < byteEnd && byteEnd <= bytes.length, where).toBe(true);
    // The range cuts the UTF-8 text at character boundaries: it decodes without replacement characters.
    const covered = bytes.subarray(byteStart, byteEnd).toString("utf8");
    expect(Buffer.byteLength(covered), where).toBe(byteEnd - byteStart);
    if (kind === "mention") {
      expect(value, where).toMatch(DID);
      expect(covered, where).toMatch(/^@[a-z0-9.-]+$/);
    } else if (kind === "tag") {
      expect(covered, where).toBe(`#${value}`);
      expect(value, where).not.toMatch(/^#/);
    } else if (kind === "link") {
      expect(value, where).toMatch(/^https:\/\//);
      const shown = covered.replace(/\.\.\.$/, "");
      expect(value.replace(/^https:\/\//, "").startsWith(shown.replace(/^https:\/\//, "")), where).toBe(true);
    } else {
      throw new Error(`unknown facet kind ${kind} in ${where}`);
    }
  }
  if (post.embed !== undefined) {
    const embed = post.embed as Json;
    expect(["images", "external", "record", "video"], where).toContain(embed.kind);
    if (embed.kind === "images") {
      const alts = embed.alts as string[];
      expect(alts.length >= 1 && alts.length <= 4, where).toBe(true);
      for (const alt of alts) expect(typeof alt, where).toBe("string");
    }
    if (embed.kind === "external") expect(embed.uri, where).toMatch(/^https:\/\//);
    if (embed.kind === "record") expect(embed.uri, where).toMatch(POST_URI);
  }
}

describe("npm run generate -- bsky", () => {
  let first: { result: ReturnType<typeof resultLine>; entries: Entry[]; stderr: string };

  it("writes 5,000 seeded events to one stream, counted by type in its result line", async () => {
    const { code, stdout, stderr } = await generate(
      "bsky",
      "--events",
      "5000",
      "--seed",
      "test-seed",
      "--stream",
      "bsky-a",
      "--redis-url",
      url(),
    );
    expect(code, stderr).toBe(0);
    const result = resultLine(stdout);
    const entries = await readStream("bsky-a");
    first = { result, entries, stderr };

    expect(result).toMatchObject({
      generator: "bsky",
      stream: "bsky-a",
      key: "sluice:{bsky-a}",
      events: 5000,
    });
    expect(result.seed).toBe("test-seed");
    expect(result.start).toBe("2025-06-01T00:00:00.000Z");
    expect(entries).toHaveLength(5000);
    const counted = Object.fromEntries(BSKY_EVENT_TYPES.map((type) => [type, 0])) as Record<string, number>;
    for (const entry of entries) counted[entry.type] = (counted[entry.type] ?? 0) + 1;
    expect(counted).toEqual(result.byType);
    for (const type of BSKY_EVENT_TYPES) {
      // The documented mix, within 2.5 percentage points on 5,000 events.
      expect(Math.abs((counted[type] as number) / 50 - EVENT_MIX[type]), type).toBeLessThan(2.5);
    }
    // Stderr is no TTY here: plain progress lines, no carriage returns.
    expect(stderr).toMatch(/bsky 5,000\/5,000 {2}100\.0%/);
    expect(stderr).not.toContain("\r");
  });

  it("reports the stream's measured memory and the projection to 2.7M events", () => {
    const { result } = first;
    expect(result.redis.streamLength).toBe(5000);
    expect(result.redis.memoryUsageBytes).toBeGreaterThan(5000 * result.payloadBytesAvg);
    expect(result.redis.bytesPerEvent).toBeCloseTo(result.redis.memoryUsageBytes / 5000, 0);
    expect(result.redis.method).toMatch(/MEMORY USAGE .* SAMPLES 0/);
    expect(result.projection.events).toBe(2_700_000);
    expect(result.projection.bytes).toBe(Math.round((result.redis.memoryUsageBytes / 5000) * 2_700_000));
    expect(result.projection.fits).toBe(result.projection.bytes < 2 * 1024 ** 3);
    expect(result.eventsPerSecond).toBeGreaterThan(0);
  });

  it("writes entries that match the event contract, keyed by the author's DID", () => {
    for (const entry of first.entries) {
      const event = JSON.parse(entry.data) as Json;
      checkEvent(entry.type, event);
      expect(entry.key).toBe(event.did);
    }
  });

  it("looks like the firehose: replies, facets, embeds, long and empty texts, many languages, hot posts", () => {
    const events = first.entries.map((entry) => ({
      type: entry.type,
      event: JSON.parse(entry.data) as Json,
    }));
    const posts = events.filter((e) => e.type === "bsky.post").map((e) => e.event);
    const share = (predicate: (post: Json) => boolean) => posts.filter(predicate).length / posts.length;
    const length = (post: Json) => [...segmenter.segment(post.text as string)].length;

    expect(share((post) => post.reply !== undefined)).toBeGreaterThan(0.22);
    expect(share((post) => post.reply !== undefined)).toBeLessThan(0.38);
    expect(share((post) => length(post) <= 100)).toBeGreaterThan(0.4);
    expect(posts.filter((post) => length(post) >= 280).length).toBeGreaterThan(10);
    expect(posts.filter((post) => post.text === "").length).toBeGreaterThan(10);
    expect(posts.some((post) => /\p{Extended_Pictographic}/u.test(post.text as string))).toBe(true);
    expect(posts.some((post) => /[\u3040-\u30ff\u4e00-\u9fff]/u.test(post.text as string))).toBe(true);
    expect(posts.some((post) => /[\uac00-\ud7af]/u.test(post.text as string))).toBe(true);
    const langs = posts.map((post) => post.langs as string[]);
    expect(langs.filter((l) => l[0] === "en").length).toBeGreaterThan(
      langs.filter((l) => l[0] === "ja").length,
    );
    expect(langs.filter((l) => l[0] === "ja").length).toBeGreaterThan(
      langs.filter((l) => l[0] === "de").length,
    );
    expect(langs.some((l) => l.length === 0)).toBe(true);
    expect(langs.some((l) => l.length === 2)).toBe(true);
    const facetKinds = new Set(posts.flatMap((post) => ((post.facets as Json[]) ?? []).map((f) => f.kind)));
    expect(facetKinds).toEqual(new Set(["mention", "link", "tag"]));
    const embedKinds = new Set(posts.map((post) => (post.embed as Json | undefined)?.kind).filter(Boolean));
    expect(embedKinds).toEqual(new Set(["images", "external", "record", "video"]));

    // Likes concentrate: the most liked post has many likes, and the 1% most liked accounts get a large share.
    const likes = events
      .filter((e) => e.type === "bsky.like")
      .map((e) => (e.event.subject as Json).uri as string);
    const perPost = new Map<string, number>();
    const perAccount = new Map<string, number>();
    for (const uri of likes) {
      perPost.set(uri, (perPost.get(uri) ?? 0) + 1);
      const account = uri.split("/")[2] as string;
      perAccount.set(account, (perAccount.get(account) ?? 0) + 1);
    }
    expect(Math.max(...perPost.values())).toBeGreaterThanOrEqual(10);
    const accountCounts = [...perAccount.values()].sort((a, b) => b - a);
    const top = accountCounts.slice(0, Math.max(1, Math.ceil(accountCounts.length / 100)));
    expect(top.reduce((a, b) => a + b, 0) / likes.length).toBeGreaterThan(0.15);
  });

  it("has increasing time_us with a few events out of order and some late by minutes", () => {
    const times = first.entries.map((entry) => (JSON.parse(entry.data) as Json).time_us as number);
    let max = 0;
    let outOfOrder = 0;
    let lateByMinutes = 0;
    for (const time of times) {
      if (time < max) outOfOrder += 1;
      if (max - time > 60e6) lateByMinutes += 1;
      max = Math.max(max, time);
    }
    expect(outOfOrder).toBeGreaterThan(20);
    expect(outOfOrder).toBeLessThan(250);
    expect(lateByMinutes).toBeGreaterThan(0);
    expect(lateByMinutes).toBeLessThan(25);
    // Start to end spans the events at the simulated firehose rate (1,500/s): a few seconds.
    const span = ((times.at(-1) as number) - (times[0] as number)) / 1e6;
    expect(span).toBeGreaterThan(2);
    expect(span).toBeLessThan(6);
    // rkeys are TIDs made shortly before time_us; createdAt is mostly within seconds of time_us.
    let nearby = 0;
    for (const entry of first.entries) {
      const event = JSON.parse(entry.data) as Json;
      const tidTime = tidTimeUs(event.rkey as string);
      expect(tidTime).toBeLessThanOrEqual(event.time_us as number);
      expect((event.time_us as number) - tidTime).toBeLessThan(1e6);
      if (Math.abs(Date.parse(event.createdAt as string) * 1000 - (event.time_us as number)) < 10e6)
        nearby += 1;
    }
    expect(nearby / first.entries.length).toBeGreaterThan(0.97);
    expect(nearby).toBeLessThan(first.entries.length);
  });

  it("is deterministic: the same seed gives the same events, another seed others", async () => {
    const again = await generate(
      "bsky",
      "--events",
      "300",
      "--seed",
      "test-seed",
      "--stream",
      "bsky-b",
      "--redis-url",
      url(),
    );
    expect(again.code, again.stderr).toBe(0);
    const other = await generate(
      "bsky",
      "--events",
      "300",
      "--seed",
      "other",
      "--stream",
      "bsky-c",
      "--redis-url",
      url(),
    );
    expect(other.code, other.stderr).toBe(0);
    const repeated = await readStream("bsky-b");
    const reseeded = await readStream("bsky-c");
    expect(repeated.map((e) => [e.type, e.key, e.data])).toEqual(
      first.entries.slice(0, 300).map((e) => [e.type, e.key, e.data]),
    );
    expect(reseeded[0]?.data).not.toBe(first.entries[0]?.data);
  });

  it("paces to --rate", async () => {
    const started = performance.now();
    const { code, stdout, stderr } = await generate(
      "bsky",
      "--events",
      "600",
      "--rate",
      "1500",
      "--stream",
      "bsky-paced",
      "--redis-url",
      url(),
    );
    expect(code, stderr).toBe(0);
    const result = resultLine(stdout);
    expect(result.seconds).toBeGreaterThan(0.3);
    expect(result.eventsPerSecond).toBeLessThan(1800);
    expect(performance.now() - started).toBeGreaterThan(300);
    expect(await redis.client.xlen("sluice:{bsky-paced}")).toBe(600);
  });

  it.each([
    [[], /no generator named; available: bsky/],
    [["firehose"], /unknown generator "firehose"/],
    [["bsky", "--redis-url", "redis://127.0.0.1:1"], /--events is required/],
    [["bsky", "--events", "ten", "--redis-url", "redis://127.0.0.1:1"], /--events must be an integer/],
    [["bsky", "--events", "0", "--redis-url", "redis://127.0.0.1:1"], /--events must be an integer/],
    [["bsky", "--events", "5", "--rate", "0", "--redis-url", "redis://127.0.0.1:1"], /--rate must be/],
    [["bsky", "--events", "5", "--stream", "Bad!", "--redis-url", "redis://127.0.0.1:1"], /--stream "Bad!"/],
    [["bsky", "--events", "5"], /no Redis: pass --redis-url/],
    [["bsky", "--events", "5", "--redis-url", "http://x"], /--redis-url must look like redis:\/\//],
    [
      ["bsky", "--events", "5", "--start", "yesterday", "--redis-url", "redis://127.0.0.1:1"],
      /--start must be/,
    ],
    [
      ["bsky", "--events", "5", "--colour", "--redis-url", "redis://127.0.0.1:1"],
      /Unknown option '--colour'/,
    ],
  ] as [string[], RegExp][])("exits 2 with a message for %j", async (args, message) => {
    const { code, stdout, stderr } = await generate(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe("");
  });
});

// Keeps the type import used when the contract's types change shape.
const _types: BskyEventType[] = [...BSKY_EVENT_TYPES];
void _types;
