// The main thread's side of encoder-protocol.ts: encoder threads that turn entries into Parquet files, so a lake
// writer uses every core while its own thread reads Redis and talks to storage. Each event type of a segment goes
// to one encoder (the least loaded when the type first shows up), so a table's rows stay in stream order and its
// files come out the same however the types were spread.
import { type ResourceLimits, Worker } from "node:worker_threads";
import type { BskyEventType } from "./bsky-events.ts";
import {
  ENCODER_THREAD,
  type EncoderThreadData,
  type FromEncoder,
  type Malformed,
  type ToEncoder,
} from "./encoder-protocol.ts";
import type { FileLayout, FileTarget, Partition, WrittenFile } from "./partitioner.ts";

export interface EncoderPoolOptions {
  /** Encoder threads (default: one per core). */
  threads: number;
  layout: FileLayout;
  /** Storage for a new file, in the main thread. */
  open(partition: Partition): FileTarget | Promise<FileTarget>;
  /** The module a thread starts from: it must call `serveEncoder()` (default: this package's encoder-entry.ts). */
  script?: URL;
  /** Batches queued per encoder before `add` waits (default 4). */
  maxQueued?: number;
  /** Heap bounds of each thread (default DEFAULT_RESOURCE_LIMITS). */
  resourceLimits?: ResourceLimits;
}

/**
 * V8 sizes a worker's young generation like a main thread's (up to 3 × 32 MiB semi-spaces on a large machine) and,
 * with no old-space ceiling in sight, lets old space grow far past the live set between full collections. These
 * bounds keep an encoder's heap near twice what it holds (measured: 230 MB → 50 MB, same speed). The live set is
 * bounded by the layout's maxBufferedBytes (16 MiB of row values) plus one row group being encoded, well under
 * the ceiling.
 */
export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = {
  maxYoungGenerationSizeMb: 24,
  maxOldGenerationSizeMb: 512,
};

/** An entry to encode: its id, its event type and its JSON payload. */
export interface EncoderInput {
  id: string;
  type: BskyEventType;
  data: Uint8Array;
}

export interface SegmentOutput {
  files: WrittenFile[];
  malformed: Malformed[];
}

const DEFAULT_SCRIPT = new URL("./encoder-entry.ts", import.meta.url);

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
}

/** One encoder thread: its queue of batches, its files, and what it reported. */
class EncoderThread {
  readonly worker: Worker;
  readonly #open: EncoderPoolOptions["open"];
  readonly #targets = new Map<number, Promise<FileTarget>>();
  readonly #waiting = new Map<number, { resolve(value: WrittenFile[]): void; reject(error: Error): void }>();
  readonly #capacity: Waiter[] = [];
  readonly #maxQueued: number;
  #queued = 0;
  #seq = 0;
  #failure: Error | undefined;
  readonly ready: Promise<void>;
  /** Payload bytes given to it in this segment: how loaded it is. */
  load = 0;
  malformed: Malformed[] = [];

