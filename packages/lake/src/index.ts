export { type FileSink, fileSink, localFileTarget } from "./chunk-sink.ts";
export {
  type EncoderInput,
  EncoderPool,
  type EncoderPoolOptions,
  type SegmentOutput,
} from "./encoder-pool.ts";
export type { Malformed } from "./encoder-protocol.ts";
export { serveEncoder } from "./encoder-thread.ts";
export { LakeConflictError, LakeEncoderError, LakeRunError } from "./errors.ts";
export { LAKE_FAMILIES } from "./families/index.ts";
export {
  type LakeFamily,
  type LakeRow,
  type LakeTable,
  lakeTable,
  type PartitionTime,
} from "./lake-table.ts";
export { type ObjectKeyParts, objectKey, tablePrefix } from "./object-key.ts";
export { columnNames, parquetSchema } from "./parquet-columns.ts";
export {
  DEFAULT_ROW_GROUP_ROWS,
  type ParquetFileSummary,
  ParquetFileWriter,
  type ParquetFileWriterOptions,
} from "./parquet-file-writer.ts";
export {
  type FileLayout,
  type FileTarget,
  type Partition,
  PartitionedWriter,
  type PartitionedWriterOptions,
  partitionHour,
  type WrittenFile,
} from "./partitioner.ts";
export { manifest, manifestKey, markAbandoned, putRunMetrics, writeManifest } from "./run-report.ts";
export {
  MAX_COPY_BYTES,
  MAX_S3_FILE_ESTIMATE,
  MIN_PART_BYTES,
  type S3FileTargetOptions,
  s3FileTarget,
} from "./s3-file-target.ts";
export {
  STAGING_EXPIRY_DAYS,
  STAGING_PREFIX,
  STAGING_SUFFIX,
  stagingPrefix,
} from "./staging-layout.ts";
export { type SweepOptions, type SweepResult, sweepStaging } from "./staging-sweep.ts";
export {
  type DrainOptions,
  type DrainReport,
  drainStream,
  LOCK_GRACE_MS,
  type SegmentReport,
} from "./stream-drain.ts";
export { LAKE_STREAMS, tableById, tablesFor } from "./table-registry.ts";
export { type StreamRun, type WriteLakeOptions, writeLake } from "./write-lake.ts";
