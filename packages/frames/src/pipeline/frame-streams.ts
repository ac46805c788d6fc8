/**
 * The frame pipeline's streams and the consumer group that works on each:
 *   frames.input ─stream_processor─▶ frames.processed ─ml_inference─▶ frames.output ─output_consumers─▶ sinks
 * Other applications read frames.output with groups of their own (over gRPC Subscribe, HTTP or the runner).
 */
export const FRAME_STREAMS = {
  input: "frames.input",
  processed: "frames.processed",
  output: "frames.output",
} as const;

export const FRAME_GROUPS = {
  processor: "stream_processor",
  inference: "ml_inference",
  output: "output_consumers",
} as const;

/** Event types of the entries in each stream. */
export const FRAME_EVENTS = {
  ingested: "frame.ingested",
  processed: "frame.processed",
  analyzed: "frame.analyzed",
} as const;

/** Entries each frame stream keeps (the systems Sluice replaces capped their queues at 50,000). */
export const FRAME_STREAM_CAP = 50_000;
