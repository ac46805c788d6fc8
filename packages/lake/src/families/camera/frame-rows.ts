// frames.output entry → camera rows. Both tables run the same checks on an entry (so it is in both or dead-lettered
// once): the frame must decode and validate as a ProcessedFrame (the frames package's own codec), have a capture
// time in years 2000-2099, an analysis per region it names, and sizes that fit Parquet's INT32.
import {
  decodeFrame,
  ImageFormat,
  msFromTimestamp,
  type ProcessedFrame,
  ProcessingStage,
  ProcessingStatus,
  type RegionProperties,
} from "@sluice/frames/codec";
import { InvalidInputError, type StreamEntry } from "@sluice/streams";
import { arrivalTime, invalidEntry, MAX_EVENT_MS, MIN_EVENT_MS } from "../../entry-checks.ts";
import type { FrameRow, RoiRow } from "./camera-rows.ts";

const MAX_INT32 = 2 ** 31 - 1;

/** Enum numbers → the names without their prefix, lower case: PROCESSING_STATUS_DEGRADED → `degraded`. */
function names(values: object, prefix: string): Map<number, string> {
  const entries = Object.entries(values) as [string, number][];
  return new Map(entries.map(([name, n]) => [n, name.slice(prefix.length).toLowerCase()]));
}
const STAGES = names(ProcessingStage, "PROCESSING_STAGE_");
const STATUSES = names(ProcessingStatus, "PROCESSING_STATUS_");
const FORMATS = names(ImageFormat, "IMAGE_FORMAT_");
/** A value of a newer schema than this one's keeps its number. */
const nameOf = (names: Map<number, string>, value: number) => names.get(value) ?? String(value);

type Shared = Pick<
  FrameRow,
  "stream_id" | "captured_at" | "arrival_time" | "camera_id" | "frame_id" | "status"
>;

/** A frame that passed every check, the columns both tables share, and the region of each analysis. */
interface CheckedFrame {
  frame: ProcessedFrame;
  shared: Shared;
  regions: RegionProperties[];
}

function decoded(entry: StreamEntry): ProcessedFrame {
  try {
    return decodeFrame(entry.data);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    if (error.code === "frames.invalid_protobuf") throw invalidEntry("data", `is ${error.message}`, entry);
    const field = (error.details?.field as string | undefined) || "data";
    const problem = error.message.startsWith(`${field}: `)
      ? error.message.slice(field.length + 2)
      : error.message;
    throw invalidEntry(field, problem, entry);
  }
}

function checked(entry: StreamEntry): CheckedFrame {
  const arrival_time = arrivalTime(entry);
  const frame = decoded(entry);
  if (frame.capturedAt == null) throw invalidEntry("captured_at", "is missing", entry);
  const captured_at = Math.floor(msFromTimestamp(frame.capturedAt));
  if (captured_at < MIN_EVENT_MS || captured_at >= MAX_EVENT_MS) {
    throw invalidEntry("captured_at", `is out of range (years 2000-2099), got ${captured_at} ms`, entry);
  }
  const int32 = (value: number | null | undefined, field: string) => {
    if (value != null && value > MAX_INT32)
      throw invalidEntry(field, `is over ${MAX_INT32}, got ${value}`, entry);
  };
  int32(frame.image?.width, "image.width");
  int32(frame.image?.height, "image.height");
  int32(frame.image?.originalBytes, "image.original_bytes");
  int32(frame.traffic?.backgroundFrames, "traffic.background_frames");
  const regions = frame.roiAnalyses.map((analysis, i) => {
    const region = analysis.region ?? frame.regions[i];
    if (region == null) throw invalidEntry(`roi_analyses[${i}].region`, "is missing", entry);
    for (const side of ["x", "y", "width", "height"] as const) {
      int32(region[side], `roi_analyses[${i}].region.${side}`);
    }
    return region;
  });
  const shared = {
    stream_id: entry.id,
    captured_at,
    arrival_time,
    camera_id: frame.cameraId,
    frame_id: frame.frameId,
    status: nameOf(STATUSES, frame.status),
  };
  return { frame, shared, regions };
}

export function frameRow(entry: StreamEntry): FrameRow {
  const { frame, shared } = checked(entry);
  const { image, quality, traffic } = frame;
  return {
    ...shared,
    stage: nameOf(STAGES, frame.stage),
    error: frame.error === "" ? null : frame.error,
    processed_at: frame.processedAt == null ? null : Math.floor(msFromTimestamp(frame.processedAt)),
    processing_ms: frame.processedAt == null ? null : frame.processingMs,
    image_format: image == null ? null : nameOf(FORMATS, image.format ?? 0),
    image_width: image?.width ?? null,
    image_height: image?.height ?? null,
    image_bytes: image?.data?.length ?? null,
    original_bytes: image?.originalBytes ?? null,
    sharpness: quality?.sharpness ?? null,
    brightness: quality?.brightness ?? null,
    contrast: quality?.contrast ?? null,
    dark_fraction: quality?.darkFraction ?? null,
    bright_fraction: quality?.brightFraction ?? null,
    blurry: quality?.blurry ?? null,
    motion: traffic?.motion ?? null,
    occupancy: traffic?.occupancy ?? null,
    background_frames: traffic?.backgroundFrames ?? null,
    method: traffic?.method ?? null,
    regions: frame.regions.length,
  };
}

/** One row per region analysis: none for a frame that was not analyzed. */
export function roiRows(entry: StreamEntry): RoiRow[] {
  const { frame, shared, regions } = checked(entry);
  return frame.roiAnalyses.map((analysis, i) => {
    const region = regions[i] as RegionProperties;
    return {
      ...shared,
      roi_id: region.id ?? "",
      x: region.x ?? 0,
      y: region.y ?? 0,
      width: region.width ?? 0,
      height: region.height ?? 0,
      motion: analysis.motion ?? 0,
      occupancy: analysis.occupancy ?? 0,
      occupied: analysis.occupied ?? false,
      brightness: analysis.brightness ?? 0,
    };
  });
}
