import type { sluice } from "../generated/frames.js";
import type { MessageFields } from "../message-fields.ts";
import { checkSize, type LumaImage } from "./luma.ts";

/** What measureQuality gives: frames.proto's QualityMetrics with every field set. */
export type QualityMetricsResult = MessageFields<sluice.frames.v1.QualityMetrics>;

export interface QualityOptions {
  /** Sharpness below which a frame is blurry (default DEFAULT_BLUR_THRESHOLD). */
  blurThreshold?: number;
}

/**
 * Default blur threshold, for luma at the default analysis width (320 px: the Laplacian's variance depends on the
 * scale it is measured at, and shrinking an image sharpens it). A detailed synthetic street scene measures 500-1,000
 * there; a Gaussian blur of σ 4 px at 1280 (σ 1 at 320) brings it under 100, σ 5 to ~40. In-focus scenes with
 * little detail (night, fog, an empty road) can also measure under 100: read `blurry` as "too little detail to
 * trust", and tune the threshold per camera when needed.
 */
export const DEFAULT_BLUR_THRESHOLD = 100;

/**
 * Quality figures of a luma image in two passes over its bytes, with no allocation per pixel: sharpness is the
 * variance of the 4-neighbour Laplacian (4·p − up − down − left − right) over the interior pixels, contrast the
 * standard deviation of the luma, and `blurry` is sharpness < blurThreshold.
 */
export function measureQuality(luma: LumaImage, options: QualityOptions = {}): QualityMetricsResult {
  const { data, width, height } = luma;
  checkSize(data, width, height, 1);
  const n = width * height;
  let sum = 0;
  let sumSquares = 0;
  let dark = 0;
  let bright = 0;
  for (let i = 0; i < n; i++) {
    const v = data[i] as number;
    sum += v;
    sumSquares += v * v;
    if (v < 16) dark++;
    else if (v > 239) bright++;
  }
  let lapSum = 0;
  let lapSquares = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let i = y * width + 1, end = y * width + width - 1; i < end; i++) {
      const lap =
        4 * (data[i] as number) -
        (data[i - 1] as number) -
        (data[i + 1] as number) -
        (data[i - width] as number) -
        (data[i + width] as number);
      lapSum += lap;
      lapSquares += lap * lap;
    }
  }
  const interior = Math.max(0, width - 2) * Math.max(0, height - 2);
  const brightness = sum / n;
  const lapMean = interior > 0 ? lapSum / interior : 0;
  const sharpness = interior > 0 ? Math.max(0, lapSquares / interior - lapMean * lapMean) : 0;
  return {
    sharpness,
    brightness,
    contrast: Math.sqrt(Math.max(0, sumSquares / n - brightness * brightness)),
    darkFraction: dark / n,
    brightFraction: bright / n,
    blurry: sharpness < (options.blurThreshold ?? DEFAULT_BLUR_THRESHOLD),
  };
}
