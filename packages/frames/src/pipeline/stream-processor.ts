import {
  type BatchHandler,
  type EntryFailure,
  type EntryInput,
  InvalidInputError,
  mapLimit,
  type Producer,
  SluiceError,
  type StreamEntry,
  TooLargeError,
} from "@sluice/streams";
import {
  type FrameProperties,
  type ProcessedFrame,
  ProcessingStage,
  ProcessingStatus,
  timestampFromMs,
} from "../codec.ts";
import { type CompressOptions, processImage, type QualityMetricsResult } from "../image/index.ts";
import { validateRegions } from "../image/regions.ts";
import { frameEntry, readFrame } from "./frame-entry.ts";
import { FRAME_EVENTS, FRAME_STREAMS } from "./frame-streams.ts";
import { toImageData } from "./image-data.ts";

/** Below or above these a frame is DEGRADED: its features are unreliable. */
export interface QualityThresholds {
  /** Mean luma below this is too dark (default 40). */
  minBrightness: number;
  /** Mean luma above this is washed out (default 220). */
  maxBrightness: number;
  /** RMS contrast below this is flat: fog, a covered lens (default 12). */
  minContrast: number;
}

export interface StreamProcessorOptions {
  producer: Producer;
  /** Where processed frames go (default frames.processed). */
  output?: string;
  /** Default compressImage's: JPEG, libjpeg-turbo, quality 60 (about −75% from a camera's quality 95). */
  compress?: CompressOptions;
  /** Also cut each region out of the frame and compress it into its ROIAnalysis (default false). */
  crops?: boolean;
  /** Sharpness (variance of the Laplacian at the analysis width) below which a frame is blurry. */
  blurThreshold?: number;
  thresholds?: Partial<QualityThresholds>;
  /** Frames of a batch worked on at once; sharp runs them on libuv's thread pool (default 4). */
  parallelism?: number;
}

const DEFAULT_THRESHOLDS: QualityThresholds = { minBrightness: 40, maxBrightness: 220, minContrast: 12 };

function degraded(quality: QualityMetricsResult, limits: QualityThresholds): boolean {
  return (
    quality.blurry ||
    quality.brightness < limits.minBrightness ||
    quality.brightness > limits.maxBrightness ||
    quality.contrast < limits.minContrast
  );
}

/** Bad image bytes are the frame's fault, not a passing failure: the frame goes on marked FAILED. */
const isImageFault = (error: unknown) =>
  error instanceof SluiceError && (error.kind === "invalid" || error.kind === "too_large");

/** The frame goes on FAILED, without its image or crops, so that it still reaches the end of the pipeline. */
function failed(error: Error): FrameProperties {
  return {
    status: ProcessingStatus.PROCESSING_STATUS_FAILED,
    error: error.message,
    image: null,
    roiAnalyses: [],
  };
}

/**
 * The `stream_processor` group's handler: decodes each INGESTED frame, compresses its image, measures its quality
 * and appends it to the processed stream at stage PROCESSED (status OK, DEGRADED, or FAILED with the reason when
 * the image cannot be decoded, a region does not fit it or the result is too large for the stream), keeping the
 * entry's producer time so the last stage can measure end-to-end latency. An entry that is not a valid frame is
 * dead-lettered at once; the batch's output is one round trip.
 */
export function createStreamProcessor(options: StreamProcessorOptions): BatchHandler {
  const { producer, output = FRAME_STREAMS.processed, crops = false, parallelism = 4 } = options;
  const compress: CompressOptions = options.compress ?? {};
  const limits = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const analysis = options.blurThreshold === undefined ? {} : { blurThreshold: options.blurThreshold };

  /** The frame's new image, quality, status and crops. */
  const process = async (frame: ProcessedFrame): Promise<FrameProperties> => {
    const original = frame.image?.data as Uint8Array; // checked by processEntry
    const regions = crops ? frame.regions : [];
    const processed = await processImage(original, { compress, regions, ...analysis });
    // The camera's regions must fit the image as decoded (the sender need not have given its size).
    validateRegions(frame.regions, processed.image.width, processed.image.height);
    return {
      image: toImageData(processed.image),
      quality: processed.quality,
      status: degraded(processed.quality, limits)
        ? ProcessingStatus.PROCESSING_STATUS_DEGRADED
        : ProcessingStatus.PROCESSING_STATUS_OK,
      roiAnalyses: processed.crops.map((crop, i) => ({ region: regions[i], crop: toImageData(crop) })),
    };
  };

  // The new image replaces the camera's, so the frame is encoded whole (frameEntry cannot append it).
  const processEntry = async (entry: StreamEntry, stream: string): Promise<EntryInput> => {
    const started = performance.now();
    const frame = readFrame(entry, stream);
    if (frame.stage !== ProcessingStage.PROCESSING_STAGE_INGESTED) {
      throw new SluiceError(
        "invalid",
        "frames.invalid_stage",
        `Expected an INGESTED frame, got stage ${frame.stage}`,
      );
    }
    // Ingest requires an image, and frames from the pipeline's streams are not validated again: checked here too,
    // as no image is the entry's fault (dead-lettered), unlike an image that cannot be decoded (the frame FAILED).
    if (!frame.image?.data?.length) {
      throw new InvalidInputError(
        "frames.invalid_frame",
        "image.data: is required at stage PROCESSING_STAGE_INGESTED",
        {
          details: { field: "image.data" },
        },
      );
    }
    let changes: FrameProperties;
    try {
      changes = await process(frame);
    } catch (error) {
      if (!isImageFault(error)) throw error;
      changes = failed(error as Error);
    }
    const processed = frameEntry(
      entry,
      frame,
      {
        ...changes,
        stage: ProcessingStage.PROCESSING_STAGE_PROCESSED,
        processedAt: timestampFromMs(Date.now()),
        processingMs: performance.now() - started,
      },
      FRAME_EVENTS.processed,
    );
    const limit = producer.maxPayloadBytes;
    if (processed.data.length <= limit) return processed;
    // Retrying cannot make it fit: the frame goes on without its image rather than to the dead-letter stream.
    const message = `The processed frame is ${processed.data.length} bytes, over the stream's payload limit of ${limit}: set a byte budget (compress.maxBytes) or turn crops off`;
    return frameEntry(
      entry,
      frame,
      failed(new TooLargeError("frames.frame_too_large", message)),
      FRAME_EVENTS.processed,
    );
  };

  return async (entries, context) => {
    const failures: EntryFailure[] = [];
    const outputs = await mapLimit(entries, parallelism, async (entry) => {
      try {
        return await processEntry(entry, context.stream);
      } catch (error) {
        failures.push({ id: entry.id, error });
        return undefined;
      }
    });
    const ready = entries.filter((_, i) => outputs[i] !== undefined);
    const results = await producer.sendBatch(
      output,
      outputs.filter((input) => input !== undefined),
    );
    results.forEach((result, i) => {
      if ("error" in result) failures.push({ id: (ready[i] as StreamEntry).id, error: result.error });
    });
    return { failures };
  };
}
