// The camera tables' rows: what the frame pipeline learned about each frame, and about each region of it, without
// the image. Times are epoch milliseconds; a measure a stage did not produce (a frame that failed before it) is null.

/** One frame of `frames.output`. */
export interface FrameRow {
  /** The stream entry id: unique per stream, the dedupe key. */
  stream_id: string;
  /** When the camera captured the frame: the event time the table is partitioned by. */
  captured_at: number;
  /** When Redis added the entry to frames.output (the time in its id). */
  arrival_time: number;
  camera_id: string;
  frame_id: string;
  /** How far the pipeline got: `analyzed`, or `processed` for a frame that failed processing. */
  stage: string;
  /** `ok`, `degraded` (a poor image: features unreliable) or `failed` (`error` says why). */
  status: string;
  error: string | null;
  processed_at: number | null;
  processing_ms: number | null;
  /** The compressed image's format, size and bytes; the bytes themselves stay out of the lake. */
  image_format: string | null;
  image_width: number | null;
  image_height: number | null;
  image_bytes: number | null;
  /** Size of the image the camera sent. */
  original_bytes: number | null;
  sharpness: number | null;
  brightness: number | null;
  contrast: number | null;
  dark_fraction: number | null;
  bright_fraction: number | null;
  blurry: boolean | null;
  /** Whole-frame traffic features of ml_inference. */
  motion: number | null;
  occupancy: number | null;
  background_frames: number | null;
  method: string | null;
  /** Regions the camera's configuration gave the frame. */
  regions: number;
}

/** One region of an analyzed frame, with its frame's identity and status. */
export interface RoiRow {
  stream_id: string;
  captured_at: number;
  arrival_time: number;
  camera_id: string;
  frame_id: string;
  status: string;
  roi_id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  motion: number;
  occupancy: number;
  occupied: boolean;
  brightness: number;
}
