import { Dimension, type MetricsSink, PublishMetric } from "@sluice/observability";
import type { ChainableCommander } from "ioredis";
import type { RedisClient } from "./connection.ts";
import {
  callDeadline,
  type Durability,
  execPipeline,
  isMoved,
  layerDurability,
  markConnection,
  movedError,
  notReplicatedError,
  type ReplicationWait,
  refreshSlots,
  replicationShortfall,
  replicationWait,
  waitForReplicas,
} from "./durability.ts";
import { type EntryInput, encodeEntry, JSON_CONTENT_TYPE, validateEntry } from "./envelope.ts";
import { ForbiddenError, InvalidInputError, NotFoundError, SluiceError, toStreamsError } from "./errors.ts";
import { publishOnceScript } from "./lua/publish-once-2.ts";
import { isNoScript } from "./lua-script.ts";
import { type StreamKeys, streamKeys } from "./names.ts";
import { capabilityCovers, type PlatformCapability } from "./platform-capability.ts";
import { type StreamQuota, StreamRegistry } from "./stream-registry.ts";

/** How long a retry with the same idempotency key writes nothing: SQS FIFO's deduplication window, 5 minutes. */
export const DEFAULT_IDEMPOTENCY_WINDOW_MS = 300_000;

export interface ProducerOptions {
  /** Largest payload accepted, bytes (default 1 MiB). */
  maxPayloadBytes?: number;
  /** Most entries in one `sendBatch` call (default 10,000). */
  maxBatchEntries?: number;
  /** How long an entry's idempotency key is remembered, ms (default DEFAULT_IDEMPOTENCY_WINDOW_MS). */
  idempotencyWindowMs?: number;
  /** Default of every send: confirm writes only once replicas have them (default false). */
  durable?: Durability;
  /**
   * What the platform's stream catalog (functions/config/stream-table.ts) says of a stream, so that every producer
   * agrees on it: its defaults, over the producer's `durable` and `idempotencyWindowMs` and under a call's (checked
   * like a call's options), whether it is reserved to the platform, its entry size and its quota. Undefined: the
   * stream is not declared, and a write to it is refused (`streams.undeclared_stream`, not found). Called once per
   * call. Without `settingsFor` every stream may be written.
   */
  settingsFor?: (stream: string) => StreamPolicy | undefined;
  /** The reserved streams this producer may write (platform-capability.ts); front doors' producers have none. */
  platform?: PlatformCapability;
  /**
   * Where writes Redis refused are counted: PublishFailures per stream and reason (`out_of_memory`,
   * `unavailable`, …; `other` for an error Sluice has no code for). Invalid entries are the caller's, not counted.
   */
  metrics?: MetricsSink;
}

/**
 * Per call: overrides the stream's settings (`settingsFor`) and the producer's. A `durable` object or `true` keeps
 * the replicas and timeout it does not name from those below (`layerDurability`); `false` turns waiting off.
 */
export interface SendOptions {
  durable?: Durability;
  idempotencyWindowMs?: number;
}

/** A stream's entry of the catalog, as a producer applies it. */
export interface StreamPolicy extends SendOptions {
  /** Written only by the platform: the path callers take instead (the refusal's message), e.g. POST /v1/frames. */
  reservedTo?: string;
  /** Largest payload of one entry, bytes; the producer's `maxPayloadBytes` when larger. */
  maxEntryBytes?: number;
  /** The content types entries may have (any when absent); others are refused per entry (unsupported). */
  contentTypes?: readonly string[];
  /** A stream of a declared pattern is registered under the pattern's quota on its first write. */
  quota?: StreamQuota;
}

/**
 * Per entry of a batch, in order: the id Redis gave it (`replayed` when its idempotency key matched an earlier
 * write, which is the id returned), or why it was not written or not confirmed.
 */
export type SendResult = { id: string; replayed?: true } | { error: SluiceError | Error };

const DEFAULTS = {
  maxPayloadBytes: 1024 * 1024,
  maxBatchEntries: 10_000,
  idempotencyWindowMs: DEFAULT_IDEMPOTENCY_WINDOW_MS,
};

/** The reason of a refused write: the part of its code after `streams.`. */
function failureReason(error: Error): string {
  const prefix = "streams.";
  return error instanceof SluiceError && error.code.startsWith(prefix)
    ? error.code.slice(prefix.length)
    : "other";
}

