// A streaming Parquet writer for one lake file: rows go in one at a time, are kept column-wise until a row group
// fills (by rows or by estimated bytes), then that row group is encoded, zstd-compressed and handed to the sink.
// Memory is one row group of values plus its encoded bytes, whatever the file's size.
import { constants as zlib, zstdCompressSync } from "node:zlib";
import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import type { ChunkSink } from "./chunk-sink.ts";
import type { LakeRow, LakeTable } from "./lake-table.ts";
import { type ColumnCoding, columnCodings, columnNames, parquetSchema } from "./parquet-columns.ts";

export interface ParquetFileWriterOptions {
  /** Rows per row group (default 100,000). */
  rowGroupRows?: number;
  /** Flush a row group early once its values are estimated at this many bytes (default 64 MiB). */
  rowGroupBytes?: number;
  /** zstd level, 1-22 (default 3, zstd's own default: fast, and most of the ratio). */
  zstdLevel?: number;
  /** Hand bytes to the sink in chunks of about this size while a row group is being encoded (default 8 MiB). */
  chunkBytes?: number;
  /** Extra key-value metadata for the file footer. */
  metadata?: Record<string, string>;
}

export interface ParquetFileSummary {
  rows: number;
  rowGroups: number;
  /** Size of the whole file. */
  bytes: number;
}

/** Rows per row group unless a file's layout says otherwise (docs/lake.md, "Row groups", says why). */
export const DEFAULT_ROW_GROUP_ROWS = 100_000;
const DEFAULT_ROW_GROUP_BYTES = 64 * 1024 * 1024;
const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * hyparquet-writer's ByteWriter, drained as it goes: full buffers are set aside as chunks (copies), and `flush`,
 * which the writer calls after each row group, hands them to the sink and lets the grown buffer go: an open file
 * between row groups holds a small buffer, not the size of its largest row group (a thread has many files open).
 */
class SinkByteWriter extends ByteWriter {
  readonly #sink: ChunkSink;
  readonly #chunkBytes: number;
  readonly #initialBytes: number;
  #pending: Uint8Array[] = [];

  constructor(sink: ChunkSink, chunkBytes: number) {
    // Small at first: a file of few rows (an hour with a late event) needs little; the buffer grows as needed.
    const initialBytes = Math.min(chunkBytes, 64 * 1024);
    super(initialBytes);
    this.#sink = sink;
    this.#chunkBytes = chunkBytes;
    this.#initialBytes = initialBytes;
  }

  override ensure(size: number): void {
    if (this.index >= this.#chunkBytes) this.#setAside();
    super.ensure(size);
  }

  #setAside(): void {
    if (this.index === 0) return;
    this.#pending.push(new Uint8Array(this.buffer.slice(0, this.index)));
    this.index = 0;
  }

  async flush(): Promise<void> {
    this.#setAside();
    if (this.buffer.byteLength > this.#initialBytes) {
      this.buffer = new ArrayBuffer(this.#initialBytes);
      this.view = new DataView(this.buffer);
    }
    const chunks = this.#pending;
    this.#pending = [];
    for (const chunk of chunks) await this.#sink(chunk);
  }

  override finish(): Promise<void> {
    return this.flush();
  }
}

/**
 * A column's strings as UTF-8 views into one buffer: one allocation instead of one per value (what
 * hyparquet-writer's per-value TextEncoder would do), and byte comparisons for statistics. Nulls stay null.
 */
function utf8Views(values: unknown[]): unknown[] {
  let bytes = 0;
  for (const value of values) if (typeof value === "string") bytes += Buffer.byteLength(value);
  const buffer = Buffer.allocUnsafeSlow(bytes);
  const views = new Array<unknown>(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "string") {
      views[i] = value;
      continue;
    }
    const written = buffer.write(value, offset, "utf8");
    views[i] = buffer.subarray(offset, offset + written);
    offset += written;
  }
  return views;
}

/**
 * A row group's min/max statistics of a `unique` column are views into that group's UTF-8 buffer (utf8Views), and the
 * file's metadata keeps them until the footer: copied (a Buffer's `slice` would not copy), they no longer hold each
 * group's whole buffer until then.
 */
function detachStatistics(group: ParquetWriter["row_groups"][number] | undefined): void {
  for (const { meta_data } of group?.columns ?? []) {
    const statistics = meta_data?.statistics;
    if (statistics === undefined) continue;
    if (statistics.min_value instanceof Uint8Array)
      statistics.min_value = new Uint8Array(statistics.min_value);
    if (statistics.max_value instanceof Uint8Array)
      statistics.max_value = new Uint8Array(statistics.max_value);
  }
}

