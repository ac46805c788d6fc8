// One lake writer run over one stream: segment after segment, read the entries after the group's position
// (XRANGE, no pending list), encode them into Parquet files through the encoder pool, and once storage holds every
// file of a segment, commit it in one script: malformed entries to the dead-letter stream, the group moved to the
// segment's end. A crash anywhere before that commit leaves the segment record, and the next run writes the very
// same range into the very same keys; a crash after it has nothing left to redo. So every entry reaches exactly one
// file (or the dead-letter stream), and the group-aware retention trims entries only once they are in the lake.
import {
  applyRetention,
  decodeEntry,
  ensureGroup,
  JSON_CONTENT_TYPE,
  type RedisClient,
  type StreamKeys,
  streamKeys,
  typed,
} from "@sluice/streams";
import { compareIds, type EncoderInput, type EncoderPool } from "./encoder-pool.ts";
import type { Malformed } from "./encoder-protocol.ts";
import type { WrittenFile } from "./partitioner.ts";
import { SegmentStore } from "./segment-store.ts";
import { isBskyEventType } from "./to-row.ts";

export interface DrainOptions {
  client: RedisClient;
  pool: EncoderPool;
  stream: string;
  /** The consumer group whose position is the lake's committed end (default `lake`). */
  group?: string;
  /** Names this run in the lock and in dead-letter records, e.g. `lake-<request id>`. */
  runId: string;
  /** Epoch ms by which the run must be over: reading stops `finishReserveMs` before it. */
  deadline: number;
  /** Time kept for closing the last segment's files and committing (default 10 s, or twice the longest close). */
  finishReserveMs?: number;
  /** Entries per XRANGE (default 5000). */
  chunkEntries?: number;
  /** A segment ends after this many entries (default 1,000,000): bounds the work a crash makes redo. */
  maxSegmentEntries?: number;
  /** A segment ends once this many entries are malformed (default 1000): bounds the commit script. */
  maxDeadLettersPerSegment?: number;
  /** The run lock expires this long after its last renewal (each chunk renews it; default 60 s). */
  lockTtlMs?: number;
  /**
   * After the segments, trim what every group of the stream has acknowledged (group-aware retention, no caps), so
   * the buffer gives back what is in the lake (default true).
   */
  trim?: boolean;
}

export interface SegmentReport {
  /** The group's position before the segment, and the segment's last id. */
  after: string;
  to: string;
  entries: number;
  /** The segment was left by a run that did not commit it: rewritten as it was. */
  recovered: boolean;
  rows: number;
  deadLettered: number;
  files: WrittenFile[];
  /** From the first read to the commit. */
  durationMs: number;
}

export interface DrainReport {
  stream: string;
  group: string;
  runId: string;
  startedAt: number;
  durationMs: number;
  /** `drained`: nothing left; `budget`: stopped for the deadline (the next run continues); `locked`: another run
   * holds the lock, nothing done. */
  stoppedBy: "drained" | "budget" | "locked";
  segments: SegmentReport[];
  rows: number;
  bytes: number;
  files: number;
  deadLettered: number;
  /** Entries the retention pass after the run removed from Redis. */
  trimmed: number;
  /** Age of the oldest entry not yet in the lake after the run, ms (0 when none). */
  lagAgeMs: number;
}

const DEFAULTS = {
  group: "lake",
  finishReserveMs: 10_000,
  chunkEntries: 5000,
  maxSegmentEntries: 1_000_000,
  maxDeadLettersPerSegment: 1000,
  lockTtlMs: 60_000,
  trim: true,
};

type EntryReply = [Buffer, Buffer[]];

/** Drains `stream` into the lake until it is empty or the deadline nears. */
export async function drainStream(options: DrainOptions): Promise<DrainReport> {
  const settings = { ...DEFAULTS, ...options };
  validate(settings);
  const keys = streamKeys(settings.stream);
  const store = new SegmentStore(settings.client, keys, settings.group, settings.runId, settings.lockTtlMs);
  const startedAt = Date.now();
  const segments: SegmentReport[] = [];
  let stoppedBy: DrainReport["stoppedBy"] = "locked";
  let trimmed = 0;
  if (await store.lock()) {
    try {
      await ensureGroup(settings.client, keys, settings.group, "0");
      stoppedBy = await drainSegments(settings, keys, store, segments);
      if (settings.trim) trimmed = (await applyRetention(settings.client, settings.stream)).trimmed;
    } finally {
      await store.unlock().catch(() => undefined);
    }
  }
  const files = segments.flatMap((s) => s.files);
  return {
    stream: settings.stream,
    group: settings.group,
    runId: settings.runId,
    startedAt,
    durationMs: Date.now() - startedAt,
    stoppedBy,
    segments,
    rows: sum(segments.map((s) => s.rows)),
    bytes: sum(files.map((f) => f.bytes)),
    files: files.length,
    deadLettered: sum(segments.map((s) => s.deadLettered)),
    trimmed,
    lagAgeMs: stoppedBy === "locked" ? 0 : await lagAge(settings.client, keys, store),
  };
}

type Settings = DrainOptions & typeof DEFAULTS;

