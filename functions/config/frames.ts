// The frame pipeline's configuration (functions/services/frames.ts, npm start): Redis as redis.ts finds it,
// SLUICE_FRAMES_STAGES (comma-separated processor, inference, output; default all three), SLUICE_FRAMES_CROPS
// (true|false, default false), SLUICE_FRAMES_MAX_CAMERA_MODELS (the background models kept, default 500: ~49 KB
// each, least recently used dropped) and SLUICE_SHUTDOWN_TIMEOUT_MS (default 10000).
import type { FrameStage } from "@sluice/frames";
import { boolean, invalid, list, positiveInteger } from "./env.ts";
import { type RedisConfig, withRedis } from "./redis.ts";

export interface FramesSettings {
  /** The pipeline stages this process runs. */
  stages: FrameStage[];
  /** Cut each region out of the frame and compress it into its ROIAnalysis. */
  crops: boolean;
  /** Most camera background models kept in Redis, the least recently used dropped past it (unset: the package's
   * DEFAULT_MAX_CAMERA_MODELS). */
  maxCameraModels?: number;
  shutdownTimeoutMs: number;
}

const FRAME_STAGES: readonly FrameStage[] = ["processor", "inference", "output"];

export type FramesConfig = RedisConfig & FramesSettings;

export const loadFramesConfig = withRedis((env): FramesSettings => {
  const name = "SLUICE_FRAMES_STAGES";
  const stages = list(env, name, FRAME_STAGES.join(","));
  const unknown = stages.find((stage) => !FRAME_STAGES.includes(stage as FrameStage));
  if (unknown !== undefined) {
    throw invalid(`${name} lists ${FRAME_STAGES.join(", ")}; got ${JSON.stringify(unknown)}`, name);
  }
  return {
    stages: [...new Set(stages)] as FrameStage[],
    crops: boolean(env, "SLUICE_FRAMES_CROPS"),
    maxCameraModels: positiveInteger(env, "SLUICE_FRAMES_MAX_CAMERA_MODELS"),
    shutdownTimeoutMs: positiveInteger(env, "SLUICE_SHUTDOWN_TIMEOUT_MS") ?? 10_000,
  };
});
