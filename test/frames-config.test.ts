// The frame pipeline's settings (functions/config/frames.ts): which stages a process runs and whether it crops.
import { describe, expect, it } from "vitest";
import { loadFramesConfig } from "../functions/config/frames.ts";
import { configError } from "./support/config-error.ts";

const URL_VAR = { SLUICE_REDIS_URL: "redis://127.0.0.1:6390" };

describe("frame pipeline settings", () => {
  it("runs every stage without crops by default", () => {
    expect(loadFramesConfig(URL_VAR, null)).toMatchObject({
      redisSource: "SLUICE_REDIS_URL",
      stages: ["processor", "inference", "output"],
      crops: false,
      shutdownTimeoutMs: 10_000,
    });
    // Unset: the package's DEFAULT_MAX_CAMERA_MODELS applies.
    expect(loadFramesConfig(URL_VAR, null).maxCameraModels).toBeUndefined();
  });

  it("reads a subset of stages once each, crops and the shutdown timeout", () => {
    const env = {
      ...URL_VAR,
      SLUICE_FRAMES_STAGES: " output, processor ,output",
      SLUICE_FRAMES_CROPS: "true",
      SLUICE_SHUTDOWN_TIMEOUT_MS: "30000",
      SLUICE_FRAMES_MAX_CAMERA_MODELS: "5000",
    };
    expect(loadFramesConfig(env, null)).toMatchObject({
      stages: ["output", "processor"],
      crops: true,
      maxCameraModels: 5000,
      shutdownTimeoutMs: 30_000,
    });
  });

  it("names the variable of a bad value", () => {
    expect(configError(() => loadFramesConfig({ ...URL_VAR, SLUICE_FRAMES_STAGES: "ocr" }, null))).toBe(
      'SLUICE_FRAMES_STAGES lists processor, inference, output; got "ocr"',
    );
    expect(configError(() => loadFramesConfig({ ...URL_VAR, SLUICE_FRAMES_CROPS: "yes" }, null))).toBe(
      'SLUICE_FRAMES_CROPS must be "true" or "false", got "yes"',
    );
  });
});
