// One encoder thread as the main thread sees it: its queue of batches (bounded, so the reader waits for a busy
// encoder), the storage targets of its files (every chunk, commit and discard it forwards is done here and
// answered), and what it reported: malformed entries, files, or its failure as a LakeEncoderError.
import { type ResourceLimits, Worker } from "node:worker_threads";
import { ERROR_KINDS, type ErrorKind } from "@sluice/streams";
import type {
  EncoderThreadData,
  FromEncoder,
  Malformed,
  ThreadError,
  ToEncoder,
} from "./encoder-protocol.ts";
import { threadError } from "./encoder-thread.ts";
import { LakeEncoderError } from "./errors.ts";
import type { FileTarget, Partition, WrittenFile } from "./partitioner.ts";

export interface EncoderHandleOptions {
  script: URL;
  data: EncoderThreadData;
  open(partition: Partition): FileTarget | Promise<FileTarget>;
  /** Payload bytes queued to the thread before `send` waits. */
  maxQueuedBytes: number;
  resourceLimits: ResourceLimits;
}

interface Waiter<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

const KINDS = new Set<string>(ERROR_KINDS);

function encoderError(error: ThreadError, cause?: unknown): LakeEncoderError {
  const kind = (error.kind && KINDS.has(error.kind) ? error.kind : "unavailable") as ErrorKind;
  return new LakeEncoderError(kind, error.code ?? "lake.encoder_failed", `encoder thread: ${error.message}`, {
    details: { name: error.name },
    ...(cause !== undefined && { cause }),
  });
}

export class EncoderHandle {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  /** Payload bytes given to it in this segment: how loaded it is. */
  load = 0;
  /** Malformed entries it reported in this segment. */
  malformed: Malformed[] = [];
  readonly #open: EncoderHandleOptions["open"];
  readonly #maxQueuedBytes: number;
  /** Payload bytes of each message on its way, oldest first (the thread answers in order). */
  readonly #inFlight: number[] = [];
  readonly #targets = new Map<number, Promise<FileTarget>>();
  readonly #waiting = new Map<number, Waiter<WrittenFile[]>>();
  readonly #capacity: Waiter<void>[] = [];
  #queuedBytes = 0;
  #seq = 0;
  #failure: LakeEncoderError | undefined;

  constructor(options: EncoderHandleOptions) {
    this.#open = options.open;
    this.#maxQueuedBytes = options.maxQueuedBytes;
    this.worker = new Worker(options.script, {
      workerData: options.data,
      resourceLimits: options.resourceLimits,
    });
    this.ready = new Promise<void>((resolve, reject) => {
      this.worker.once("message", (message: FromEncoder) =>
        message.op === "ready" ? resolve() : reject(new Error(`encoder sent ${message.op} before ready`)),
      );
      this.worker.once("error", reject);
    }).then(() => {
      this.worker.on("message", (message: FromEncoder) => this.#receive(message));
    });
    this.worker.on("error", (error) => this.#fail(encoderError(threadError(error), error)));
    this.worker.on("exit", (code) =>
      this.#fail(encoderError({ name: "Error", message: `exited with code ${code}` })),
    );
  }

  get failure(): LakeEncoderError | undefined {
    return this.#failure;
  }

  /**
   * Queues a message that the encoder answers (rows, finish, abort) with `bytes` of payload; waits while the queue
   * holds too many. Measured in bytes, not messages: a deep queue lets the reader run on while this thread encodes a
   * row group (a long synchronous step), instead of stalling every other thread behind it.
   */
  async send(message: ToEncoder, transfer: ArrayBuffer[] = [], bytes = 0): Promise<void> {
    if (this.#failure) throw this.#failure;
    while (this.#inFlight.length > 0 && this.#queuedBytes + bytes > this.#maxQueuedBytes) {
      await new Promise<void>((resolve, reject) => this.#capacity.push({ resolve, reject }));
    }
    this.#inFlight.push(bytes);
    this.#queuedBytes += bytes;
    this.worker.postMessage(message, transfer);
  }

  /** A message the encoder does not answer (a layout). */
  post(message: ToEncoder): void {
    if (this.#failure) throw this.#failure;
    this.worker.postMessage(message);
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

  /** Forgets the last segment's targets and figures. */
  resetSegment(): void {
    this.#targets.clear();
    this.load = 0;
    this.malformed = [];
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
        this.#fail(encoderError(message.error));
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
        this.worker.postMessage({ op: "reply", call, error: threadError(error) } satisfies ToEncoder),
    );
  }

  #dequeued(): void {
    this.#queuedBytes -= this.#inFlight.shift() ?? 0;
    for (const waiter of this.#capacity.splice(0)) waiter.resolve();
  }

  #fail(error: LakeEncoderError): void {
    if (this.#failure) return;
    this.#failure = error;
    for (const waiter of this.#capacity.splice(0)) waiter.reject(error);
    for (const waiter of this.#waiting.values()) waiter.reject(error);
    this.#waiting.clear();
  }
}
