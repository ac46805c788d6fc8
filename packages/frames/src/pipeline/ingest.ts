import { InvalidInputError, type Producer } from "@sluice/streams";
import {
  encodeFrame,
  FRAME_CONTENT_TYPE,
  type FrameProperties,
  ProcessingStage,
  ProcessingStatus,
} from "../codec.ts";
import { FRAME_EVENTS, FRAME_STREAMS } from "./frame-streams.ts";

export interface IngestOptions {
  /** Default frames.input. */
  stream?: string;
  traceId?: string;
}

/**
 * Appends a camera frame to the pipeline's input stream at stage INGESTED (status OK), keyed by its camera. Senders
 * leave the stage unset (or INGESTED); the completed frame is validated (an image is required), so only well-formed
 * frames enter the pipeline. Resolves to the entry id.
 */
export async function ingestFrame(
  producer: Producer,
  frame: FrameProperties,
  options: IngestOptions = {},
): Promise<string> {
  const { stream = FRAME_STREAMS.input, traceId } = options;
  const { PROCESSING_STAGE_UNSPECIFIED: unset, PROCESSING_STAGE_INGESTED: ingested } = ProcessingStage;
  const stage = frame.stage ?? unset;
  if (stage !== unset && stage !== ingested) {
    throw new InvalidInputError(
      "frames.invalid_stage",
      `A frame sent to the pipeline has stage unset or PROCESSING_STAGE_INGESTED, got ${ProcessingStage[stage] ?? stage}`,
    );
  }
  frame.stage = ingested;
  frame.status = ProcessingStatus.PROCESSING_STATUS_OK;
  const data = encodeFrame(frame);
  return producer.send(stream, {
    type: FRAME_EVENTS.ingested,
    contentType: FRAME_CONTENT_TYPE,
    data,
    key: frame.cameraId as string, // validated by encodeFrame
    ...(traceId && { traceId }),
  });
}
