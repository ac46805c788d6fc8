// One lake writer run over one stream: segment after segment, read the entries after the group's position
// (XRANGE, no pending list), encode them into Parquet files through the encoder pool, and once storage holds every
// file of a segment, dead-letter its malformed entries and commit it: the group moves to the segment's end. A
// crash anywhere before the commit leaves the segment record (its range and layout), and the next run writes the
// very same range into the very same keys; a crash after it has nothing left to redo. So every entry reaches
// exactly one file or the dead-letter stream, and the group-aware retention trims entries only once they are in
// the lake. A durable run (`durable`) also holds across a failover: each range record is confirmed by a replica
// before its entries go into files, and each commit before the next segment and the trim (see docs/lake.md).
import {
  applyRetention,
  compareIds,
  type Durability,
  decodeEntry,
  ensureGroup,
  idTime,
  isNotReplicated,
  type RedisClient,
  replicationWait,
  type StreamKeys,
  streamKeys,
  typed,
} from "@sluice/streams";
import type { EncoderInput, EncoderPool } from "./encoder-pool.ts";
import type { Malformed } from "./encoder-protocol.ts";
import { LakeRunError } from "./errors.ts";
import type { FileLayout, WrittenFile } from "./partitioner.ts";
import { SegmentStore } from "./segment-store.ts";
import { tablesFor } from "./table-registry.ts";

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
  /** How files are cut (default: the writer's defaults). A recovered segment keeps the layout it began with. */
  layout?: Omit<FileLayout, "prefix">;
  /** Time kept for closing the last segment's files and committing (default 10 s, or twice the longest close). */
  finishReserveMs?: number;
  /** Entries per XRANGE (default 5000). */
  chunkEntries?: number;
  /** A segment ends after this many entries (default 1,000,000): bounds the work a crash makes redo. */
  maxSegmentEntries?: number;
  /**
   * A segment ends once about this many entries are malformed (default 1000): bounds its dead-letter writes. The
   * encoders report malformed entries as they get to them, so the count may overshoot by what their queues hold.
   */
  maxDeadLettersPerSegment?: number;
  /**
   * The run lock expires this long after its last renewal (renewed on a timer; default 60 s), and never later than
   * LOCK_GRACE_MS after `deadline`: a run killed or stalled leaves the lock to the next scheduled run.
   */
  lockTtlMs?: number;
  /**
   * Called after each committed segment with the run's report so far (the job rewrites the run's manifest with it,
   * so a run killed later still leaves the record of what it committed). Its failure does not fail the run.
   */
  onCommit?: (report: DrainReport) => Promise<void>;
  /**
   * The run's record (the job: its manifest's key, made from the report), kept in Redis from its first commit until
   * the next run takes the lock and hands it to `checkPrevious` (the job marks that manifest `abandoned` if it still
   * says `running`: its run died). `checkPrevious` failing does not fail the run (the next run checks again).
   */
  runRecord?: { of: (report: DrainReport) => string; checkPrevious: (record: string) => Promise<void> };
  /**
   * After the segments, trim what every group of the stream has acknowledged (group-aware retention, no caps), so
   * the buffer gives back what is in the lake (default true).
   */
  trim?: boolean;
  /**
   * Each segment's range record (before its entries go into files) and each commit confirmed only once replicas
   * have it, by a WAIT on the same connection (default false). One not confirmed within the wait's `timeoutMs` ends
   * the run `unreplicated`, untrimmed: a range record before any of its entries reach a file, a commit after it is
   * made on the primary. Asks for a client whose command timeout exceeds that `timeoutMs`.
   */
  durable?: Durability;
}

