import { type RedisClient, streamKeys, typed } from "@sluice/streams";
import type { ProcessedFrame } from "../codec.ts";
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
import { mapLimit } from "./map-limit.ts";

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

/**
 * The default `ml_inference` hook: classical background differencing, no learned model and no invented detections.
 * Each camera's running background and previous frame (43 KB at the default 160 × 90) live in Redis, so any
 * consumer can take any camera's frames; a batch reads them in one MGET and writes them back in one pipeline. Two
 * consumers working on one camera at the same moment both update its background and the later write wins: the
 * model drifts a little, nothing is lost.
 */
export function createBackgroundDifferenceHook(options: BackgroundDifferenceOptions): InferenceHook {
  const { client, analysisWidth = 160, stateTtlMs = 3_600_000, occupancyThreshold } = options;
  const prefix = `${streamKeys(options.stream ?? FRAME_STREAMS.processed).stream}:bg:`;
  return async (frames) => {
    if (frames.length === 0) return [];
    const cameras = [...new Set(frames.map((frame) => frame.cameraId))];
    const keys = cameras.map((camera) => prefix + camera);
    const stored = (await typed(client.mgetBuffer(...keys))) as (Buffer | null)[];
    const states = new Map<string, BackgroundState | undefined>(
      cameras.map((camera, i) => [
        camera,
        stored[i] ? decodeBackgroundState(stored[i] as Buffer) : undefined,
      ]),
    );
    // Decoding is the costly part and independent per frame; the model updates run in stream order per camera.
    const lumas = await mapLimit(frames, 4, (frame) =>
      decodeLuma((frame.image as { data: Uint8Array }).data, analysisWidth),
    );
    const results: InferenceResult[] = frames.map((frame: ProcessedFrame, i) => {
      const analysis = analyseTraffic(lumas[i] as LumaImage, states.get(frame.cameraId), frame.regions, {
        maxWidth: analysisWidth,
        originalWidth: frame.image?.width ?? 0,
        originalHeight: frame.image?.height ?? 0,
        ...(occupancyThreshold !== undefined && { occupancyThreshold }),
      });
      states.set(frame.cameraId, analysis.state);
      return { traffic: analysis.traffic, regions: analysis.regions };
    });
    const save = client.pipeline();
    for (const [camera, state] of states) {
      if (state) save.set(prefix + camera, encodeBackgroundState(state), "PX", stateTtlMs);
    }
    await typed(save.exec());
    return results;
  };
}
