import { Dimension, type MetricsSink, PublishMetric } from "@sluice/observability";
import type { RedisClient } from "./connection.ts";
import { type EntryInput, encodeEntry, validateEntry } from "./envelope.ts";
import { InvalidInputError, SluiceError, toStreamsError } from "./errors.ts";
import { streamKeys } from "./names.ts";

export interface ProducerOptions {
  /** Largest payload accepted, bytes (default 1 MiB). */
  maxPayloadBytes?: number;
  /** Most entries in one `sendBatch` call (default 10,000). */
  maxBatchEntries?: number;
  /**
   * Where writes Redis refused are counted: PublishFailures per stream and reason (`out_of_memory`,
   * `unavailable`, …; `other` for an error Sluice has no code for). Invalid entries are the caller's, not counted.
   */
  metrics?: MetricsSink;
}

/** Per entry of a batch, in order: the id Redis gave it, or why it was not written. */
export type SendResult = { id: string } | { error: SluiceError | Error };

const DEFAULTS = { maxPayloadBytes: 1024 * 1024, maxBatchEntries: 10_000 };

/** The reason of a refused write: the part of its code after `streams.`. */
function failureReason(error: Error): string {
  const prefix = "streams.";
  return error instanceof SluiceError && error.code.startsWith(prefix)
    ? error.code.slice(prefix.length)
    : "other";
}

/** Appends envelope entries to streams: one entry, or many in one round trip. */
export class Producer {
  readonly #client: RedisClient;
  readonly #options: typeof DEFAULTS;
  readonly #metrics: MetricsSink | undefined;

  constructor(client: RedisClient, { metrics, ...options }: ProducerOptions = {}) {
    this.#client = client;
    this.#options = { ...DEFAULTS, ...options };
    this.#metrics = metrics;
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
    const refused = new Map<string, number>();
    written.forEach((index, i) => {
      const [error, id] = replies[i] ?? [new Error("no reply from Redis"), null];
      if (!error) {
        results[index] = { id: String(id) };
        return;
      }
      const typedError = toStreamsError(error) as Error;
      results[index] = { error: typedError };
      const reason = failureReason(typedError);
      refused.set(reason, (refused.get(reason) ?? 0) + 1);
    });
    for (const [reason, count] of refused) {
      this.#metrics?.put({ [Dimension.stream]: stream, [Dimension.reason]: reason }, [
        { name: PublishMetric.failures, unit: "Count", value: count },
      ]);
    }
    return results;
  }
}
