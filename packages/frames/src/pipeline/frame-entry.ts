import type { EntryInput, StreamEntry } from "@sluice/streams";
import { FRAME_CONTENT_TYPE, type FrameProperties, type ProcessedFrame, parseFrame } from "../codec.ts";
import { updateFrame } from "../frame-update.ts";
import { isPipelineStream } from "./frame-streams.ts";

/** A stage's frame as read from `stream`: validated unless the stream is one of the pipeline's (isPipelineStream). */
export function readFrame(entry: StreamEntry, stream: string): ProcessedFrame {
  return parseFrame(entry.data, entry.contentType, { validate: !isPipelineStream(stream) });
}

/**
 * The entry that carries a frame on to the next stage, with `changes` made to the frame it came in (`frame`, read
 * from `from`, is updated too): its bytes with the changed fields appended where protobuf allows (updateFrame), keyed
 * by its camera, with the trace and the producer time of the entry it came from, so the last stage's produce-to-ack
 * figure is the pipeline's end-to-end latency.
 */
export function frameEntry(
  from: StreamEntry,
  frame: ProcessedFrame,
  changes: FrameProperties,
  type: string,
): EntryInput {
  return {
    type,
    contentType: FRAME_CONTENT_TYPE,
    data: updateFrame(from.data, frame, changes),
    key: frame.cameraId,
    time: from.time,
    ...(from.traceId && { traceId: from.traceId }),
  };
}
