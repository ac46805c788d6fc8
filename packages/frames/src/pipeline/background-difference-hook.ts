import { mapLimit, type RedisClient, runScript, streamKeys, typed } from "@sluice/streams";
import { msFromTimestamp, type ProcessedFrame } from "../codec.ts";
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
import { saveBackgroundScript } from "./save-background-1.ts";

export interface BackgroundDifferenceOptions {
  client: RedisClient;
  /** Width the frames are analysed at (default 160 px): the background model's resolution. */
  analysisWidth?: number;
  /** A camera silent this long starts a new background (default one hour). */
  stateTtlMs?: number;
  /** Region occupancy from which a region counts as occupied (default that of analyseTraffic). */
  occupancyThreshold?: number;
  /** Stream whose hash tag the state keys carry (default frames.processed), so they live on its cluster slot. */
  stream?: string;
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
 * call): frames analysed out of order, twice, or by two consumers at once never roll a camera's model back.
 */
export function createBackgroundDifferenceHook(options: BackgroundDifferenceOptions): InferenceHook {
  const { client, analysisWidth = 160, stateTtlMs = 3_600_000, occupancyThreshold } = options;
  const prefix = `${streamKeys(options.stream ?? FRAME_STREAMS.processed).stream}:bg:`;
  return async (frames) => {
    if (frames.length === 0) return [];
    const cameras = [...new Set(frames.map((frame) => frame.cameraId))];
    const load = client.pipeline();
    for (const camera of cameras) load.hmgetBuffer(prefix + camera, "t", "s");
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
              [prefix + camera],
              [model.time, encodeBackgroundState(model.state), stateTtlMs],
            )
          : undefined,
      ),
    );
    return results;
  };
}