/** Rough in-memory size of a value, for sizing row groups by bytes. */
function estimateBytes(value: unknown): number {
  if (typeof value === "string") return value.length + 4;
  if (value === null || value === undefined) return 1;
  if (typeof value !== "object") return 8;
  if (Array.isArray(value)) {
    let n = 4;
    for (const v of value) n += estimateBytes(v);
    return n;
  }
  let n = 0;
  for (const v of Object.values(value)) n += estimateBytes(v);
  return n;
}

/**
 * Writes one Parquet file of one table. Call `write` for each row (await it: it resolves at once unless a row
 * group was flushed), then `close` once. Not reusable; not safe for concurrent `write` calls.
 */
export class ParquetFileWriter {
  readonly table: LakeTable;
  readonly #writer: ParquetWriter;
  readonly #bytes: SinkByteWriter;
  readonly #names: string[];
  readonly #codings: ColumnCoding[];
  readonly #rowGroupRows: number;
  readonly #rowGroupBytes: number;
  #columns: unknown[][];
  #groupRows = 0;
  #groupBytes = 0;
  #valueBytes = 0;
  #rows = 0;
  #rowGroups = 0;
  #closed = false;

  constructor(table: LakeTable, sink: ChunkSink, options: ParquetFileWriterOptions = {}) {
    this.table = table;
    this.#rowGroupRows = options.rowGroupRows ?? DEFAULT_ROW_GROUP_ROWS;
    this.#rowGroupBytes = options.rowGroupBytes ?? DEFAULT_ROW_GROUP_BYTES;
    if (!(this.#rowGroupRows >= 1 && this.#rowGroupBytes >= 1)) {
      throw new RangeError("rowGroupRows and rowGroupBytes must be at least 1");
    }
    const level = options.zstdLevel ?? 3;
    this.#bytes = new SinkByteWriter(sink, options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
    this.#names = columnNames(table.columns);
    this.#codings = columnCodings(table.columns);
    this.#columns = this.#names.map(() => []);
    const metadata = {
      "sluice.table": table.id,
      "sluice.event_type": table.eventTypes.join(","),
      "sluice.schema_version": String(table.version),
      ...options.metadata,
    };
    this.#writer = new ParquetWriter({
      writer: this.#bytes,
      schema: parquetSchema(table.columns),
      codec: "ZSTD",
      compressors: {
        ZSTD: (input) => zstdCompressSync(input, { params: { [zlib.ZSTD_c_compressionLevel]: level } }),
      },
      statistics: true,
      kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
      createdBy: "sluice lake (hyparquet-writer 0.17)",
    });
  }

  /** Rows written so far, including those not yet flushed. */
  get rows(): number {
    return this.#rows;
  }

  /**
   * The estimated size of every row written so far, before encoding: for sizing files. It depends on the rows
   * alone, not on where row groups were cut, so a file rolls at the same row however its groups were flushed.
   */
  get estimatedBytes(): number {
    return this.#valueBytes;
  }

  /** The estimated size of the rows held for the open row group. */
  get bufferedBytes(): number {
    return this.#groupBytes;
  }

  async write(row: LakeRow): Promise<void> {
    if (this.#closed) throw new Error("ParquetFileWriter is closed");
    const names = this.#names;
    const columns = this.#columns;
    let bytes = 0;
    for (let i = 0; i < names.length; i++) {
      const value = (row as unknown as Record<string, unknown>)[names[i] as string];
      (columns[i] as unknown[]).push(value);
      bytes += estimateBytes(value);
    }
    this.#rows++;
    this.#groupRows++;
    this.#groupBytes += bytes;
    this.#valueBytes += bytes;
    if (this.#groupRows >= this.#rowGroupRows || this.#groupBytes >= this.#rowGroupBytes) {
      await this.flush();
    }
  }

  /** Encodes the rows held so far as a row group now (a writer short of memory cuts groups early). */
  async flush(): Promise<void> {
    if (this.#groupRows === 0) return;
    const columnData = this.#codings.map(({ name, unique, statistics }, i) => {
      const values = this.#columns[i] as unknown[];
      return unique
        ? { name, data: utf8Views(values), encoding: "PLAIN" as const, statistics }
        : { name, data: values, statistics };
    });
    const rows = this.#groupRows;
    this.#columns = this.#names.map(() => []);
    this.#groupRows = 0;
    this.#groupBytes = 0;
    // biome-ignore lint/suspicious/noExplicitAny: hyparquet-writer's DecodedArray; values match the schema.
    await this.#writer.write({ columnData: columnData as any, rowGroupSize: rows });
    detachStatistics(this.#writer.row_groups.at(-1));
    this.#rowGroups++;
  }

  /** Flushes the last row group and the footer. */
  async close(): Promise<ParquetFileSummary> {
    if (this.#closed) throw new Error("ParquetFileWriter is closed");
    await this.flush();
    this.#closed = true;
    await this.#writer.finish();
    return { rows: this.#rows, rowGroups: this.#rowGroups, bytes: this.#bytes.offset };
  }
}
