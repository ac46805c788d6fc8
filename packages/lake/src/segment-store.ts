// What a lake writer keeps in Redis, all under the stream's hash tag: the group's position (its last-delivered id
// is the committed end of the lake), the segment being written (a hash: where it starts, how far it reaches, the
// layout it is written with, how many runs tried it, its last dead-lettered id), the run lock and the record of the
// last run that committed anything (its manifest's key, for the next run to check). Reads go straight to Redis;
// writes go through Lua scripts that check the lock first, but for the run record, written while the lock is held.
// A durable store (a ReplicationWait) has each range record and each commit confirmed by replicas (WAIT on the same
// connection): after a failover the new primary then has every range some file in the lake was written from.
import {
  type RedisClient,
  type ReplicationWait,
  runScript,
  runScriptsReplicated,
  type ScriptCall,
  type StreamKeys,
  typed,
  writesNotReplicatedError,
} from "@sluice/streams";
import type { Malformed } from "./encoder-protocol.ts";
import { LakeConflictError } from "./errors.ts";
import { commitSegmentScript } from "./lua/commit-segment-3.ts";
import { deadLetterSegmentScript } from "./lua/dead-letter-segment-4.ts";
import { extendSegmentScript } from "./lua/extend-segment-2.ts";
import { renewLockScript } from "./lua/renew-lock-1.ts";
import { unlockScript } from "./lua/unlock-1.ts";
import type { FileLayout } from "./partitioner.ts";

/** A segment a run started and did not commit: its successor writes exactly this range again, alike. */
export interface PendingSegment {
  cursor: string;
  to: string;
  /** The layout the first run wrote it with (JSON of a FileLayout without prefix). */
  layout: Omit<FileLayout, "prefix"> | undefined;
  /** Runs that took it over so far. */
  attempts: number;
}

/** Dead-letter records per script call: each call stays short (Redis runs one script at a time). */
const DEAD_LETTER_BATCH = 500;

const CONFLICTS: Record<string, string> = {
  LOCKLOST: "lake.lock_lost",
  CURSORCHANGED: "lake.cursor_changed",
  SEGMENTCHANGED: "lake.segment_changed",
};

/** Lua error replies of the scripts, as typed errors. */
function conflict(error: unknown): unknown {
  const message = error instanceof Error ? error.message : "";
  const word = message.slice(0, message.indexOf(" "));
  const code = CONFLICTS[word];
  return code ? new LakeConflictError(code, message.slice(word.length + 1), { cause: error }) : error;
}

export class SegmentStore {
  readonly #client: RedisClient;
  readonly #keys: StreamKeys;
  readonly #group: string;
  readonly #runId: string;
  readonly #lockTtlMs: number;
  readonly #holdUntil: number;
  readonly #wait: ReplicationWait | undefined;
  #renewal: NodeJS.Timeout | undefined;

  /**
   * The lock lives `lockTtlMs` after each renewal, but never past `holdUntil` (epoch ms). With `wait`, `extend` and
   * `commit` wait for replicas.
   */
  constructor(
    client: RedisClient,
    keys: StreamKeys,
    group: string,
    runId: string,
    lock: { ttlMs: number; holdUntil: number },
    wait?: ReplicationWait,
  ) {
    this.#client = client;
    this.#keys = keys;
    this.#group = group;
    this.#runId = runId;
    this.#lockTtlMs = lock.ttlMs;
    this.#holdUntil = lock.holdUntil;
    this.#wait = wait;
  }

  /**
   * The lock's time-to-live from now: its TTL, cut so that it ends by `holdUntil` (at least 1 ms: a run past it lets
   * the lock lapse, and its next write fails LOCKLOST), so a stalled run cannot keep it from the next one.
   */
  get #ttl(): number {
    return Math.max(1, Math.min(this.#lockTtlMs, this.#holdUntil - Date.now()));
  }

  get #lock(): string {
    return this.#keys.lock(this.#group);
  }