export interface SegmentReport {
  /** The group's position before the segment, and the segment's last id. */
  after: string;
  to: string;
  entries: number;
  /** The segment was left by a run that did not commit it: rewritten as it was. */
  recovered: boolean;
  /** Runs that took the segment over (0 for a segment this run began). */
  attempts: number;
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
  /**
   * `drained`: nothing left; `budget`: stopped for the deadline (the next run continues); `locked`: another run
   * holds the lock, nothing done (the lag age is still measured); `failed`: an error stopped the run (after the segments listed); `running`: in
   * the reports given to `onCommit`, the run goes on; `unreplicated`: a durable run stopped because no replica
   * confirmed a range record or a commit in time (`unreplicated` says which), nothing trimmed, the next run goes on.
   */
  stoppedBy: "drained" | "budget" | "locked" | "failed" | "running" | "unreplicated";
  /** Why a run stopped `unreplicated`: what was not confirmed. */
  unreplicated?: string;
  segments: SegmentReport[];
  rows: number;
  bytes: number;
  files: number;
  deadLettered: number;
  /** Entries the retention pass after the run removed from Redis. */
  trimmed: number;
  /** Age of the oldest entry not yet in the lake after the run, ms (0 when none). */
  lagAgeMs: number;
  /** The most runs any segment of this run needed (a segment failing again and again shows here). */
  attempts: number;
}

/** How long after its deadline a run's lock lasts at most: time for its last commit, not for a stalled run. */
export const LOCK_GRACE_MS = 30_000;

const DEFAULTS = {
  group: "lake",
  layout: {},
  finishReserveMs: 10_000,
  chunkEntries: 5000,
  maxSegmentEntries: 1_000_000,
  maxDeadLettersPerSegment: 1000,
  lockTtlMs: 60_000,
  trim: true,
  durable: false as Durability,
};

type Settings = DrainOptions & typeof DEFAULTS;
/** What a run did so far; `unreplicated` once something it wrote was not confirmed by a replica. */
interface RunState {
  startedAt: number;
  segments: SegmentReport[];
  trimmed: number;
  unreplicated?: string;
}
type EntryReply = [Buffer, Buffer[]];

/**
 * Drains `stream` into the lake until it is empty or the deadline nears. Throws a LakeRunError (its `report`
 * lists the segments committed before the failure, its `cause` the failure) when something fails.
 */
export async function drainStream(options: DrainOptions): Promise<DrainReport> {
  const settings: Settings = { ...DEFAULTS, ...options };
  validate(settings);
  const keys = streamKeys(settings.stream);
  const lock = { ttlMs: settings.lockTtlMs, holdUntil: settings.deadline + LOCK_GRACE_MS };
  const wait = replicationWait(settings.durable, settings.client);
  const store = new SegmentStore(settings.client, keys, settings.group, settings.runId, lock, wait);
  const run: RunState = { startedAt: Date.now(), segments: [], trimmed: 0 };
  await ensureGroup(settings.client, keys, settings.group, "0");
  // Locked, the stream's lag still counts: a holder that never lets go shows as a growing lag, not as 0.
  if (!(await store.lock())) {
    return report(settings, run, "locked", await lagAge(settings.client, keys, store));
  }
  try {
    await checkPreviousRun(settings, store);
    const committed = async (segment: SegmentReport) => {
      run.segments.push(segment);
      const partial = report(settings, run, "running", 0);
      if (run.segments.length === 1 && settings.runRecord)
        await store.recordRun(settings.runRecord.of(partial));
      await settings.onCommit?.(partial).catch(() => undefined);
    };
    const stoppedBy = await drainSegments(settings, keys, store, committed, run);
    // Not after a commit no replica confirmed: the next run trims, once its own commits are confirmed.
    if (settings.trim && stoppedBy !== "unreplicated") {
      run.trimmed = (await applyRetention(settings.client, settings.stream)).trimmed;
    }
    return report(settings, run, stoppedBy, await lagAge(settings.client, keys, store));
  } catch (error) {
    const partial = report(
      settings,
      run,
      "failed",
      await lagAge(settings.client, keys, store).catch(() => 0),
    );
    const message = error instanceof Error ? error.message : String(error);
    throw new LakeRunError(`lake writer run on ${settings.stream} failed: ${message}`, partial, error);
  } finally {
    await store.unlock().catch(() => undefined);
  }
}

