// The main thread's side of encoder-protocol.ts: encoder threads that turn entries into Parquet files, so a lake
// writer uses every core while its own thread reads Redis and talks to storage. Each table of a segment goes to one
// encoder (the least loaded when the table first shows up), so a table's rows stay in stream order and its files come
// out the same however the tables were spread. An entry goes to every table its event type feeds.
import type { ResourceLimits } from "node:worker_threads";
import { compareIds } from "@sluice/streams";
import { EncoderHandle } from "./encoder-handle.ts";
import {
  ENCODER_THREAD,
  type EncoderThreadData,
  type Malformed,
  type ToEncoder,
} from "./encoder-protocol.ts";
import type { LakeTable } from "./lake-table.ts";
import type { FileLayout, FileTarget, Partition, WrittenFile } from "./partitioner.ts";
import { tablesFor } from "./table-registry.ts";

export interface EncoderPoolOptions {
  /** Encoder threads (default: one per core). */
  threads: number;
  layout: FileLayout;
  /** Storage for a new file, in the main thread. */
  open(partition: Partition): FileTarget | Promise<FileTarget>;
  /** The module a thread starts from: it must call `serveEncoder()` (default: this package's encoder-entry.ts). */
  script?: URL;
  /**
   * Payload bytes queued per encoder before `add` waits (default 16 MiB: some seconds of an encoder's work, enough
   * for the reader to go on feeding the others while one encodes a row group; each MiB of it is RSS).
   */
  maxQueuedBytes?: number;
  /** Heap bounds of each thread (default DEFAULT_RESOURCE_LIMITS). */
  resourceLimits?: ResourceLimits;
}

/**
 * V8 sizes a worker's young generation like a main thread's (up to 3 × 32 MiB semi-spaces on a large machine) and,
 * with no old-space ceiling in sight, lets old space grow far past the live set between full collections. These
 * bounds keep an encoder's heap near twice what it holds (measured: 230 MB → 50 MB, same speed). The live set is
 * bounded by the layout's maxBufferedBytes (8 MiB of row values) plus one row group being encoded, well under
 * the ceiling.
 */
export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = {
  maxYoungGenerationSizeMb: 24,
  maxOldGenerationSizeMb: 512,
};

/** An entry to encode: its id, its event type (which must have a lake table) and its payload. */
export interface EncoderInput {
  id: string;
  type: string;
  data: Uint8Array;
}

export interface SegmentOutput {
  files: WrittenFile[];
  malformed: Malformed[];
}

const DEFAULT_SCRIPT = new URL("./encoder-entry.ts", import.meta.url);

export class EncoderPool {
  readonly #options: EncoderPoolOptions;
  #threads: EncoderHandle[] = [];
  #started: Promise<void> | undefined;
  #layout: Omit<FileLayout, "prefix"> | undefined;
  readonly #owner = new Map<LakeTable, EncoderHandle>();

  private constructor(options: EncoderPoolOptions) {
    if (!(Number.isSafeInteger(options.threads) && options.threads >= 1)) {
      throw new RangeError("threads must be a positive integer");
    }
    this.#options = options;
  }

  /** Starts the threads and resolves once every one is ready. */
  static async start(options: EncoderPoolOptions): Promise<EncoderPool> {
    const pool = new EncoderPool(options);
    await pool.#start();
    return pool;
  }

  /**
   * A pool whose threads start with the first entries it is given, so that a run over a stream with nothing new
   * (most runs over most streams) starts none; a thread that cannot start fails that first `add`.
   */
  static lazy(options: EncoderPoolOptions): EncoderPool {
    return new EncoderPool(options);
  }