async function drainSegments(
  settings: Settings,
  keys: StreamKeys,
  store: SegmentStore,
  segments: SegmentReport[],
): Promise<"drained" | "budget"> {
  let longestFinishMs = 0;
  for (;;) {
    const reserve = Math.max(settings.finishReserveMs, 2 * longestFinishMs);
    if (Date.now() >= settings.deadline - reserve) return "budget";
    const { cursor } = await store.position();
    const pending = await store.pending();
    const fixedTo = pending?.cursor === cursor ? pending.to : undefined;
    const segment = await writeSegment(settings, keys, store, cursor, fixedTo, reserve);
    if (segment === undefined) return "drained";
    segments.push(segment.report);
    longestFinishMs = Math.max(longestFinishMs, segment.finishMs);
    if (segment.reachedEnd) return "drained";
  }
}

/** XRANGE's start after an id: exclusive, or the whole stream after a new group's 0-0. */
const after = (id: string) => (id === "0-0" ? "-" : `(${id}`);

async function writeSegment(
  settings: Settings,
  keys: StreamKeys,
  store: SegmentStore,
  cursor: string,
  fixedTo: string | undefined,
  reserve: number,
): Promise<{ report: SegmentReport; finishMs: number; reachedEnd: boolean } | undefined> {
  const { client, pool, chunkEntries, maxSegmentEntries, maxDeadLettersPerSegment } = settings;
  const started = Date.now();
  const malformed: Malformed[] = [];
  let entries = 0;
  let last = cursor;
  let reachedEnd = false;
  try {
    for (;;) {
      // A recovered segment is rewritten whole, whatever the budget: only then are its keys the same.
      if (fixedTo === undefined) {
        const full = entries >= maxSegmentEntries || malformed.length >= maxDeadLettersPerSegment;
        if (full || Date.now() >= settings.deadline - reserve) break;
      }
      const count =
        fixedTo === undefined ? Math.min(chunkEntries, maxSegmentEntries - entries) : chunkEntries;
      const reply = (await typed(
        client.callBuffer("XRANGE", keys.stream, after(last), fixedTo ?? "+", "COUNT", count),
      )) as EntryReply[];
      if (reply.length > 0) {
        const lastId = (reply[reply.length - 1] as EntryReply)[0].toString();
        // Before any of these entries can reach a file: how far the segment reaches is on record.
        await store.extend(cursor, fixedTo ?? lastId);
        await settings.pool.add(sortEntries(reply, malformed));
        entries += reply.length;
        last = lastId;
      }
      if (reply.length < count) {
        reachedEnd = fixedTo === undefined;
        break;
      }
    }
    if (entries === 0 && fixedTo === undefined) return undefined;
    const to = fixedTo ?? last;
    const finishing = Date.now();
    const output = await pool.finish();
    const dead = [...malformed, ...output.malformed].sort((a, b) => compareIds(a.id, b.id));
    const deadLettered = await store.commit(cursor, to, entries, dead);
    const report: SegmentReport = {
      after: cursor,
      to,
      entries,
      recovered: fixedTo !== undefined,
      rows: sum(output.files.map((f) => f.rows)),
      deadLettered,
      files: output.files,
      durationMs: Date.now() - started,
    };
    return { report, finishMs: Date.now() - finishing, reachedEnd };
  } catch (error) {
    await pool.abort();
    throw error;
  }
}

/** The entries the lake can write, for the encoders; the others join `malformed` with the reason. */
function sortEntries(reply: EntryReply[], malformed: Malformed[]): EncoderInput[] {
  const inputs: EncoderInput[] = [];
  for (const [idBuffer, fields] of reply) {
    const id = idBuffer.toString();
    const decoded = decodeEntry(id, fields);
    if ("foreign" in decoded) {
      malformed.push({ id, reason: decoded.foreign });
      continue;
    }
    const { type, contentType, data } = decoded.entry;
    if (!isBskyEventType(type)) {
      malformed.push({ id, reason: `event type ${JSON.stringify(type)} has no lake table` });
    } else if (contentType !== JSON_CONTENT_TYPE) {
      malformed.push({
        id,
        reason: `content type ${JSON.stringify(contentType)} is not ${JSON_CONTENT_TYPE}`,
      });
    } else {
      inputs.push({ id, type, data });
    }
  }
  return inputs;
}

async function lagAge(client: RedisClient, keys: StreamKeys, store: SegmentStore): Promise<number> {
  const { cursor } = await store.position();
  const next = (await typed(client.xrange(keys.stream, after(cursor), "+", "COUNT", 1))) as [
    string,
    string[],
  ][];
  const id = next[0]?.[0];
  return id === undefined ? 0 : Math.max(0, Date.now() - Number(id.slice(0, id.indexOf("-"))));
}

function validate(settings: Settings): void {
  if (typeof settings.trim !== "boolean") throw new RangeError("trim must be true or false");
  for (const name of [
    "finishReserveMs",
    "chunkEntries",
    "maxSegmentEntries",
    "maxDeadLettersPerSegment",
    "lockTtlMs",
  ] as const) {
    const value = settings[name];
    if (!(Number.isSafeInteger(value) && value >= 1)) {
      throw new RangeError(`${name} must be a positive integer, got ${value}`);
    }
  }
  if (!Number.isFinite(settings.deadline)) throw new RangeError("deadline must be epoch milliseconds");
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
