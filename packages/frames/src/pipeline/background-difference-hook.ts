import { mapLimit, type RedisClient, runScript, streamKeys, typed } from "@sluice/streams";
import { msFromTimestamp, type ProcessedFrame } from "../codec.ts";
import { intOption } from "../image/errors.ts";
import {
  analyseTraffic,
  type BackgroundState,
  decodeBackgroundState,
  decodeLuma,
  encodeBackgroundState,
  type LumaImage,
} from "../image/index.ts";
import { FRAME_STREAMS } from "./frame-streams.ts";
import type { InferenceHook, InferenceResult } from "./inference.ts";
import { saveBackgroundScript } from "./save-background-2.ts";

/**
 * Camera models kept by default: at 160 × 90 a model is 43,216 bytes of value, MEMORY USAGE 49,400 bytes with its
 * key and hash, so 500 take about 25 MB (used_memory grew 24 MB for 10,000 camera ids in camera-models.test.ts).
 * A node holds the model of every camera seen within the TTL, so without a bound a caller inventing camera ids fills
 * Redis, and noeviction then refuses every write on the node, the streams' included.
 */
export const DEFAULT_MAX_CAMERA_MODELS = 500;

export interface BackgroundDifferenceOptions {
  client: RedisClient;
  /** Width the frames are analysed at (default 160 px): the background model's resolution. */
  analysisWidth?: number;
  /** A camera silent this long starts a new background (default one hour). */
  stateTtlMs?: number;
  /**
   * Most camera models kept (default DEFAULT_MAX_CAMERA_MODELS): past it the least recently stored are dropped, and
   * their cameras start new backgrounds. Size it to the cameras a deployment has, at ~49 KB each at 160 × 90.
   */
  maxModels?: number;
  /** Region occupancy from which a region counts as occupied (default that of analyseTraffic). */
  occupancyThreshold?: number;
  /** Stream whose hash tag the state keys carry (default frames.processed), so they live on its cluster slot. */
  stream?: string;
}

/** The Redis keys of a stream's camera models, all in its cluster slot (its hash tag). */
export function cameraModelKeys(stream: string) {
  const tagged = streamKeys(stream).stream;
  return {
    /** A camera's model hash. */
    model: (camera: string) => `${tagged}:bg:${camera}`,
    /** The cameras with a model, scored by when their model was last stored. */
    used: `${tagged}:bg-used`,
  };
}

/** When a frame was taken, for ordering a camera's models: its capture time, else when it was processed. */
function frameTime(frame: ProcessedFrame): number {
  const time = frame.capturedAt ?? frame.processedAt;
  return time ? msFromTimestamp(time) : 0;
}

interface CameraModel {
  state: BackgroundState | undefined;
  /** Capture time of the latest frame folded into `state`. */
  time: number;
  changed: boolean;
}

/**
 * The default `ml_inference` hook: classical background differencing, no learned model and no invented detections.
 * Each camera's running background and previous frame (43 KB at the default 160 × 90) live in Redis with the capture
 * time of the latest frame folded in, so any consumer can take any camera's frames. A frame older than (or as old
 * as) the model is measured against it but not folded in, and a model is stored only over an older one (one Lua
 * call): frames analysed out of order, twice, or by two consumers at once never roll a camera's model back. The same
 * call bounds the models to `maxModels`, dropping the least recently stored: a frame of a camera whose model was
 * dropped (or expired) starts a new one, like a camera's first frame (backgroundFrames 1, motion and occupancy 0;
 * its status is the processor's, OK unless the image is degraded).
 */
export function createBackgroundDifferenceHook(options: BackgroundDifferenceOptions): InferenceHook {
  const { client, analysisWidth = 160, stateTtlMs = 3_600_000, occupancyThreshold } = options;
  const maxModels = intOption("maxModels", options.maxModels, DEFAULT_MAX_CAMERA_MODELS, 1, 10_000_000);
  const keys = cameraModelKeys(options.stream ?? FRAME_STREAMS.processed);
  const prefix = keys.model("");
  return async (frames) => {
    if (frames.length === 0) return [];
    const cameras = [...new Set(frames.map((frame) => frame.cameraId))];
    const load = client.pipeline();
    for (const camera of cameras) load.hmgetBuffer(keys.model(camera), "t", "s");
    const stored = (await typed(load.exec())) ?? [];
    const models = new Map<string, CameraModel>(
      cameras.map((camera, i) => {
        const [error, fields] = stored[i] ?? [null, null];
        if (error) throw error;
        const [time, state] = (fields ?? [null, null]) as (Buffer | null)[];
        return [
          camera,
          {
            state: state ? decodeBackgroundState(state) : undefined,
            time: time ? Number(time.toString()) : -1,
            changed: false,
          },
        ];
      }),
    );
    // Decoding is the costly part and independent per frame; the model updates run in stream order per camera.
    const lumas = await mapLimit(frames, 4, (frame) =>
      decodeLuma((frame.image as { data: Uint8Array }).data, analysisWidth),
    );
    const results: InferenceResult[] = frames.map((frame: ProcessedFrame, i) => {
      const model = models.get(frame.cameraId) as CameraModel;
      const analysis = analyseTraffic(lumas[i] as LumaImage, model.state, frame.regions, {
        maxWidth: analysisWidth,
        originalWidth: frame.image?.width ?? 0,
        originalHeight: frame.image?.height ?? 0,
        ...(occupancyThreshold !== undefined && { occupancyThreshold }),
      });
      const time = frameTime(frame);
      if (time > model.time) Object.assign(model, { state: analysis.state, time, changed: true });
      return { traffic: analysis.traffic, regions: analysis.regions };
    });
    await Promise.all(
      [...models].map(([camera, model]) =>
        model.changed && model.state
          ? runScript(
              client,
              saveBackgroundScript,
              [keys.model(camera), keys.used],
              [model.time, encodeBackgroundState(model.state), stateTtlMs, maxModels, prefix, camera],
            )
          : undefined,
      ),
    );
    return results;
  };
}