  constructor(data: EncoderThreadData, options: EncoderPoolOptions) {
    this.#open = options.open;
    this.#maxQueued = options.maxQueued ?? 4;
    this.worker = new Worker(options.script ?? DEFAULT_SCRIPT, {
      workerData: data,
      resourceLimits: options.resourceLimits ?? DEFAULT_RESOURCE_LIMITS,
    });
    this.ready = new Promise<void>((resolve, reject) => {
      this.worker.once("message", (message: FromEncoder) =>
        message.op === "ready" ? resolve() : reject(new Error(`encoder sent ${message.op} before ready`)),
      );
      this.worker.once("error", reject);
    }).then(() => {
      this.worker.on("message", (message: FromEncoder) => this.#receive(message));
    });
    this.worker.on("error", (error) => this.#fail(error));
    this.worker.on("exit", (code) => this.#fail(new Error(`encoder thread exited with code ${code}`)));
  }

  async send(message: ToEncoder, transfer: ArrayBuffer[] = []): Promise<void> {
    if (this.#failure) throw this.#failure;
    while (this.#queued >= this.#maxQueued) {
      await new Promise<void>((resolve, reject) => this.#capacity.push({ resolve, reject }));
    }
    this.#queued++;
    this.worker.postMessage(message, transfer);
  }

  nextSeq(): number {
    return this.#seq++;
  }

  /** Resolves with the files of a finish (or abort) once the encoder reports them. */
  settled(seq: number): Promise<WrittenFile[]> {
    return new Promise((resolve, reject) => {
      if (this.#failure) return reject(this.#failure);
      this.#waiting.set(seq, { resolve, reject });
    });
  }

  #receive(message: FromEncoder): void {
    switch (message.op) {
      case "done":
        this.malformed.push(...message.malformed);
        this.#dequeued();
        break;
      case "finished":
        this.#dequeued();
        this.#waiting.get(message.seq)?.resolve(message.files);
        this.#waiting.delete(message.seq);
        break;
      case "failed":
        this.#fail(new Error(`encoder failed: ${message.error}`));
        break;
      case "chunk": {
        const { chunk } = message;
        this.#answer(
          message.call,
          this.#target(message.file, message.partition).then((t) => t.sink(chunk)),
        );
        break;
      }
      case "commit": {
        const { key } = message;
        this.#answer(
          message.call,
          this.#target(message.file, message.partition).then((t) => t.commit(key)),
        );
        break;
      }
      case "discard": {
        const target = this.#targets.get(message.file);
        this.#targets.delete(message.file);
        this.#answer(message.call, target?.then((t) => t.abort()) ?? Promise.resolve());
        break;
      }
    }
  }

  #target(file: number, partition: Partition): Promise<FileTarget> {
    let target = this.#targets.get(file);
    if (target === undefined) {
      target = Promise.resolve(this.#open(partition));
      this.#targets.set(file, target);
    }
    return target;
  }

  #answer(call: number, work: Promise<void>): void {
    work.then(
      () => this.worker.postMessage({ op: "reply", call } satisfies ToEncoder),
      (error: unknown) =>
        this.worker.postMessage({
          op: "reply",
          call,
          error: error instanceof Error ? error.message : String(error),
        } satisfies ToEncoder),
    );
  }

  #dequeued(): void {
    this.#queued--;
    this.#capacity.shift()?.resolve();
  }

  #fail(error: Error): void {
    if (this.#failure) return;
    this.#failure = error;
    for (const waiter of this.#capacity.splice(0)) waiter.reject(error);
    for (const waiter of this.#waiting.values()) waiter.reject(error);
    this.#waiting.clear();
  }

  /** Files of the last segment whose commit the encoder forwarded: forgotten at the start of the next. */
  resetSegment(): void {
    this.#targets.clear();
    this.load = 0;
    this.malformed = [];
  }

  get failure(): Error | undefined {
    return this.#failure;
  }
}

export class EncoderPool {
  readonly #threads: EncoderThread[];
  readonly #owner = new Map<BskyEventType, EncoderThread>();

  private constructor(threads: EncoderThread[]) {
    this.#threads = threads;
  }

  /** Starts the threads and resolves once every one is ready. */
  static async start(options: EncoderPoolOptions): Promise<EncoderPool> {
    if (!(Number.isSafeInteger(options.threads) && options.threads >= 1)) {
      throw new RangeError("threads must be a positive integer");
    }
    const data: EncoderThreadData = { [ENCODER_THREAD]: options.layout };
    const threads = Array.from({ length: options.threads }, () => new EncoderThread(data, options));
    const pool = new EncoderPool(threads);
    try {
      await Promise.all(threads.map((thread) => thread.ready));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Hands entries (in stream order) to their types' encoders; waits while those are busy. */
  async add(entries: EncoderInput[]): Promise<void> {
    const byType = new Map<BskyEventType, EncoderInput[]>();
    for (const entry of entries) {
      const list = byType.get(entry.type);
      if (list === undefined) byType.set(entry.type, [entry]);
      else list.push(entry);
    }
    // Biggest first, so that a new type goes to whichever encoder has the least to do.
    const batches = [...byType].map(([type, list]) => ({ type, list, bytes: payloadBytes(list) }));
    batches.sort((a, b) => b.bytes - a.bytes);
    const sends: Promise<void>[] = [];
    for (const { type, list, bytes } of batches) {
      const thread = this.#ownerOf(type);
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
      const message: ToEncoder = { op: "rows", seq: thread.nextSeq(), type, ids, data, ends };
      sends.push(thread.send(message, [data.buffer, ends.buffer]));
    }
    await Promise.all(sends);
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
    const results = await Promise.all(
      this.#threads.map(async (thread) => {
        const seq = thread.nextSeq();
        const settled = thread.settled(seq);
        settled.catch(() => undefined); // awaited below unless the send fails first
        await thread.send({ op, seq });
        return { files: await settled, malformed: thread.malformed };
      }),
    );
    for (const thread of this.#threads) thread.resetSegment();
    this.#owner.clear();
    const malformed = results.flatMap((r) => r.malformed);
    malformed.sort((a, b) => compareIds(a.id, b.id));
    return { files: results.flatMap((r) => r.files), malformed };
  }

  #ownerOf(type: BskyEventType): EncoderThread {
    let thread = this.#owner.get(type);
    if (thread === undefined) {
      thread = this.#threads.reduce((least, t) => (t.load < least.load ? t : least));
      this.#owner.set(type, thread);
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

/** Orders stream ids `<ms>-<seq>` numerically. */
export function compareIds(a: string, b: string): number {
  const [am = 0, as = 0] = a.split("-").map(Number);
  const [bm = 0, bs = 0] = b.split("-").map(Number);
  return am - bm || as - bs;
}