/** What the pipeline answered for one write: an XADD's id, or the publish-once script's [id, replayed]. */
function written(reply: unknown): { id: string; replayed?: true } {
  if (!Array.isArray(reply)) return { id: String(reply) };
  const [id, replayed] = reply;
  return replayed === 1 ? { id: String(id), replayed: true } : { id: String(id) };
}

function assertContentType(stream: string, entry: EntryInput, allowed: readonly string[] | undefined): void {
  const contentType = entry.contentType ?? JSON_CONTENT_TYPE;
  if (allowed === undefined || allowed.includes(contentType)) return;
  throw new SluiceError(
    "unsupported",
    "streams.unsupported_content_type",
    `Stream ${stream} takes entries of ${allowed.join(", ")}, not ${contentType}`,
    { details: { stream, contentType } },
  );
}

function assertWindow(window: number): void {
  if (!Number.isSafeInteger(window) || window < 1) {
    throw new InvalidInputError(
      "streams.invalid_option",
      `idempotencyWindowMs must be a positive integer, got ${window}`,
    );
  }
}

/** One pipelined round trip: the entries to write, by their index in the batch. */
interface Round {
  keys: StreamKeys;
  entries: EntryInput[];
  indexes: number[];
  wait: ReplicationWait | undefined;
  windowMs: number;
  /** EVAL instead of EVALSHA: the server did not know the script. */
  sendScript: boolean;
  /** When the call's time is up (performance.now()): writes answered MOVED are sent again until then. */
  deadline: number;
}

/** Appends envelope entries to streams: one entry, or many in one round trip. */
export class Producer {
  readonly #client: RedisClient;
  readonly #options: typeof DEFAULTS;
  readonly #durable: Durability;
  readonly #settingsFor: ((stream: string) => StreamPolicy | undefined) | undefined;
  readonly #platform: PlatformCapability | undefined;
  readonly #registry: StreamRegistry;
  readonly #metrics: MetricsSink | undefined;

