import type { sluice } from "../generated/frames.js";
import type { MessageFields } from "../message-fields.ts";
import { intOption, invalidOption } from "./errors.ts";
import { type LumaImage, shrinkLuma } from "./luma.ts";
import { type Region, type RegionInput, validateRegions } from "./regions.ts";

export const TRAFFIC_METHOD = "background-difference/v1";

/** A camera's background model at the analysis size: what is kept between its frames (see background-state.ts). */
export interface BackgroundState {
  width: number;
  height: number;
  /** Frames folded into the background so far. */
  frames: number;
  /** The running background, luma × 256 (8.8 fixed point, so slow updates are not lost to rounding). */
  background: Uint16Array;
  /** The previous frame's luma. */
  previous: Uint8Array;
}

export interface TrafficOptions {
  /** Size of the image the regions' pixels refer to (0 or absent: the luma's own size). */
  originalWidth?: number;
  originalHeight?: number;
  /** The luma is box-shrunk to at most this width first (default 160): the model's resolution. */
  maxWidth?: number;
  /** A pixel changed when its luma differs by more than this, 0-255 (default 25). */
  threshold?: number;
  /** How fast the background follows pixels that match it, per frame (default 0.05: a time constant of 20 frames). */
  alpha?: number;
  /** How fast it follows foreground pixels (default alpha / 10): something that stops becomes background slowly. */
  foregroundAlpha?: number;
  /** Region occupancy from which a region is occupied (default 0.15). */
  occupancyThreshold?: number;
}

/** What analyseTraffic gives for the whole frame: frames.proto's TrafficFeatures with every field set. */
export type TrafficFeaturesResult = MessageFields<sluice.frames.v1.TrafficFeatures>;

/** frames.proto's ROIAnalysis, without the crop. */
export interface RegionTraffic {
  region: Region;
  motion: number;
  occupancy: number;
  occupied: boolean;
  brightness: number;
}

export interface TrafficAnalysis {
  traffic: TrafficFeaturesResult;
  /** One per region, in region order. */
  regions: RegionTraffic[];
  /** The camera's model after this frame: keep it for the next one. */
  state: BackgroundState;
}

function fraction(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value >= 0 && value <= 1)) throw invalidOption(name, value, "a number from 0 to 1");
  return value;
}

/**
 * Classical traffic features by background differencing; no learned model, nothing detected but changed pixels.
 * Pure and deterministic: the same frames in the same order give the same figures. On the luma shrunk to at most
 * `maxWidth` (an f × f box average, which also smooths sensor noise):
 * - motion: the fraction of pixels whose luma differs from the previous frame's by more than `threshold`;
 * - occupancy: the fraction differing from the background by more than `threshold` (the foreground);
 * - the background is an exponential running average: each pixel moves `alpha` of the way to the current frame,
 *   foreground pixels only `foregroundAlpha` (selective update), so a passing vehicle barely marks it while a
 *   parked one, or a lighting change, is absorbed over some hundreds of frames instead of never; while warming up
 *   (frame k < 1 / alpha) every pixel moves 1/k of the way, making the background the mean of the frames so far;
 * - per region (given in pixels of the original image and mapped to the analysis grid, at least one pixel): the
 *   same fractions over its pixels, `occupied` when occupancy ≥ occupancyThreshold, and its mean luma.
 * The first frame, and any frame whose analysis size differs from the state's (the camera's resolution changed),
 * starts a new background from that frame: motion and occupancy 0, backgroundFrames 1. The state given is not
 * modified. Figures are unreliable while backgroundFrames is small; a sudden global change (lights, auto exposure)
 * reads as occupancy until it is absorbed.
 */
export function analyseTraffic(
  current: LumaImage,
  state: BackgroundState | undefined,
  regions: readonly RegionInput[],
  options: TrafficOptions = {},
): TrafficAnalysis {
  const maxWidth = intOption("maxWidth", options.maxWidth, 160, 8, 4096);
  const threshold = intOption("threshold", options.threshold, 25, 0, 255);
  const alpha = fraction("alpha", options.alpha, 0.05);
  const foregroundAlpha = fraction("foregroundAlpha", options.foregroundAlpha, alpha / 10);
  const occupancyThreshold = fraction("occupancyThreshold", options.occupancyThreshold, 0.15);
  const originalWidth = options.originalWidth || current.width;
  const originalHeight = options.originalHeight || current.height;
  const checked = validateRegions(regions, originalWidth, originalHeight);

  const small = shrinkLuma(current, maxWidth);
  const { width, height, data } = small;
  const n = width * height;
  const prior =
    state?.width === width &&
    state.height === height &&
    state.background.length === n &&
    state.previous.length === n
      ? state
      : undefined;
  const background = new Uint16Array(n);
  const moving = new Uint8Array(n);
  const foreground = new Uint8Array(n);
  let motion = 0;
  let occupancy = 0;
  if (!prior) {
    for (let i = 0; i < n; i++) background[i] = (data[i] as number) * 256;
  } else {
    const { background: before, previous } = prior;
    const limit = threshold * 256;
    // Warming up, the background is the plain mean of the frames so far (rate 1/k for frame k), so whatever
    // happened to be in the first frame fades within a few frames instead of lingering as foreground.
    const k = prior.frames + 1;
    const warming = k * alpha < 1;
    const rate = warming ? 1 / k : alpha;
    const foregroundRate = warming ? 1 / k : foregroundAlpha;
    for (let i = 0; i < n; i++) {
      const v = data[i] as number;
      const b = before[i] as number;
      const diff = v * 256 - b;
      const m = Math.abs(v - (previous[i] as number)) > threshold ? 1 : 0;
      const f = Math.abs(diff) > limit ? 1 : 0;
      moving[i] = m;
      foreground[i] = f;
      motion += m;
      occupancy += f;
      background[i] = Math.round(b + (f ? foregroundRate : rate) * diff);
    }
  }

  // Original pixel x lies at x · sx on the analysis grid (a luma pixel spans originalWidth / luma.width of them,
  // an analysis pixel xFactor luma pixels).
  const sx = current.width / (originalWidth * small.xFactor);
  const sy = current.height / (originalHeight * small.yFactor);
  const span = (start: number, length: number, scale: number, size: number) => {
    const from = Math.min(size - 1, Math.round(start * scale));
    return [from, Math.min(size, Math.max(from + 1, Math.round((start + length) * scale)))] as const;
  };
  const perRegion = checked.map((region): RegionTraffic => {
    const [x0, x1] = span(region.x, region.width, sx, width);
    const [y0, y1] = span(region.y, region.height, sy, height);
    let moved = 0;
    let occupied = 0;
    let luma = 0;
    for (let y = y0; y < y1; y++) {
      for (let i = y * width + x0, end = y * width + x1; i < end; i++) {
        moved += moving[i] as number;
        occupied += foreground[i] as number;
        luma += data[i] as number;
      }
    }
    const count = (x1 - x0) * (y1 - y0);
    const share = occupied / count;
    return {
      region,
      motion: moved / count,
      occupancy: share,
      occupied: share >= occupancyThreshold,
      brightness: luma / count,
    };
  });

  const frames = prior ? Math.min(prior.frames + 1, 0xffff_ffff) : 1;
  return {
    traffic: {
      motion: motion / n,
      occupancy: occupancy / n,
      backgroundFrames: frames,
      method: TRAFFIC_METHOD,
    },
    regions: perRegion,
    state: { width, height, frames, background, previous: Uint8Array.from(data.subarray(0, n)) },
  };
}
