export * from "./bsky-events.ts";
export { type ChunkSink, type FileSink, fileSink, localFileTarget } from "./chunk-sink.ts";
export { type ObjectKeyParts, objectKey, tablePrefix } from "./object-key.ts";
export {
  type ParquetFileSummary,
  ParquetFileWriter,
  type ParquetFileWriterOptions,
} from "./parquet-file-writer.ts";
export {
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
export { columnNames, parquetSchema, SCHEMA_VERSION, tableName } from "./table-schema.ts";
export { isBskyEventType, MAX_TIME_US, MIN_TIME_US, toRow } from "./to-row.ts";
