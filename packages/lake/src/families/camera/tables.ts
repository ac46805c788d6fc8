// The camera tables: `camera_frames`, one row per frame of frames.output (analyzed, or passed through after failing
// processing), and `camera_roi`, one row per region of an analyzed frame. Both are partitioned by the hour the
// camera captured the frame; the image bytes stay out (the lake keeps what was measured, not what was seen).
import { FRAME_CONTENT_TYPE } from "@sluice/frames/codec";
import { FRAME_EVENTS } from "@sluice/frames/streams";
import { lakeTable } from "../../lake-table.ts";
import { boolean, type Column, double, int32, leaf, string, timestampMillis } from "../../parquet-columns.ts";
import type { FrameRow, RoiRow } from "./camera-rows.ts";
import { frameRow, roiRows } from "./frame-rows.ts";

/** The columns both tables start with: the entry, the frame, when it was captured and arrived. */
const FRAME: Column[] = [
  leaf(string("stream_id"), true),
  leaf(timestampMillis("captured_at")),
  leaf(timestampMillis("arrival_time")),
  leaf(string("camera_id")),
  leaf(string("frame_id"), true),
];

const BY_CAPTURE = { event: "captured_at", arrival: "arrival_time" } as const;

export const CAMERA_FRAMES = lakeTable<FrameRow>({
  name: "camera_frames",
  version: 1,
  eventTypes: [FRAME_EVENTS.analyzed, FRAME_EVENTS.processed],
  contentType: FRAME_CONTENT_TYPE,
  columns: [
    ...FRAME,
    leaf(string("stage")),
    leaf(string("status")),
    leaf(string("error", true)),
    leaf(timestampMillis("processed_at", true)),
    leaf(double("processing_ms", true)),
    leaf(string("image_format", true)),
    leaf(int32("image_width", true)),
    leaf(int32("image_height", true)),
    leaf(int32("image_bytes", true)),
    leaf(int32("original_bytes", true)),
    leaf(double("sharpness", true)),
    leaf(double("brightness", true)),
    leaf(double("contrast", true)),
    leaf(double("dark_fraction", true)),
    leaf(double("bright_fraction", true)),
    leaf(boolean("blurry", true)),
    leaf(double("motion", true)),
    leaf(double("occupancy", true)),
    leaf(int32("background_frames", true)),
    leaf(string("method", true)),
    leaf(int32("regions")),
  ],
  rows: frameRow,
  partitionTime: BY_CAPTURE,
});

export const CAMERA_ROI = lakeTable<RoiRow>({
  name: "camera_roi",
  version: 1,
  eventTypes: [FRAME_EVENTS.analyzed],
  contentType: FRAME_CONTENT_TYPE,
  columns: [
    ...FRAME,
    leaf(string("status")),
    leaf(string("roi_id")),
    leaf(int32("x")),
    leaf(int32("y")),
    leaf(int32("width")),
    leaf(int32("height")),
    leaf(double("motion")),
    leaf(double("occupancy")),
    leaf(boolean("occupied")),
    leaf(double("brightness")),
  ],
  rows: roiRows,
  partitionTime: BY_CAPTURE,
});
