// Routes rows to one open Parquet file per partition (table, UTC hour) and rolls files at a target size, so a run
// is streamed partition by partition and never held whole. The hour is the event time by default (what queries
// filter on: a Bluesky event's time_us, a frame's capture time), so late and out-of-order events land in their own,
// older hour; arrival time (the stream entry's id time) is the option for writers that must never add files to an
// hour that already closed.
import type { ChunkSink } from "./chunk-sink.ts";
import type { LakeRow, LakeTable, PartitionTime } from "./lake-table.ts";
import { objectKey } from "./object-key.ts";
import {
  type ParquetFileSummary,
  ParquetFileWriter,
  type ParquetFileWriterOptions,
} from "./parquet-file-writer.ts";

export interface Partition {
  /** The table's id (`post_v1`): plain data, for it crosses to the main thread with every chunk. */
  table: string;
  /** Start of the hour, epoch ms (UTC). */
  hourMs: number;
}

const HOUR_MS = 3_600_000;

function leastRecent(files: Map<number, OpenFile>): OpenFile {
  let least: OpenFile | undefined;
  for (const file of files.values()) if (least === undefined || file.touched < least.touched) least = file;
  return least as OpenFile;
}

/** Start of the UTC hour a row of `table` belongs to. */
export function partitionHour(table: LakeTable, row: LakeRow, by: PartitionTime = "event"): number {
  const ms = (row as unknown as Record<string, number>)[table.partitionTime[by]] as number;
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

/**
 * Storage for one file being written. The key names the file's first and last stream ids, which are known only
 * when it is complete, so the file is written first and named at `commit` (a local file: rename from a temporary
 * name; S3: a multipart upload to a staging key, then copy, or an upload started once the key is known).
 */
export interface FileTarget {
  sink: ChunkSink;
  commit(key: string): Promise<void>;
  abort(): Promise<void>;
}

export interface WrittenFile extends ParquetFileSummary, Partition {
  key: string;
  firstId: string;
  lastId: string;
}

/** How files are cut and named: plain data, so the lake writer can hand it to its encoder threads. */
export interface FileLayout extends ParquetFileWriterOptions {
  /** Key prefix, e.g. `lake`. */
  prefix: string;
  /** Which time picks the hour (default `event`). */
  partitionBy?: PartitionTime;
  /** Close a file once it has this many rows (default 1,000,000). */
  maxFileRows?: number;
  /** Close a file once its rows are estimated at this many bytes before encoding (default 256 MiB). */
  maxFileBytes?: number;
  /**
   * Rows held across all open files, estimated in bytes, before the fullest file's row group is encoded early
   * (default 8 MiB): memory stays bounded however many hours are open at once.
   */
  maxBufferedBytes?: number;
  /**
   * Open files per table at most (default 8): a row for another hour then first closes the table's file written
   * to longest ago. Bounds memory when events scatter over many hours; which file closes depends on the table's
   * rows alone, so a rewrite closes the same ones.
   */
  maxOpenFiles?: number;
}

export interface PartitionedWriterOptions extends FileLayout {
  /** Opens storage for a new file of a partition. */
  open(partition: Partition): FileTarget | Promise<FileTarget>;
}

interface OpenFile {
  partition: Partition;
  writer: ParquetFileWriter;
  target: FileTarget;
  firstId: string;
  lastId: string;
  /** When it was last written to, in rows of its table: the least recent closes first. */
  touched: number;
}

/**
 * Writes rows to per-partition files. Add rows in stream order (ids only grow within a stream), so each file's
 * first and last ids bound its rows and two files of one partition never overlap. Not safe for concurrent `write`.
 */
export class PartitionedWriter {
  readonly #options: PartitionedWriterOptions;
  /** Open files by table, then by hour. */
  readonly #open = new Map<LakeTable, Map<number, OpenFile>>();
  readonly #written: WrittenFile[] = [];
  #buffered = 0;
  /** Rows written per table: the clock of `touched`. */
  readonly #rowsOf = new Map<LakeTable, number>();

  constructor(options: PartitionedWriterOptions) {
    this.#options = options;
  }

  async write(table: LakeTable, row: LakeRow): Promise<void> {
    const hourMs = partitionHour(table, row, this.#options.partitionBy);
    let hours = this.#open.get(table);
    if (hours === undefined) {
      hours = new Map();
      this.#open.set(table, hours);
    }
    let file: OpenFile | undefined = hours.get(hourMs);
    if (file === undefined) {
      if (hours.size >= (this.#options.maxOpenFiles ?? 8)) await this.#close(leastRecent(hours));
      const partition = { table: table.id, hourMs };
      const target = await this.#options.open(partition);
      const writer = new ParquetFileWriter(table, target.sink, this.#options);
      file = { partition, writer, target, firstId: row.stream_id, lastId: row.stream_id, touched: 0 };
      hours.set(hourMs, file);
    }
    const before = file.writer.bufferedBytes;
    try {
      await file.writer.write(row);
    } catch (error) {
      hours.delete(hourMs);
      this.#buffered -= before;
      await file.target.abort().catch(() => undefined); // the write's error is the one to report
      throw error;
    }
    this.#buffered += file.writer.bufferedBytes - before;
    file.lastId = row.stream_id;
    file.touched = (this.#rowsOf.get(table) ?? 0) + 1;
    this.#rowsOf.set(table, file.touched);
    if (this.#buffered > (this.#options.maxBufferedBytes ?? 8 * 1024 * 1024)) await this.#flushFullest();
    if (
      file.writer.rows >= (this.#options.maxFileRows ?? 1_000_000) ||
      file.writer.estimatedBytes >= (this.#options.maxFileBytes ?? 256 * 1024 * 1024)
    ) {
      await this.#close(file);
    }
  }

  /** Encodes the row group of the open file holding the most rows' bytes. */
  async #flushFullest(): Promise<void> {
    let fullest: OpenFile | undefined;
    for (const file of this.#files()) {
      if (fullest === undefined || file.writer.bufferedBytes > fullest.writer.bufferedBytes) fullest = file;
    }
    if (fullest === undefined) return;
    this.#buffered -= fullest.writer.bufferedBytes;
    await fullest.writer.flush();
  }

  #files(): OpenFile[] {
    return [...this.#open.values()].flatMap((hours) => [...hours.values()]);
  }

  async #close(file: OpenFile): Promise<void> {
    this.#open.get(file.writer.table)?.delete(file.partition.hourMs);
    this.#buffered -= file.writer.bufferedBytes;
    const { partition, firstId, lastId } = file;
    const key = objectKey({
      prefix: this.#options.prefix,
      table: partition.table,
      hour: new Date(partition.hourMs),
      firstId,
      lastId,
    });
    try {
      const summary = await file.writer.close();
      await file.target.commit(key);
      this.#written.push({ ...partition, ...summary, key, firstId, lastId });
    } catch (error) {
      await file.target.abort().catch(() => undefined); // the commit's error is the one to report
      throw error;
    }
  }

  /** Closes every open file; returns all files written by this writer. */
  async close(): Promise<WrittenFile[]> {
    for (const file of this.#files()) await this.#close(file);
    return [...this.#written];
  }

  /** Gives up on the open files (already committed files stay). */
  async abort(): Promise<void> {
    const files = this.#files();
    this.#open.clear();
    this.#buffered = 0;
    await Promise.allSettled(files.map((file) => file.target.abort()));
  }
}