/** Hands the record of the last run that committed anything to `checkPrevious`, once: that run is over. */
async function checkPreviousRun(settings: Settings, store: SegmentStore): Promise<void> {
  const previous = settings.runRecord && (await store.previousRun());
  if (previous === undefined || settings.runRecord === undefined) return;
  const checked = await settings.runRecord.checkPrevious(previous).then(
    () => true,
    () => false,
  );
  if (checked) await store.clearPreviousRun();
}

function report(
  settings: Settings,
  run: RunState,
  stoppedBy: DrainReport["stoppedBy"],
  lagAgeMs: number,
): DrainReport {
  const { segments } = run;
  const files = segments.flatMap((s) => s.files);
  return {
    stream: settings.stream,
    group: settings.group,
    runId: settings.runId,
    startedAt: run.startedAt,
    durationMs: Date.now() - run.startedAt,
    stoppedBy,
    segments,
    rows: sum(segments.map((s) => s.rows)),
    bytes: sum(files.map((f) => f.bytes)),
    files: files.length,
    deadLettered: sum(segments.map((s) => s.deadLettered)),
    trimmed: run.trimmed,
    lagAgeMs,
    attempts: Math.max(0, ...segments.map((s) => s.attempts)),
    ...(run.unreplicated !== undefined && { unreplicated: run.unreplicated }),
  };
}

async function drainSegments(
  settings: Settings,
  keys: StreamKeys,
  store: SegmentStore,
  committed: (segment: SegmentReport) => Promise<void>,
  run: RunState,
): Promise<"drained" | "budget" | "unreplicated"> {
  let longestFinishMs = 0;
  for (;;) {
    const reserve = Math.max(settings.finishReserveMs, 2 * longestFinishMs);
    if (Date.now() >= settings.deadline - reserve) return "budget";
    const cursor = await store.position();
    let pending = await store.pending();
    if (pending !== undefined && pending.cursor !== cursor) {
      await store.discard(); // left by a run before someone moved the group: nothing of it applies now
      pending = undefined;
    }
    // A segment reads for at most half of what the run had, so that a successor rewriting it after a crash
    // (a recovered segment is rewritten whole, whatever its deadline) has time for it and its close.
    const readFor = (settings.deadline - reserve - run.startedAt) / 2;
    const readUntil = Math.min(settings.deadline - reserve, Date.now() + readFor);
    const outcome = await writeSegment(settings, keys, store, cursor, pending, readUntil);
    if (outcome.kind === "unreplicated") run.unreplicated = outcome.reason;
    if (outcome.kind !== "written") return outcome.kind;
    await committed(outcome.report);
    if (outcome.unreplicated !== undefined) {
      run.unreplicated = outcome.unreplicated;
      return "unreplicated";
    }
    longestFinishMs = Math.max(longestFinishMs, outcome.finishMs);
    if (outcome.reachedEnd) return "drained";
  }
}

/** XRANGE's start after an id: exclusive, or the whole stream after a new group's 0-0. */
const after = (id: string) => (id === "0-0" ? "-" : `(${id}`);

type SegmentOutcome =
  | {
      kind: "written";
      report: SegmentReport;
      finishMs: number;
      reachedEnd: boolean;
      /** Why no replica confirmed the commit (made on the primary), when none did. */
      unreplicated: string | undefined;
    }
  | { kind: "drained" | "budget" }
  | { kind: "unreplicated"; reason: string };

