// The messages between the lake writer (main thread) and its encoder threads. The main thread reads Redis and
// owns storage; an encoder turns entries of the tables given to it into Parquet files and hands their bytes back
// chunk by chunk, awaiting each answer, so storage's pace holds the encoder back.
import type { FileLayout, Partition, WrittenFile } from "./partitioner.ts";

/** Set in an encoder thread's workerData, so a module that doubles as the thread's entry knows its role. */
export const ENCODER_THREAD = "sluice.lake.encoder";

export interface EncoderThreadData {
  [ENCODER_THREAD]: FileLayout;
}

/** An entry the lake cannot write, and why: it goes to the dead-letter stream when its segment commits. */
export interface Malformed {
  id: string;
  reason: string;
}

/** Entries for one table (by id), in stream order: entry `i` is of `types[i]`, its payload `data[ends[i-1] .. ends[i])`. */
export interface EntryBatch {
  table: string;
  ids: string[];
  types: string[];
  data: Uint8Array;
  ends: Uint32Array;
}

/** An error as it crosses threads: enough to rebuild a typed one. */
export interface ThreadError {
  name: string;
  message: string;
  kind?: string;
  code?: string;
}

export type ToEncoder =
  /** The layout of the next segment's files (sent before its first rows). */
  | { op: "layout"; layout: Omit<FileLayout, "prefix"> }
  | ({ op: "rows"; seq: number } & EntryBatch)
  /** Close every open file: the segment is complete. */
  | { op: "finish"; seq: number }
  /** Give up on the open files (their targets are discarded). */
  | { op: "abort"; seq: number }
  | { op: "reply"; call: number; error?: ThreadError };

export type FromEncoder =
  | { op: "ready" }
  | { op: "chunk"; call: number; file: number; partition: Partition; chunk: Uint8Array }
  | { op: "commit"; call: number; file: number; partition: Partition; key: string }
  | { op: "discard"; call: number; file: number }
  | { op: "done"; seq: number; malformed: Malformed[] }
  | { op: "finished"; seq: number; files: WrittenFile[] }
  | { op: "failed"; seq: number; error: ThreadError };