  constructor(
    client: RedisClient,
    { metrics, durable = false, settingsFor, platform, ...options }: ProducerOptions = {},
  ) {
    this.#client = client;
    this.#options = { ...DEFAULTS, ...options };
    assertWindow(this.#options.idempotencyWindowMs);
    replicationWait(durable, client);
    this.#durable = durable;
    this.#settingsFor = settingsFor;
    this.#platform = platform;
    this.#registry = new StreamRegistry(client);
    this.#metrics = metrics;
  }

  /** Largest payload an entry may carry, bytes: a bigger one is reported as `too_large`. */
  get maxPayloadBytes(): number {
    return this.#options.maxPayloadBytes;
  }

  /** Appends one entry; resolves to its id (the first write's for a replay), or rejects with a typed error. */
  async send(stream: string, entry: EntryInput, options?: SendOptions): Promise<string> {
    const [result] = await this.sendBatch(stream, [entry], options);
    if (result && "id" in result) return result.id;
    throw result?.error;
  }

  /**
   * Appends many entries in one pipelined round trip. Invalid entries are reported in place and the valid ones
   * are still written: partial success is reported per entry, never hidden. Throws only for a bad stream name,
   * an oversized batch, a bad option, or a stream it may not write (undeclared: not found; reserved to the
   * platform: forbidden; a new stream past its pattern's quota: exhausted). Durable: every written entry is reported
   * `not_replicated` (with its id) when its replication was not confirmed.
   */
  async sendBatch(stream: string, entries: EntryInput[], options: SendOptions = {}): Promise<SendResult[]> {
    const keys = streamKeys(stream);
    if (!Array.isArray(entries) || entries.length > this.#options.maxBatchEntries) {
      throw new InvalidInputError(
        "streams.invalid_batch",
        `A batch is an array of at most ${this.#options.maxBatchEntries} entries`,
      );
    }
    const own = await this.#policy(stream);
    const wait = replicationWait(layerDurability(this.#durable, own.durable, options.durable), this.#client);
    const windowMs =
      options.idempotencyWindowMs ?? own.idempotencyWindowMs ?? this.#options.idempotencyWindowMs;
    assertWindow(windowMs);
    const results: SendResult[] = new Array(entries.length);
    const indexes: number[] = [];
    entries.forEach((entry, index) => {
      try {
        validateEntry(entry, Math.min(this.#options.maxPayloadBytes, own.maxEntryBytes ?? Infinity));
        assertContentType(stream, entry, own.contentTypes);
        indexes.push(index);
      } catch (error) {
        results[index] = { error: error as Error };
      }
    });
    const deadline = callDeadline(this.#client);
    if (indexes.length > 0 && (await this.#registered(stream, own, indexes, results))) {
      await this.#write({ keys, entries, indexes, wait, windowMs, sendScript: false, deadline }, results);
    }
    this.#countFailures(stream, indexes, results);
    return results;
  }

  /** The stream's policy, once this producer may write it. */
  async #policy(stream: string): Promise<StreamPolicy> {
    if (this.#settingsFor === undefined) return {};
    const policy = this.#settingsFor(stream);
    if (policy === undefined) {
      throw new NotFoundError(
        "streams.undeclared_stream",
        `Stream ${stream} is not declared in the stream catalog`,
        {
          details: { stream },
        },
      );
    }
    if (policy.reservedTo !== undefined && !capabilityCovers(this.#platform, stream)) {
      throw new ForbiddenError(
        "streams.reserved_stream",
        `Stream ${stream} is written only by the platform: use ${policy.reservedTo}`,
        { details: { stream } },
      );
    }
    return policy;
  }

  /**
   * Whether a stream of a quota'd pattern is registered (or needs none). A quota used up throws (the whole call is
   * refused); a registration Redis refused is each entry's failure, counted like a refused write.
   */
  async #registered(
    stream: string,
    own: StreamPolicy,
    indexes: number[],
    results: SendResult[],
  ): Promise<boolean> {
    if (own.quota === undefined) return true;
    try {
      await this.#registry.register(stream, own.quota);
      return true;
    } catch (error) {
      if (error instanceof SluiceError && error.kind === "exhausted") throw error;
      for (const index of indexes) results[index] = { error: toStreamsError(error) as Error };
      return false;
    }
  }

  async #write(round: Round, results: SendResult[]): Promise<void> {
    const { entries, indexes, wait } = round;
    const pipeline = this.#client.pipeline();
    if (wait) markConnection(pipeline);
    for (const index of indexes) this.#queueWrite(pipeline, round, entries[index] as EntryInput);
    if (wait) waitForReplicas(pipeline, wait);
    const { replies, failure } = await execPipeline(pipeline);
    const writes = wait ? replies.slice(1, 1 + indexes.length) : replies;
    const shortfall =
      wait &&
      replicationShortfall(replies[0], replies[indexes.length + 1], replies[indexes.length + 2], wait);
    const unknownScript: number[] = [];
    const moved: number[] = [];
    const redirect = wait !== undefined && performance.now() < round.deadline;
    indexes.forEach((index, i) => {
      const [error, reply] = writes[i] ?? [failure, null];
      if (error && isNoScript(error) && !round.sendScript) unknownScript.push(index);
      else if (error && isMoved(error) && redirect) moved.push(index);
      else if (error && isMoved(error)) results[index] = { error: movedError(error) };
      else if (error) results[index] = { error: toStreamsError(error) as Error };
      else {
        const result = written(reply);
        results[index] = shortfall ? { error: notReplicatedError(result.id, shortfall) } : result;
      }
    });
    // Nothing of those was written (NOSCRIPT): sent again with the script's source, which loads it too.
    if (unknownScript.length > 0) {
      await this.#write({ ...round, indexes: unknownScript, sendScript: true }, results);
    }
    if (moved.length > 0) {
      await refreshSlots(this.#client);
      await this.#write({ ...round, indexes: moved }, results);
    }
  }

  #queueWrite(pipeline: ChainableCommander, { keys, windowMs, sendScript }: Round, entry: EntryInput): void {
    const fields = encodeEntry(entry) as string[];
    if (entry.idempotencyKey === undefined) {
      pipeline.xadd(keys.stream, "*", ...fields);
      return;
    }
    const args = [keys.stream, keys.idempotency(entry.idempotencyKey), windowMs, ...fields];
    if (sendScript) pipeline.eval(publishOnceScript.source, publishOnceScript.keyCount, ...args);
    else pipeline.evalsha(publishOnceScript.sha, publishOnceScript.keyCount, ...args);
  }

  #countFailures(stream: string, indexes: number[], results: SendResult[]): void {
    const refused = new Map<string, number>();
    for (const index of indexes) {
      const result = results[index];
      if (!result || !("error" in result)) continue;
      const reason = failureReason(result.error);
      refused.set(reason, (refused.get(reason) ?? 0) + 1);
    }
    for (const [reason, count] of refused) {
      this.#metrics?.put({ [Dimension.stream]: stream, [Dimension.reason]: reason }, [
        { name: PublishMetric.failures, unit: "Count", value: count },
      ]);
    }
  }
}
