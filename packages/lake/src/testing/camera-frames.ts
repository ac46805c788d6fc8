// Camera frames for the camera tables' tests, as the frame pipeline leaves them in frames.output: analyzed frames
// made with the frames package's own encoder (any number, fast), or the real stream_processor and ml_inference
// stages run over camera views drawn with sharp (a static road of noise, white boxes for vehicles).
import {
  encodeFrame,
  FRAME_CONTENT_TYPE,
  FRAME_EVENTS,
  FRAME_STREAMS,
  type FrameProperties,
  ImageFormat,
  ingestFrame,
  ProcessingStage,
  ProcessingStatus,
  type RegionProperties,
  startFramePipeline,
  timestampFromMs,
} from "@sluice/frames";
import {
  type EntryInput,
  Producer,
  type RedisClient,
  type RedisConnectionConfig,
  streamKeys,
} from "@sluice/streams";
import { waitFor } from "@sluice/testing/clients";
import sharp from "sharp";

/** Two lanes side by side across the lower half of a 320×240 view. */
export const LANES: RegionProperties[] = [
  { id: "lane-1", x: 0, y: 120, width: 160, height: 120 },
  { id: "lane-2", x: 160, y: 120, width: 160, height: 120 },
];

/** An analyzed frame's entry as ml_inference appends it to frames.output, with an analysis per region. */
export function analyzedFrame(camera: string, capturedMs: number, n: number, regions = LANES): EntryInput {
  const frame: FrameProperties = {
    frameId: `${camera}-${n}`,
    cameraId: camera,
    capturedAt: timestampFromMs(capturedMs),
    stage: ProcessingStage.PROCESSING_STAGE_ANALYZED,
    status: ProcessingStatus.PROCESSING_STATUS_OK,
    image: { data: new Uint8Array(64), format: ImageFormat.IMAGE_FORMAT_JPEG, width: 320, height: 240 },
    regions,
    quality: { sharpness: 200 + (n % 50), brightness: 110, contrast: 30, darkFraction: 0, brightFraction: 0 },
    traffic: { motion: (n % 10) / 10, occupancy: (n % 4) / 4, backgroundFrames: 20, method: "test" },
    roiAnalyses: regions.map((region, r) => ({
      region,
      motion: ((n + r) % 10) / 10,
      occupancy: ((n + r) % 4) / 4,
      occupied: (n + r) % 4 >= 1,
      brightness: 100 + r,
    })),
    processedAt: timestampFromMs(capturedMs + 25),
    processingMs: 12.5,
  };
  return {
    type: FRAME_EVENTS.analyzed,
    contentType: FRAME_CONTENT_TYPE,
    data: encodeFrame(frame),
    key: camera,
  };
}

/** One frame a camera sends: vehicles as 60×60 white boxes at their top-left corners, or a dark or broken image. */
export interface CameraShot {
  camera: string;
  capturedMs: number;
  vehicles?: { x: number; y: number }[];
  dark?: boolean;
  broken?: boolean;
}

const VIEW = { width: 320, height: 240, channels: 3 } as const;
let road: Promise<Buffer> | undefined;

/** The empty road, the same for every frame of a test run: a static scene the background model learns. */
function emptyRoad(): Promise<Buffer> {
  road ??= sharp({
    create: { ...VIEW, background: "#000000", noise: { type: "gaussian", mean: 110, sigma: 30 } },
  })
    .png()
    .toBuffer();
  return road;
}

async function view(shot: CameraShot): Promise<Buffer> {
  if (shot.broken) return Buffer.from("not an image");
  const vehicle = { create: { width: 60, height: 60, channels: 3, background: "#fafafa" } } as const;
  let image = sharp(await emptyRoad());
  if (shot.vehicles)
    image = image.composite(shot.vehicles.map((v) => ({ input: vehicle, left: v.x, top: v.y })));
  if (shot.dark) image = image.linear(0.12, 0);
  return image.jpeg({ quality: 90 }).toBuffer();
}

/**
 * Sends the shots to frames.input and runs the real stream_processor and ml_inference stages over them; resolves
 * once frames.output holds every one (a broken image too: it passes through, FAILED).
 */
export async function throughFramePipeline(
  redis: RedisConnectionConfig,
  client: RedisClient,
  shots: CameraShot[],
): Promise<void> {
  const fast = { blockMs: 100, visibilityTimeoutMs: 5000 };
  const pipeline = await startFramePipeline({
    redis,
    consumer: "lake-test",
    stages: ["processor", "inference"],
    settings: { processor: fast, inference: fast },
    write: () => {},
  });
  try {
    const output = streamKeys(FRAME_STREAMS.output).stream;
    const before = await client.xlen(output);
    const producer = new Producer(client);
    for (const [n, shot] of shots.entries()) {
      await ingestFrame(producer, {
        frameId: `${shot.camera}-${n}`,
        cameraId: shot.camera,
        capturedAt: timestampFromMs(shot.capturedMs),
        image: { data: await view(shot) },
        regions: LANES,
      });
    }
    await waitFor(async () => (await client.xlen(output)) === before + shots.length, {
      what: `${shots.length} frames in ${FRAME_STREAMS.output}`,
    });
  } finally {
    await pipeline.stop();
  }
}
