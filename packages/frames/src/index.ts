// Frame codec: ProcessedFrame in binary protobuf and proto3 JSON, validation, timestamps.
export {
  decodeFrame,
  encodeFrame,
  FRAME_CONTENT_TYPE,
  FRAME_TYPE,
  type FrameProperties,
  frameFromJson,
  frameToJson,
  type ImageDataProperties,
  ImageFormat,
  msFromTimestamp,
  type ProcessedFrame,
  ProcessingStage,
  ProcessingStatus,
  parseFrame,
  type QualityMetricsProperties,
  type RegionProperties,
  type RoiAnalysisProperties,
  type TimestampProperties,
  type TrafficFeaturesProperties,
  timestampFromMs,
  updateFrame,
  validateFrame,
} from "./codec.ts";
// End of frame codec.
// Image compression and classical analysis (sharp, libvips): see image/index.ts for the list.
export * from "./image/index.ts";
// End of image.
// The frame pipeline: its streams and groups, ingestion, the three stages' handlers and their host.
export {
  cameraModelKeys,
  createBackgroundDifferenceHook,
  DEFAULT_MAX_CAMERA_MODELS,
} from "./pipeline/background-difference-hook.ts";
export { frameEntry, readFrame } from "./pipeline/frame-entry.ts";
export {
  FRAME_RETENTION,
  FRAME_STAGE_SETTINGS,
  type FramePipelineOptions,
  type FrameStage,
  startFramePipeline,
} from "./pipeline/frame-pipeline.ts";
export {
  FRAME_EVENTS,
  FRAME_GROUPS,
  FRAME_STREAM_CAP,
  FRAME_STREAMS,
  isPipelineStream,
} from "./pipeline/frame-streams.ts";
export { createInferenceHandler, type InferenceHook, type InferenceResult } from "./pipeline/inference.ts";
export { type IngestOptions, ingestFrame } from "./pipeline/ingest.ts";
export { createOutputHandler, type FrameSink } from "./pipeline/output.ts";
export {
  createStreamProcessor,
  type QualityThresholds,
  type StreamProcessorOptions,
} from "./pipeline/stream-processor.ts";