  #start(): Promise<void> {
    this.#started ??= this.#startThreads();
    return this.#started;
  }

  async #startThreads(): Promise<void> {
    const options = this.#options;
    const data: EncoderThreadData = { [ENCODER_THREAD]: options.layout };
    this.#threads = Array.from(
      { length: options.threads },
      () =>
        new EncoderHandle({
          script: options.script ?? DEFAULT_SCRIPT,
          data,
          open: options.open,
          maxQueuedBytes: options.maxQueuedBytes ?? 16 * 1024 * 1024,
          resourceLimits: options.resourceLimits ?? DEFAULT_RESOURCE_LIMITS,
        }),
    );
    try {
      await Promise.all(this.#threads.map((thread) => thread.ready));
    } catch (error) {
      await this.close();
      throw error;
    }
    if (this.#layout !== undefined) this.setLayout(this.#layout);
  }

  /** Hands entries (in stream order) to their tables' encoders; waits while those are busy. */
  async add(entries: EncoderInput[]): Promise<void> {
    await this.#start();
    const byTable = new Map<LakeTable, EncoderInput[]>();
    for (const entry of entries) {
      const tables = tablesFor(entry.type);
      if (tables.length === 0)
        throw new RangeError(`event type ${JSON.stringify(entry.type)} has no lake table`);
      for (const table of tables) {
        const list = byTable.get(table);
        if (list === undefined) byTable.set(table, [entry]);
        else list.push(entry);
      }
    }
    // Biggest first, so that a new table goes to whichever encoder has the least to do.
    const batches = [...byTable].map(([table, list]) => ({ table, list, bytes: payloadBytes(list) }));
    batches.sort((a, b) => b.bytes - a.bytes);
    const sends: Promise<void>[] = [];
    for (const { table, list, bytes } of batches) {
      const thread = this.#ownerOf(table);
      thread.load += bytes;
      const data = new Uint8Array(bytes);
      const ends = new Uint32Array(list.length);
      let offset = 0;
      for (let i = 0; i < list.length; i++) {
        const payload = (list[i] as EncoderInput).data;
        data.set(payload, offset);
        offset += payload.byteLength;
        ends[i] = offset;
      }
      const ids = list.map((entry) => entry.id);
      const types = list.map((entry) => entry.type);
      const message: ToEncoder = {
        op: "rows",
        seq: thread.nextSeq(),
        table: table.id,
        ids,
        types,
        data,
        ends,
      };
      sends.push(thread.send(message, [data.buffer, ends.buffer], bytes));
    }
    await Promise.all(sends);
  }

  /** The layout of the next segment's files; between segments only (before its first `add`). */
  setLayout(layout: Omit<FileLayout, "prefix">): void {
    this.#layout = layout;
    for (const thread of this.#threads) thread.post({ op: "layout", layout });
  }

  /** Malformed entries the encoders reported so far in this segment (reports lag the batches a little). */
  get rejected(): number {
    return this.#threads.reduce((sum, thread) => sum + thread.malformed.length, 0);
  }

  /** Closes every file of the segment; resolves once storage has committed them all. */
  async finish(): Promise<SegmentOutput> {
    return this.#settle("finish");
  }

  /** Gives up on the segment's open files. */
  async abort(): Promise<void> {
    await this.#settle("abort").catch(() => undefined);
  }

  async #settle(op: "finish" | "abort"): Promise<SegmentOutput> {
    // Threads never started (no entry so far) hold nothing to finish.
    if (this.#started === undefined) return { files: [], malformed: [] };
    await this.#started;
    try {
      const results = await Promise.all(
        this.#threads.map(async (thread) => {
          const seq = thread.nextSeq();
          const settled = thread.settled(seq);
          settled.catch(() => undefined); // awaited below unless the send fails first
          await thread.send({ op, seq });
          return { files: await settled, malformed: thread.malformed };
        }),
      );
      // An entry that feeds several tables is reported by each of them: once is enough.
      const malformed = results.flatMap((r) => r.malformed);
      malformed.sort((a, b) => compareIds(a.id, b.id));
      return {
        files: results.flatMap((r) => r.files),
        malformed: malformed.filter((m, i) => i === 0 || m.id !== (malformed[i - 1] as Malformed).id),
      };
    } finally {
      for (const thread of this.#threads) thread.resetSegment();
      this.#owner.clear();
    }
  }

  #ownerOf(table: LakeTable): EncoderHandle {
    let thread = this.#owner.get(table);
    if (thread === undefined) {
      thread = this.#threads.reduce((least, t) => (t.load < least.load ? t : least));
      this.#owner.set(table, thread);
    }
    const failure = thread.failure;
    if (failure) throw failure;
    return thread;
  }

  async close(): Promise<void> {
    await Promise.all(this.#threads.map((thread) => thread.worker.terminate()));
  }
}

function payloadBytes(entries: EncoderInput[]): number {
  let bytes = 0;
  for (const entry of entries) bytes += entry.data.byteLength;
  return bytes;
}
