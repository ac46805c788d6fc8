import type { RedisClient } from "./connection.ts";
import { toStreamsError, typed } from "./errors.ts";
import type { StreamKeys } from "./names.ts";

/** An entry as read from Redis, before decoding, with Redis's count of its deliveries (this one included). */
export interface RawEntry {
  id: string;
  fields: Buffer[];
  deliveries: number;
}

export interface BatchSourceOptions {
  keys: StreamKeys;
  group: string;
  consumer: string;
  batchSize: number;
  /** How long one read blocks waiting for new entries; 0: reads do not block (the reader may be a shared client). */
  blockMs: number;
  /** After a first entry arrives, keep reading up to this long to fill the batch. */
  batchWindowMs: number;
  /** Pending entries idle this long are taken over from their (presumably dead) consumer. */
  visibilityTimeoutMs: number;
  /** How often to look for such entries. */
  reclaimIntervalMs: number;
}

type EntryReply = [Buffer, Buffer[] | null];

/** Beyond BLOCK, how late an empty reply may come before the reader connection counts as stalled. Below the
 * blocking client's grace (createBlockingClient, 2000 ms), so a client-side timeout always trips it. */
const STALLED_AFTER_MS = 1500;

function toRawEntries(entries: EntryReply[], deliveries: (id: string) => number): RawEntry[] {
  const raw: RawEntry[] = [];
  for (const [idBuffer, fields] of entries) {
    const id = idBuffer.toString();
    // A pending entry whose stream entry was deleted comes back without fields: nothing to deliver.
    if (fields) raw.push({ id, fields, deliveries: deliveries(id) });
  }
  return raw;
}

/**
 * Where a consumer's batches come from: first entries that other consumers left pending past the visibility
 * timeout (XPENDING … IDLE and XCLAIM, on a timer), then new entries (XREADGROUP ">", blocking on its own connection).
 */
export class BatchSource {
  readonly #client: RedisClient;
  readonly #reader: RedisClient;
  readonly #options: BatchSourceOptions;
  #reclaimCursor = "0-0";
  #nextReclaimAt = 0;

  constructor(client: RedisClient, reader: RedisClient, options: BatchSourceOptions) {
    this.#client = client;
    this.#reader = reader;
    this.#options = options;
  }

  /**
   * The next entries, at most `count` (default one batch); empty when nothing arrived within `blockMs` (at most
   * `maxBlockMs`). Reclaimed entries come one batch at a time. `exclude` gives the ids a reclaim must leave alone,
   * asked only when a reclaim runs.
   */
  async next(
    maxBlockMs = this.#options.blockMs,
    exclude?: () => ReadonlySet<string>,
    count = this.#options.batchSize,
  ): Promise<RawEntry[]> {
    if (Date.now() >= this.#nextReclaimAt) {
      const reclaimed = await this.reclaim(exclude);
      if (reclaimed.length > 0) return reclaimed;
    }
    return this.#readNew(Math.min(this.#options.blockMs, maxBlockMs), count);
  }

  /**
   * Takes over entries pending longer than the visibility timeout, with their delivery counts. Entries this
   * consumer is still handling (`exclude`) are left alone: claiming them would reset their idle time, so no other
   * consumer could take over a handler that outlives its visibility, and would count a delivery that never happened.
   * So the idle entries are listed first (XPENDING … IDLE), a page per call, and only the others claimed (XCLAIM with
   * the same minimum idle time, which Redis checks again, so an entry another consumer took meanwhile stays with it).
   */
  async reclaim(excluded?: () => ReadonlySet<string>): Promise<RawEntry[]> {
    const { keys, group, consumer, batchSize, visibilityTimeoutMs, reclaimIntervalMs } = this.#options;
    const exclude = excluded?.();
    const page = batchSize + (exclude?.size ?? 0);
    const start = this.#reclaimCursor === "0-0" ? "-" : `(${this.#reclaimCursor}`;
    const idle = (await typed(
      this.#client.call("XPENDING", keys.stream, group, "IDLE", visibilityTimeoutMs, start, "+", page),
    )) as [string, string, number, number][];
    // A short page ends the scan of the pending list; until then, go on from its last id on the next call.
    this.#reclaimCursor = idle.length < page ? "0-0" : (idle.at(-1)?.[0] ?? "0-0");
    if (this.#reclaimCursor === "0-0") this.#nextReclaimAt = Date.now() + reclaimIntervalMs;
    const ids = idle.map(([id]) => id).filter((id) => !exclude?.has(id));
    if (ids.length === 0) return [];
    const claimed = (await typed(
      this.#client.callBuffer("XCLAIM", keys.stream, group, consumer, visibilityTimeoutMs, ...ids),
    )) as (EntryReply | null)[];
    const entries = claimed.filter((entry): entry is EntryReply => entry !== null);
    if (entries.length === 0) return [];
    const counts = await this.#deliveryCounts(entries.map(([id]) => id.toString()));
    // An entry whose count is unknown is no longer this consumer's (acknowledged or taken meanwhile): skip it.
    return toRawEntries(
      entries.filter(([id]) => counts.has(id.toString())),
      (id) => counts.get(id) as number,
    );
  }

  /** Redis's delivery count of each entry this consumer owns, read exactly: one XPENDING per id, pipelined. */
  async #deliveryCounts(ids: string[]): Promise<Map<string, number>> {
    const { keys, group, consumer } = this.#options;
    const pipeline = this.#client.pipeline();
    for (const id of ids) pipeline.call("XPENDING", keys.stream, group, id, id, 1);
    const replies = (await typed(pipeline.exec())) ?? [];
    const counts = new Map<string, number>();
    for (const [error, rows] of replies) {
      if (error) throw toStreamsError(error);
      const row = (rows as [string, string, number, number][])[0];
      if (row && row[1] === consumer) counts.set(row[0], Number(row[3]));
    }
    return counts;
  }

  async #readNew(blockMs: number, count: number): Promise<RawEntry[]> {
    const { batchWindowMs, batchSize } = this.#options;
    const batch = await this.#read(count, blockMs);
    // The window waits for one full batch at most, even when more slots are free.
    const enough = Math.min(count, batchSize);
    if (batch.length === 0 || batch.length >= enough || batchWindowMs <= 0) return batch;
    const windowEnds = Date.now() + batchWindowMs;
    while (batch.length < enough) {
      const remaining = windowEnds - Date.now();
      if (remaining <= 0) break;
      const more = await this.#read(count - batch.length, remaining);
      if (more.length === 0) break;
      batch.push(...more);
    }
    return batch;
  }

  async #read(count: number, blockMs: number): Promise<RawEntry[]> {
    const { keys, group, consumer } = this.#options;
    const started = Date.now();
    const reply = (await typed(
      this.#reader.callBuffer(
        "XREADGROUP",
        "GROUP",
        group,
        consumer,
        "COUNT",
        count,
        // 0: a read that does not block (the gRPC gateway's, on its shared connection, woken by a stream watcher).
        ...(blockMs > 0 ? ["BLOCK", Math.max(1, Math.round(blockMs))] : []),
        "STREAMS",
        keys.stream,
        ">",
      ),
    )) as [Buffer, EntryReply[]][] | null;
    if (reply === null && blockMs > 0 && Date.now() - started > blockMs + STALLED_AFTER_MS) {
      // No answer past BLOCK plus the grace: the client gave up waiting on a connection that may be half-open
      // (no error ever arrives on one). Reconnect rather than read "empty" from it until the kernel notices.
      this.#reader.disconnect(true);
    }
    return reply?.[0] ? toRawEntries(reply[0][1], () => 1) : [];
  }
}
