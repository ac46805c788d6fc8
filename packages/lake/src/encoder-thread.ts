// The encoder thread's side of encoder-protocol.ts: entries in, rows through their table's mapping, Parquet files
// out through targets that forward every chunk, commit and discard to the main thread. Entries a table rejects are
// reported back as malformed and never stop the batch.
import { isMainThread, type MessagePort, parentPort, workerData } from "node:worker_threads";
import { InvalidInputError, type StreamEntry } from "@sluice/streams";
import {
  ENCODER_THREAD,
  type EncoderThreadData,
  type EntryBatch,
  type FromEncoder,
  type Malformed,
  type ThreadError,
  type ToEncoder,
} from "./encoder-protocol.ts";
import type { LakeRow } from "./lake-table.ts";
import { type FileLayout, type FileTarget, type Partition, PartitionedWriter } from "./partitioner.ts";
import { tableById } from "./table-registry.ts";

/**
 * Runs the encoder loop when this thread was started as a lake encoder (see EncoderPool), and returns whether it
 * did. A bundled Lambda calls it from its handler module, which then doubles as the encoder thread's entry.
 */
export function serveEncoder(): boolean {
  const layout = (workerData as Partial<EncoderThreadData> | null)?.[ENCODER_THREAD];
  if (isMainThread || parentPort === null || layout === undefined) return false;
  new Encoder(parentPort, layout).start();
  return true;
}

class Encoder {
  readonly #port: MessagePort;
  readonly #prefix: string;
  #layout: FileLayout;
  readonly #calls = new Map<number, { resolve(): void; reject(error: Error): void }>();
  #nextCall = 0;
  #nextFile = 0;
  #writer: PartitionedWriter;
  #queue: Promise<void> = Promise.resolve();

  constructor(port: MessagePort, layout: FileLayout) {
    this.#port = port;
    this.#prefix = layout.prefix;
    this.#layout = layout;
    this.#writer = this.#newWriter();
  }

  start(): void {
    this.#port.on("message", (message: ToEncoder) => {
      if (message.op === "reply") return this.#answered(message.call, message.error);
      // One message at a time, in order: rows of a table reach their files in stream order.
      this.#queue = this.#queue.then(() => this.#handle(message));
    });
    this.#send({ op: "ready" });
  }

  async #handle(message: Exclude<ToEncoder, { op: "reply" }>): Promise<void> {
    if (message.op === "layout") {
      // Between segments: the writer holds no open file.
      this.#layout = { ...message.layout, prefix: this.#prefix };
      this.#writer = this.#newWriter();
      return;
    }
    try {
      if (message.op === "rows") {
        this.#send({ op: "done", seq: message.seq, malformed: await this.#write(message) });
      } else if (message.op === "finish") {
        const files = await this.#writer.close();
        this.#writer = this.#newWriter();
        this.#send({ op: "finished", seq: message.seq, files });
      } else {
        await this.#writer.abort();
        this.#writer = this.#newWriter();
        this.#send({ op: "finished", seq: message.seq, files: [] });
      }
    } catch (error) {
      this.#send({ op: "failed", seq: message.seq, error: threadError(error) });
    }
  }

  async #write(batch: EntryBatch): Promise<Malformed[]> {
    const { ids, types, data, ends } = batch;
    const table = tableById(batch.table);
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const malformed: Malformed[] = [];
    let start = 0;
    for (let i = 0; i < ids.length; i++) {
      const end = ends[i] as number;
      const id = ids[i] as string;
      const entry: StreamEntry = {
        id,
        type: types[i] as string,
        contentType: table.contentType,
        data: bytes.subarray(start, end),
        time: 0,
      };
      start = end;
      let rows: LakeRow | readonly LakeRow[];
      try {
        rows = table.rows(entry);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        malformed.push({ id, reason: error.message });
        continue;
      }
      if (!Array.isArray(rows)) await this.#writer.write(table, rows as LakeRow);
      else for (const row of rows) await this.#writer.write(table, row);
    }
    return malformed;
  }

  #newWriter(): PartitionedWriter {
    return new PartitionedWriter({ ...this.#layout, open: (partition) => this.#target(partition) });
  }

  /** A file target whose every operation is done by the main thread. */
  #target(partition: Partition): FileTarget {
    const file = this.#nextFile++;
    return {
      sink: (chunk) => this.#call({ op: "chunk", file, partition, chunk }, [chunk.buffer as ArrayBuffer]),
      commit: (key) => this.#call({ op: "commit", file, partition, key }),
      abort: () => this.#call({ op: "discard", file }),
    };
  }

  #call(message: DistributiveOmit<FromEncoder, "call">, transfer: ArrayBuffer[] = []): Promise<void> {
    const call = this.#nextCall++;
    return new Promise((resolve, reject) => {
      this.#calls.set(call, { resolve, reject });
      this.#port.postMessage({ ...message, call }, transfer);
    });
  }

  #answered(call: number, error: ThreadError | undefined): void {
    const pending = this.#calls.get(call);
    this.#calls.delete(call);
    if (error === undefined) pending?.resolve();
    else pending?.reject(Object.assign(new Error(error.message), error));
  }

  #send(message: FromEncoder): void {
    this.#port.postMessage(message);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a thread tells of an error: name, message, and the kind and code of a Sluice error. */
export function threadError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const { kind, code } = error as { kind?: unknown; code?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof kind === "string" && { kind }),
    ...(typeof code === "string" && { code }),
  };
}
