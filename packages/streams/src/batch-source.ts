import type { RedisClient } from "./connection.ts";
import { typed } from "./errors.ts";
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
  /** How long one read blocks waiting for new entries. */
  blockMs: number;
  /** After a first entry arrives, keep reading up to this long to fill the batch. */
  batchWindowMs: number;
  /** Pending entries idle this long are taken over from their (presumably dead) consumer. */
  visibilityTimeoutMs: number;
  /** How often to look for such entries. */
  reclaimIntervalMs: number;
}

type EntryReply = [Buffer, Buffer[] | null];

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
 * timeout (XAUTOCLAIM, on a timer), then new entries (XREADGROUP ">", blocking on its own connection).
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

  /** The next batch; empty when nothing arrived within `blockMs` (at most `maxBlockMs`). */
  async next(maxBlockMs = this.#options.blockMs, exclude?: ReadonlySet<string>): Promise<RawEntry[]> {
    if (Date.now() >= this.#nextReclaimAt) {
      const reclaimed = await this.reclaim(exclude);
      if (reclaimed.length > 0) return reclaimed;
    }
    return this.#readNew(Math.min(this.#options.blockMs, maxBlockMs));
  }

  /** Takes over entries pending longer than the visibility timeout, with their delivery counts. */
  async reclaim(exclude?: ReadonlySet<string>): Promise<RawEntry[]> {
    const { keys, group, consumer, batchSize, visibilityTimeoutMs, reclaimIntervalMs } = this.#options;
    const reply = (await typed(
      this.#client.callBuffer(
        "XAUTOCLAIM",
        keys.stream,
        group,
        consumer,
        visibilityTimeoutMs,
        this.#reclaimCursor,
        "COUNT",
        batchSize,
      ),
    )) as [Buffer, EntryReply[], Buffer[]?];
    const [cursor, entries] = reply;
    this.#reclaimCursor = cursor.toString();
    // A full scan of the pending list ends at cursor 0-0; until then, keep going on the next call.
    if (this.#reclaimCursor === "0-0") this.#nextReclaimAt = Date.now() + reclaimIntervalMs;
    const claimed = entries.filter(([id]) => !exclude?.has(id.toString()));
    if (claimed.length === 0) return [];
    const counts = await this.#deliveryCounts(claimed.map(([id]) => id.toString()));
    return toRawEntries(claimed, (id) => counts.get(id) ?? 1);
  }

  async #deliveryCounts(ids: string[]): Promise<Map<string, number>> {
    const { keys, group, consumer } = this.#options;
    const first = ids[0] as string;
    const last = ids[ids.length - 1] as string;
    const rows = (await typed(
      this.#client.xpending(keys.stream, group, first, last, ids.length * 2 + 100, consumer),
    )) as [string, string, number, number][];
    return new Map(rows.map(([id, , , count]) => [id, Number(count)]));
  }

  async #readNew(blockMs: number): Promise<RawEntry[]> {
    const { batchSize, batchWindowMs } = this.#options;
    const batch = await this.#read(batchSize, blockMs);
    if (batch.length === 0 || batch.length >= batchSize || batchWindowMs <= 0) return batch;
    const windowEnds = Date.now() + batchWindowMs;
    while (batch.length < batchSize) {
      const remaining = windowEnds - Date.now();
      if (remaining <= 0) break;
      const more = await this.#read(batchSize - batch.length, remaining);
      if (more.length === 0) break;
      batch.push(...more);
    }
    return batch;
  }

  async #read(count: number, blockMs: number): Promise<RawEntry[]> {
    const { keys, group, consumer } = this.#options;
    const reply = (await typed(
      this.#reader.callBuffer(
        "XREADGROUP",
        "GROUP",
        group,
        consumer,
        "COUNT",
        count,
        "BLOCK",
        Math.max(1, Math.round(blockMs)),
        "STREAMS",
        keys.stream,
        ">",
      ),
    )) as [Buffer, EntryReply[]][] | null;
    return reply?.[0] ? toRawEntries(reply[0][1], () => 1) : [];
  }
}
