import type { RedisClient } from "./connection.ts";
import { type EntryInput, encodeEntry, validateEntry } from "./envelope.ts";
import { InvalidInputError, type SluiceError, toStreamsError } from "./errors.ts";
import { streamKeys } from "./names.ts";

export interface ProducerOptions {
  /** Largest payload accepted, bytes (default 1 MiB). */
  maxPayloadBytes?: number;
  /** Most entries in one `sendBatch` call (default 10,000). */
  maxBatchEntries?: number;
}

/** Per entry of a batch, in order: the id Redis gave it, or why it was not written. */
export type SendResult = { id: string } | { error: SluiceError | Error };

const DEFAULTS = { maxPayloadBytes: 1024 * 1024, maxBatchEntries: 10_000 };

/** Appends envelope entries to streams: one entry, or many in one round trip. */
export class Producer {
  readonly #client: RedisClient;
  readonly #options: Required<ProducerOptions>;

  constructor(client: RedisClient, options: ProducerOptions = {}) {
    this.#client = client;
    this.#options = { ...DEFAULTS, ...options };
  }

  /** Largest payload an entry may carry, bytes: a bigger one is reported as `too_large`. */
  get maxPayloadBytes(): number {
    return this.#options.maxPayloadBytes;
  }

  /** Appends one entry; resolves to its id, or rejects with a typed error. */
  async send(stream: string, entry: EntryInput): Promise<string> {
    const [result] = await this.sendBatch(stream, [entry]);
    if (result && "id" in result) return result.id;
    throw result?.error;
  }

  /**
   * Appends many entries in one pipelined round trip. Invalid entries are reported in place and the valid ones
   * are still written: partial success is reported per entry, never hidden. Throws only for a bad stream name
   * or an oversized batch.
   */
  async sendBatch(stream: string, entries: EntryInput[]): Promise<SendResult[]> {
    const keys = streamKeys(stream);
    if (!Array.isArray(entries) || entries.length > this.#options.maxBatchEntries) {
      throw new InvalidInputError(
        "streams.invalid_batch",
        `A batch is an array of at most ${this.#options.maxBatchEntries} entries`,
      );
    }
    const results: SendResult[] = new Array(entries.length);
    const pipeline = this.#client.pipeline();
    const written: number[] = [];
    entries.forEach((entry, index) => {
      try {
        validateEntry(entry, this.#options.maxPayloadBytes);
        pipeline.xadd(keys.stream, "*", ...(encodeEntry(entry) as string[]));
        written.push(index);
      } catch (error) {
        results[index] = { error: error as Error };
      }
    });
    if (written.length === 0) return results;
    let replies: [Error | null, unknown][];
    try {
      replies = (await pipeline.exec()) ?? [];
    } catch (error) {
      replies = written.map(() => [error as Error, null]);
    }
    written.forEach((index, i) => {
      const [error, id] = replies[i] ?? [new Error("no reply from Redis"), null];
      results[index] = error ? { error: toStreamsError(error) as Error } : { id: String(id) };
    });
    return results;
  }
}
