export * from "./bsky-events.ts";
export { type ChunkSink, type FileSink, fileSink, localFileTarget } from "./chunk-sink.ts";
export {
  type EncoderInput,
  EncoderPool,
  type EncoderPoolOptions,
  type SegmentOutput,
} from "./encoder-pool.ts";
export { ENCODER_THREAD, type Malformed } from "./encoder-protocol.ts";
export { serveEncoder } from "./encoder-thread.ts";
export { LakeConflictError, LakeEncoderError, LakeRunError } from "./errors.ts";
export { type ObjectKeyParts, objectKey, tablePrefix } from "./object-key.ts";
export {
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
  type PartitionTime,
  partitionHour,
  type WrittenFile,
} from "./partitioner.ts";
export type {
  CommonRow,
  EmbedRow,
  FacetRow,
  LakeRow,
  LakeRows,
  PostRow,
  SubjectDidRow,
  SubjectRefRow,
} from "./row-types.ts";
export { manifest, manifestKey, putRunMetrics, writeManifest } from "./run-report.ts";
export {
  MAX_COPY_BYTES,
  MAX_S3_FILE_ESTIMATE,
  MIN_PART_BYTES,
  type S3FileTargetOptions,
  s3FileTarget,
} from "./s3-file-target.ts";
export { type DrainOptions, type DrainReport, drainStream, type SegmentReport } from "./stream-drain.ts";
export { columnNames, parquetSchema, SCHEMA_VERSION, tableName } from "./table-schema.ts";
export { isBskyEventType, MAX_TIME_US, MIN_TIME_US, toRow } from "./to-row.ts";
export { type StreamRun, type WriteLakeOptions, writeLake } from "./write-lake.ts";