async function writeSegment(
  settings: Settings,
  keys: StreamKeys,
  store: SegmentStore,
  cursor: string,
  pending: { to: string; layout: Omit<FileLayout, "prefix"> | undefined } | undefined,
  readUntil: number,
): Promise<SegmentOutcome> {
  const { client, pool, chunkEntries, maxSegmentEntries, maxDeadLettersPerSegment } = settings;
  const fixedTo = pending?.to;
  const layout = pending?.layout ?? settings.layout;
  const started = Date.now();
  const malformed: Malformed[] = [];
  let entries = 0;
  let last = cursor;
  let reachedEnd = false;
  let attempts = 0;
  pool.setLayout(layout);
  try {
    for (;;) {
      // A recovered segment is rewritten whole, whatever the budget: only then are its keys the same.
      if (fixedTo === undefined) {
        const rejected = malformed.length + pool.rejected;
        if (entries >= maxSegmentEntries || rejected >= maxDeadLettersPerSegment) break;
        if (Date.now() >= readUntil) {
          if (entries === 0) return { kind: "budget" };
          break;
        }
      }
      const count =
        fixedTo === undefined ? Math.min(chunkEntries, maxSegmentEntries - entries) : chunkEntries;
      const reply = (await typed(
        client.callBuffer("XRANGE", keys.stream, after(last), fixedTo ?? "+", "COUNT", count),
      )) as EntryReply[];
      if (reply.length > 0 || (fixedTo !== undefined && entries === 0)) {
        const lastId = reply.length > 0 ? (reply[reply.length - 1] as EntryReply)[0].toString() : last;
        // Before any of these entries can reach a file: how far the segment reaches is on record.
        const takeOver = fixedTo !== undefined && entries === 0;
        const tried = await store.extend(cursor, fixedTo ?? lastId, layout, takeOver);
        if (takeOver) attempts = tried;
        await pool.add(sortEntries(reply, malformed));
        entries += reply.length;
        last = lastId;
      }
      if (reply.length < count) {
        reachedEnd = fixedTo === undefined;
        break;
      }
    }
    if (entries === 0 && fixedTo === undefined) return { kind: "drained" };
    const to = fixedTo ?? last;
    const finishing = Date.now();
    const output = await pool.finish();
    const dead = [...malformed, ...output.malformed].sort((a, b) => compareIds(a.id, b.id));
    await store.deadLetter(cursor, dead);
    const shortfall = await store.commit(cursor, to, entries);
    const segment: SegmentReport = {
      after: cursor,
      to,
      entries,
      recovered: fixedTo !== undefined,
      attempts,
      rows: sum(output.files.map((f) => f.rows)),
      deadLettered: dead.length,
      files: output.files,
      durationMs: Date.now() - started,
    };
    const unreplicated =
      shortfall === undefined
        ? undefined
        : `the commit of ${settings.stream} (${cursor}, ${to}] was made but is not yet replicated: ${shortfall}`;
    return { kind: "written", report: segment, finishMs: Date.now() - finishing, reachedEnd, unreplicated };
  } catch (error) {
    await pool.abort();
    // A range record no replica confirmed: none of its new entries went into a file. The next run goes on.
    if (isNotReplicated(error)) return { kind: "unreplicated", reason: error.message };
    throw error;
  }
}

/** The entries some table takes, for the encoders; the others join `malformed` with the reason. */
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
    const [table] = tablesFor(type);
    if (table === undefined) {
      malformed.push({ id, reason: `event type ${JSON.stringify(type)} has no lake table` });
    } else if (contentType !== table.contentType) {
      malformed.push({
        id,
        reason: `content type ${JSON.stringify(contentType)} is not ${table.contentType}`,
      });
    } else {
      inputs.push({ id, type, data });
    }
  }
  return inputs;
}

async function lagAge(client: RedisClient, keys: StreamKeys, store: SegmentStore): Promise<number> {
  const cursor = await store.position();
  const next = (await typed(client.xrange(keys.stream, after(cursor), "+", "COUNT", 1))) as [
    string,
    string[],
  ][];
  const id = next[0]?.[0];
  return id === undefined ? 0 : Math.max(0, Date.now() - idTime(id));
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
