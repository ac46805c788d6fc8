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

/**
 * Whether a stream is one of the platform's frame streams (`frames.*`), which the stream catalog reserves to the
 * pipeline (functions/config/stream-table.ts): only ingest, which validates every frame, and the stages write them.
 * Stages decode frames read from such a stream without validating them again; frames from any other stream (an
 * application's own, read with createOutputHandler) are validated.
 */
export function isPipelineStream(stream: string): boolean {
  return stream.startsWith("frames.");
}

/** Event types of the entries in each stream. */
export const FRAME_EVENTS = {
  ingested: "frame.ingested",
  processed: "frame.processed",
  analyzed: "frame.analyzed",
} as const;

/** Entries each frame stream keeps (the systems Sluice replaces capped their queues at 50,000). */
export const FRAME_STREAM_CAP = 50_000;
