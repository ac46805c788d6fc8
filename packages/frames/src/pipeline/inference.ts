import type { BatchHandler, EntryFailure, EntryInput, Producer, StreamEntry } from "@sluice/streams";
import {
  type FrameProperties,
  type ProcessedFrame,
  ProcessingStage,
  ProcessingStatus,
  type RoiAnalysisProperties,
  type TrafficFeaturesProperties,
} from "../codec.ts";
import { frameEntry, readFrame } from "./frame-entry.ts";
import { FRAME_EVENTS, FRAME_STREAMS } from "./frame-streams.ts";

/** What an inference hook found in one frame. */
export interface InferenceResult {
  traffic: TrafficFeaturesProperties;
  /** One per region of the frame, in the same order. */
  regions: RoiAnalysisProperties[];
}

/**
 * The `ml_inference` stage's pluggable part: given a batch's analysable frames (PROCESSED, not FAILED) in stream
 * order, one result per frame in the same order. Throwing fails the batch (it is retried, then bisected).
 */
export type InferenceHook = (frames: ProcessedFrame[]) => Promise<InferenceResult[]>;

export interface InferenceHandlerOptions {
  producer: Producer;
  hook: InferenceHook;
  /** Where analysed frames go (default frames.output). */
  output?: string;
}

/** The hook's traffic features and region analyses (keeping crops the processor made), at stage ANALYZED. */
function analysisChanges(frame: ProcessedFrame, result: InferenceResult): FrameProperties {
  return {
    traffic: result.traffic,
    roiAnalyses: result.regions.map((region, r) => ({ ...region, crop: frame.roiAnalyses[r]?.crop ?? null })),
    stage: ProcessingStage.PROCESSING_STAGE_ANALYZED,
  };
}

const analysable = (frame: ProcessedFrame) =>
  frame.status !== ProcessingStatus.PROCESSING_STATUS_FAILED && (frame.image?.data?.length ?? 0) > 0;

/**
 * The `ml_inference` group's handler: runs the hook over a batch of PROCESSED frames, adds its traffic features
 * and region analyses (keeping crops the processor made), and appends the frames at stage ANALYZED to the output
 * stream in one round trip. Frames that failed processing pass through unchanged, so every frame reaches the end.
 */
export function createInferenceHandler(options: InferenceHandlerOptions): BatchHandler {
  const { producer, hook, output = FRAME_STREAMS.output } = options;
  return async (entries, context) => {
    const failures: EntryFailure[] = [];
    const decoded: { entry: StreamEntry; frame: ProcessedFrame }[] = [];
    for (const entry of entries) {
      try {
        decoded.push({ entry, frame: readFrame(entry, context.stream) });
      } catch (error) {
        failures.push({ id: entry.id, error });
      }
    }
    const frames = decoded.map(({ frame }) => frame).filter(analysable);
    const results = await hook(frames);
    if (results.length < frames.length)
      throw new Error(`The inference hook returned ${results.length} results for ${frames.length} frames`);
    const analyses = new Map(frames.map((frame, i) => [frame, results[i] as InferenceResult]));
    // Only the analysis is new: it is appended to each frame's bytes (frameEntry). A frame that failed processing
    // passes through as it came.
    const inputs: EntryInput[] = [];
    const from: StreamEntry[] = [];
    for (const { entry, frame } of decoded) {
      const result = analyses.get(frame);
      try {
        inputs.push(
          result
            ? frameEntry(entry, frame, analysisChanges(frame, result), FRAME_EVENTS.analyzed)
            : frameEntry(entry, frame, {}, FRAME_EVENTS.processed),
        );
        from.push(entry);
      } catch (error) {
        failures.push({ id: entry.id, error });
      }
    }
    const sent = await producer.sendBatch(output, inputs);
    sent.forEach((result, i) => {
      if ("error" in result) failures.push({ id: (from[i] as StreamEntry).id, error: result.error });
    });
    return { failures };
  };
}
