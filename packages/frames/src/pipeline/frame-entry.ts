import type { EntryInput, StreamEntry } from "@sluice/streams";
import { encodeFrame, FRAME_CONTENT_TYPE, type ProcessedFrame } from "../codec.ts";

/**
 * The entry that carries a frame on to the next stage: keyed by its camera, with the trace and the producer time of
 * the entry it came from, so the last stage's produce-to-ack figure is the pipeline's end-to-end latency.
 */
export function frameEntry(frame: ProcessedFrame, from: StreamEntry, type: string): EntryInput {
  return {
    type,
    contentType: FRAME_CONTENT_TYPE,
    data: encodeFrame(frame),
    key: frame.cameraId,
    time: from.time,
    ...(from.traceId && { traceId: from.traceId }),
  };
}