  get #segment(): string {
    return this.#keys.segment(this.#group);
  }

  /**
   * Takes the run lock and keeps renewing it (every third of its time-to-live, up to `holdUntil`) until `unlock`;
   * false when another run holds it.
   */
  async lock(): Promise<boolean> {
    const reply = await typed(this.#client.set(this.#lock, this.#runId, "PX", this.#ttl, "NX"));
    if (reply !== "OK") return false;
    const renew = () =>
      runScript(this.#client, renewLockScript, [this.#lock], [this.#runId, this.#ttl]).catch(() => 0);
    this.#renewal = setInterval(renew, Math.max(1, Math.floor(this.#lockTtlMs / 3))).unref();
    return true;
  }

  async unlock(): Promise<void> {
    clearInterval(this.#renewal);
    await runScript(this.#client, unlockScript, [this.#lock], [this.#runId]);
  }

  /** The group's last-delivered id: everything up to it is in the lake (the group must exist). */
  async position(): Promise<string> {
    const groups = (await typed(this.#client.xinfo("GROUPS", this.#keys.stream))) as unknown[][];
    for (const fields of groups) {
      const info = new Map<string, unknown>();
      for (let i = 0; i + 1 < fields.length; i += 2) info.set(String(fields[i]), fields[i + 1]);
      if (info.get("name") === this.#group) return String(info.get("last-delivered-id"));
    }
    throw new LakeConflictError(
      "lake.group_missing",
      `group ${this.#group} of ${this.#keys.stream} vanished while the lake writer ran`,
    );
  }

  async pending(): Promise<PendingSegment | undefined> {
    const record = await typed(this.#client.hgetall(this.#segment));
    if (!record.cursor || !record.to) return undefined;
    return {
      cursor: record.cursor,
      to: record.to,
      layout: record.layout ? JSON.parse(record.layout) : undefined,
      attempts: Number(record.attempts ?? 0),
    };
  }

  /** The record the last run that committed anything left, if a run after it has not checked it yet. */
  async previousRun(): Promise<string | undefined> {
    return (await typed(this.#client.get(this.#keys.run(this.#group)))) ?? undefined;
  }

  /** Keeps `record` for the next run (replacing a checked one: call it while holding the lock). */
  async recordRun(record: string): Promise<void> {
    await typed(this.#client.set(this.#keys.run(this.#group), record));
  }

  /** Drops the previous run's record once checked (call it while holding the lock). */
  async clearPreviousRun(): Promise<void> {
    await typed(this.#client.del(this.#keys.run(this.#group)));
  }

  /** Drops a segment record that does not start at the group's position (the group was moved by hand). */
  async discard(): Promise<void> {
    await typed(this.#client.del(this.#segment));
  }

  /**
   * Records that the segment starting after `cursor`, written with `layout`, reaches `to`, and renews the lock;
   * `takeOver` counts an attempt at a segment another run left. Resolves to the attempts so far.
   */
  async extend(
    cursor: string,
    to: string,
    layout: Omit<FileLayout, "prefix">,
    takeOver = false,
  ): Promise<number> {
    const args = [this.#runId, this.#ttl, cursor, to, JSON.stringify(layout), takeOver ? "1" : "0"];
    const { reply, shortfall } = await this.#run({
      script: extendSegmentScript,
      keys: [this.#lock, this.#segment],
      args,
    });
    if (shortfall !== undefined) {
      throw writesNotReplicatedError(
        `The lake writer's record of ${this.#keys.stream}'s segment after ${cursor} up to ${to} was written`,
        shortfall,
        { stream: this.#keys.name, cursor, to },
      );
    }
    return Number(reply);
  }

  /** Dead-letters the segment's malformed entries (ascending ids), each once; resolves to how many were new. */
  async deadLetter(cursor: string, malformed: Malformed[]): Promise<number> {
    const keys = [this.#keys.stream, this.#keys.dlq, this.#segment, this.#lock];
    let written = 0;
    for (let i = 0; i < malformed.length; i += DEAD_LETTER_BATCH) {
      const args = [this.#group, this.#runId, this.#ttl, cursor, Date.now(), this.#keys.name];
      for (const { id, reason } of malformed.slice(i, i + DEAD_LETTER_BATCH)) args.push(id, reason);
      const count = await runScript(this.#client, deadLetterSegmentScript, keys, args).catch(
        (error: unknown) => Promise.reject(conflict(error)),
      );
      written += Number(count);
    }
    return written;
  }

  /**
   * Commits the segment (cursor, to] of `entries` entries: the group moves to `to`. Durable: resolves to why no
   * replica confirmed the commit (it is made on the primary), or undefined when confirmed.
   */
  async commit(cursor: string, to: string, entries: number): Promise<string | undefined> {
    const keys = [this.#keys.stream, this.#segment, this.#lock];
    const args = [this.#group, this.#runId, this.#ttl, cursor, to, entries];
    return (await this.#run({ script: commitSegmentScript, keys, args })).shortfall;
  }

  /** One script, followed by a WAIT when durable; its Lua errors as typed conflicts. */
  async #run(call: ScriptCall): Promise<{ reply: unknown; shortfall: string | undefined }> {
    if (this.#wait === undefined) {
      const reply = await runScript(this.#client, call.script, call.keys, call.args).catch((error: unknown) =>
        Promise.reject(conflict(error)),
      );
      return { reply, shortfall: undefined };
    }
    const { replies, shortfall } = await runScriptsReplicated(this.#client, [call], this.#wait);
    const [result] = replies;
    if (result === undefined || "error" in result) throw conflict(result?.error);
    return { reply: result.reply, shortfall };
  }
}
