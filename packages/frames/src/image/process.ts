import { type CompressedImage, type CompressOptions, compressRaw, resolveCompress } from "./compress.ts";
import { compressCrops } from "./crop.ts";
import { decodeChecked } from "./decode.ts";
import { type DecodeLimits, resolveLimits } from "./decode-limits.ts";
import { intOption } from "./errors.ts";
import { type LumaImage, shrunkSize, toLuma } from "./luma.ts";
import { measureQuality, type QualityMetricsResult } from "./quality-metrics.ts";
import { type RegionInput, validateRegions } from "./regions.ts";

export interface ProcessOptions {
  /** How to compress the image (default compressImage's: JPEG, libjpeg-turbo, quality 60); its limits bound the decode. */
  compress?: CompressOptions;
  /** Largest width of the luma the quality is measured on (default 320; see toLuma). */
  analysisWidth?: number;
  /** Sharpness below which the frame is blurry (default DEFAULT_BLUR_THRESHOLD, meant for width 320). */
  blurThreshold?: number;
  /** Regions to cut out and compress from the same decode (default none). */
  regions?: readonly RegionInput[];
  /** How to compress the crops (default: as `compress`). */
  crop?: CompressOptions;
}

export interface ProcessedImage {
  image: CompressedImage;
  /** The analysis luma: what `quality` was measured on, and what analyseTraffic takes. */
  luma: LumaImage;
  quality: QualityMetricsResult;
  /** One per region, in region order. */
  crops: CompressedImage[];
}

/**
 * What stream_processor does to a frame, from ONE decode: the raw pixels are encoded (libvips, on libuv's thread
 * pool) while the analysis luma is box-shrunk from the same pixels and measured on the main thread, then any crops
 * are cut from them. CPU per 640 × 480 camera frame here (q95, the camera fixtures): checked decode 4.3 ms,
 * libjpeg-turbo q60 encode 3.2 ms (mozjpeg q73: ~18 ms), toLuma and measureQuality 2.3 ms; the whole call ~9.6 ms.
 * With mozjpeg at 1280 × 720 it was the same as sharp clone() pipelines (encode from the input, luma through JPEG
 * shrink-on-load) within this machine's noise. The single decode wins when it matters: budget retries and crops
 * reuse the pixels.
 */
export async function processImage(input: Uint8Array, options: ProcessOptions = {}): Promise<ProcessedImage> {
  const settings = resolveCompress(options.compress);
  const cropSettings = options.crop ? resolveCompress(options.crop) : settings;
  const analysisWidth = intOption("analysisWidth", options.analysisWidth, 320, 8, 4096);
  const decoded = await decodeChecked(input, settings);
  const regions = validateRegions(options.regions ?? [], decoded.width, decoded.height);
  const analyse = () => {
    const { data, width, height } = toLuma(decoded, analysisWidth);
    const luma = { data, width, height };
    return { luma, quality: measureQuality(luma, { blurThreshold: options.blurThreshold }) };
  };
  const [image, { luma, quality }] = await Promise.all([
    compressRaw(decoded, decoded, settings),
    Promise.resolve().then(analyse),
  ]);
  const crops = await compressCrops(decoded, regions, cropSettings);
  return { image, luma, quality, crops };
}

/**
 * The luma of an untrusted image (decodeImage's checks) at toLuma's size for `maxWidth` (default 160, the background
 * model's width): what ml_inference needs from a processed frame. libvips decodes straight to that size, with
 * shrink-on-load for JPEG and WebP (a 1280 × 720 JPEG: 3.5-4 ms, against 7.2 for a full decode and toLuma), so the
 * shrinking filter is libvips's rather than toLuma's box; the luma weights are toLuma's.
 */
export async function decodeLuma(
  input: Uint8Array,
  maxWidth = 160,
  limits?: DecodeLimits,
): Promise<LumaImage> {
  const target = intOption("maxWidth", maxWidth, 160, 8, 4096);
  const decoded = await decodeChecked(input, resolveLimits(limits), (w, h) => shrunkSize(w, h, target));
  const { data, width, height } = toLuma(decoded, target);
  return { data, width, height };
}
