// Frames for the codec and protoc interop tests: one with every field of every message set, one with only what
// validation requires.
import { type FrameProperties, ImageFormat, ProcessingStage, ProcessingStatus } from "@sluice/frames";
import { longFromBigInt } from "../src/int64.ts";

export const UINT64_MAX = 2n ** 64n - 1n;

/** JPEG-looking bytes whose base64 ("/9j/4Pvvvg==") has both characters standard and URL-safe base64 differ in. */
export const IMAGE_BYTES = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0xfb, 0xef, 0xbe);
export const CROP_BYTES = Uint8Array.of(0x52, 0x49, 0x46, 0x46); // "RIFF"

export function fullFrame(): FrameProperties {
  const lane1 = { id: "lane-1", x: 5, y: 10, width: 315, height: 200 };
  const lane2 = { id: "lane-2", x: 320, y: 10, width: 320, height: 470 };
  return {
    frameId: "01HZX3J8K2M4N6P8Q0R2S4T6V8",
    cameraId: "site-7/cam:north_1.a",
    capturedAt: { seconds: 1_700_000_000, nanos: 123_000_000 },
    sequence: longFromBigInt(UINT64_MAX, true),
    stage: ProcessingStage.PROCESSING_STAGE_ANALYZED,
    status: ProcessingStatus.PROCESSING_STATUS_DEGRADED,
    image: {
      data: IMAGE_BYTES,
      format: ImageFormat.IMAGE_FORMAT_JPEG,
      width: 640,
      height: 480,
      quality: 75,
      originalBytes: 123_456,
      originalFormat: ImageFormat.IMAGE_FORMAT_PNG,
    },
    regions: [lane1, lane2],
    quality: {
      sharpness: 812.25,
      brightness: 97.5,
      contrast: 41.125,
      darkFraction: 0.03125,
      brightFraction: 0.5,
      blurry: true,
    },
    traffic: { motion: 0.25, occupancy: 0.75, backgroundFrames: 900, method: "background-difference/v1" },
    roiAnalyses: [
      {
        region: lane1,
        motion: 0.5,
        occupancy: 0.875,
        occupied: true,
        brightness: 120,
        crop: {
          data: CROP_BYTES,
          format: ImageFormat.IMAGE_FORMAT_WEBP,
          width: 315,
          height: 200,
          quality: 60,
        },
      },
      { region: lane2, motion: 0.125, occupancy: 0.0625, brightness: 88.5 },
    ],
    processedAt: { seconds: 1_700_000_001, nanos: 456_789_000 },
    processingMs: 12.5,
    error: "contrast below 12",
    labels: { direction: "north", site: "a1" },
  };
}

/** The same frame in proto3 JSON, as frameToJson prints it. */
export const FULL_FRAME_JSON = {
  frameId: "01HZX3J8K2M4N6P8Q0R2S4T6V8",
  cameraId: "site-7/cam:north_1.a",
  capturedAt: "2023-11-14T22:13:20.123Z",
  sequence: "18446744073709551615",
  stage: "PROCESSING_STAGE_ANALYZED",
  status: "PROCESSING_STATUS_DEGRADED",
  image: {
    data: "/9j/4Pvvvg==",
    format: "IMAGE_FORMAT_JPEG",
    width: 640,
    height: 480,
    quality: 75,
    originalBytes: 123456,
    originalFormat: "IMAGE_FORMAT_PNG",
  },
  regions: [
    { id: "lane-1", x: 5, y: 10, width: 315, height: 200 },
    { id: "lane-2", x: 320, y: 10, width: 320, height: 470 },
  ],
  quality: {
    sharpness: 812.25,
    brightness: 97.5,
    contrast: 41.125,
    darkFraction: 0.03125,
    brightFraction: 0.5,
    blurry: true,
  },
  traffic: { motion: 0.25, occupancy: 0.75, backgroundFrames: 900, method: "background-difference/v1" },
  roiAnalyses: [
    {
      region: { id: "lane-1", x: 5, y: 10, width: 315, height: 200 },
      motion: 0.5,
      occupancy: 0.875,
      occupied: true,
      brightness: 120,
      crop: { data: "UklGRg==", format: "IMAGE_FORMAT_WEBP", width: 315, height: 200, quality: 60 },
    },
    {
      region: { id: "lane-2", x: 320, y: 10, width: 320, height: 470 },
      motion: 0.125,
      occupancy: 0.0625,
      brightness: 88.5,
    },
  ],
  processedAt: "2023-11-14T22:13:21.456789Z",
  processingMs: 12.5,
  error: "contrast below 12",
  labels: { direction: "north", site: "a1" },
};

/** Only what validation requires. */
export function minimalFrame(): FrameProperties {
  return { frameId: "f-1", cameraId: "cam-1", stage: ProcessingStage.PROCESSING_STAGE_PROCESSED };
}
