// Messages between `npm run bench -- lake` (scripts/bench/lake.ts) and its child processes (lake-child.ts).
import type { RedisTarget, S3ClientSettings } from "@sluice/testing";

export type ToLakeChild =
  /** Redis → encoder threads → S3 through drainStream, as the LakeWriter job runs. */
  | {
      type: "e2e";
      target: RedisTarget;
      s3: S3ClientSettings;
      bucket: string;
      stream: string;
      threads: number;
    }
  /** The same entries, read into memory first, → the same encoder threads → local files. */
  | { type: "baseline"; target: RedisTarget; stream: string; threads: number; dir: string }
  /** The peer: DuckDB from the stream's NDJSON export to partitioned Parquet files in `dir` (lake-duckdb.ts). */
  | {
      type: "duckdb";
      target: RedisTarget;
      ndjson: string;
      entries: number;
      dir: string;
      rowGroupRows: number;
    };

export interface LakeRunResult {
  type: "result";
  entries: number;
  rows: number;
  deadLettered: number;
  files: number;
  /** Row groups in all files (undefined where the writer does not tell). */
  rowGroups?: number;
  bytes: number;
  seconds: number;
  /** The child's peak resident set (every thread), MB. */
  peakRssMb: number;
}

export type FromLakeChild = { type: "ready" } | LakeRunResult;
