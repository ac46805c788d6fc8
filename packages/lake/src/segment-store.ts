// What a lake writer keeps in Redis, all under the stream's hash tag: the group's position (its last-delivered id
// is the committed end of the lake), the segment being written (its start and how far it reaches) and the run
// lock. Reads go straight to Redis; writes go through Lua scripts that check the lock first.
import { type RedisClient, runScript, type StreamKeys, typed } from "@sluice/streams";
import type { Malformed } from "./encoder-protocol.ts";
import { LakeConflictError } from "./errors.ts";
import { commitSegmentScript } from "./lua/commit-segment-4.ts";
import { extendSegmentScript } from "./lua/extend-segment-2.ts";
import { unlockScript } from "./lua/unlock-1.ts";

export interface GroupPosition {
  /** The group's last-delivered id: everything up to it is in the lake. */
  cursor: string;
}

/** A segment a run started and did not commit: its successor writes exactly this range again. */
export interface PendingSegment {
  cursor: string;
  to: string;
}

/** Lua error replies of the scripts, as typed errors. */
function conflict(error: unknown): unknown {
  const message = error instanceof Error ? error.message : "";
  if (message.startsWith("LOCKLOST "))
    return new LakeConflictError("lake.lock_lost", message.slice(9), { cause: error });
  if (message.startsWith("CURSORCHANGED ")) {
    return new LakeConflictError("lake.cursor_changed", message.slice(14), { cause: error });
  }
  return error;
}

export class SegmentStore {
  readonly #client: RedisClient;
  readonly #keys: StreamKeys;
  readonly #group: string;
  readonly #runId: string;
  readonly #lockTtlMs: number;

  constructor(client: RedisClient, keys: StreamKeys, group: string, runId: string, lockTtlMs: number) {
    this.#client = client;
    this.#keys = keys;
    this.#group = group;
    this.#runId = runId;
    this.#lockTtlMs = lockTtlMs;
  }

  /** Takes the run lock; false when another run holds it. */
  async lock(): Promise<boolean> {
    const reply = await typed(
      this.#client.set(this.#keys.lock(this.#group), this.#runId, "PX", this.#lockTtlMs, "NX"),
    );
    return reply === "OK";
  }

  async unlock(): Promise<void> {
    await runScript(this.#client, unlockScript, [this.#keys.lock(this.#group)], [this.#runId]);
  }

  /** Where the group is (it must exist). */
  async position(): Promise<GroupPosition> {
    const groups = (await typed(this.#client.xinfo("GROUPS", this.#keys.stream))) as unknown[][];
    for (const fields of groups) {
      const info = new Map<string, unknown>();
      for (let i = 0; i + 1 < fields.length; i += 2) info.set(String(fields[i]), fields[i + 1]);
      if (info.get("name") === this.#group) return { cursor: String(info.get("last-delivered-id")) };
    }
    throw new Error(`group ${this.#group} of ${this.#keys.stream} vanished`);
  }

  async pending(): Promise<PendingSegment | undefined> {
    const value = await typed(this.#client.get(this.#keys.segment(this.#group)));
    if (value === null) return undefined;
    const [cursor, to] = value.split(" ");
    return cursor && to ? { cursor, to } : undefined;
  }

  /** Records that the segment starting after `cursor` reaches `to`, and renews the lock. */
  async extend(cursor: string, to: string): Promise<void> {
    const keys = [this.#keys.lock(this.#group), this.#keys.segment(this.#group)];
    await runScript(this.#client, extendSegmentScript, keys, [
      this.#runId,
      this.#lockTtlMs,
      cursor,
      to,
    ]).catch((error: unknown) => Promise.reject(conflict(error)));
  }

  /**
   * Commits the segment (cursor, to] of `entries` entries: dead-letters `malformed` and moves the group to `to`.
   * Resolves to the number of entries dead-lettered.
   */
  async commit(cursor: string, to: string, entries: number, malformed: Malformed[]): Promise<number> {
    const { stream, dlq } = this.#keys;
    const keys = [stream, dlq, this.#keys.segment(this.#group), this.#keys.lock(this.#group)];
    const args = [
      this.#group,
      this.#runId,
      this.#lockTtlMs,
      cursor,
      to,
      entries,
      Date.now(),
      this.#keys.name,
    ];
    for (const { id, reason } of malformed) args.push(id, reason);
    const dead = await runScript(this.#client, commitSegmentScript, keys, args).catch((error: unknown) =>
      Promise.reject(conflict(error)),
    );
    return Number(dead);
  }
}
