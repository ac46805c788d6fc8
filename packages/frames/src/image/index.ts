export {
  analyseTraffic,
  type BackgroundState,
  type RegionTraffic,
  TRAFFIC_METHOD,
  type TrafficAnalysis,
  type TrafficFeaturesResult,
  type TrafficOptions,
} from "./background-model.ts";
export { decodeBackgroundState, encodeBackgroundState } from "./background-state.ts";
export {
  type CompressedImage,
  type CompressOptions,
  compressImage,
} from "./compress.ts";
export { cropRegions } from "./crop.ts";
export { type DecodedImage, decodeImage, type RawImage } from "./decode.ts";
export { DEFAULT_LIMITS, type DecodeLimits, MAX_SIDE } from "./decode-limits.ts";
export { IMAGE_FORMATS, type ImageFormatName } from "./formats.ts";
export { type ImageInfo, inspectImage } from "./inspect.ts";
export {
  DEFAULT_JPEG_ENCODER,
  JPEG_ENCODERS,
  type JpegEncoder,
  type JpegEncoderName,
} from "./jpeg-encoders.ts";
export { type LumaImage, toLuma } from "./luma.ts";
export { decodeLuma, type ProcessedImage, type ProcessOptions, processImage } from "./process.ts";
export {
  DEFAULT_BLUR_THRESHOLD,
  measureQuality,
  type QualityMetricsResult,
  type QualityOptions,
} from "./quality-metrics.ts";
export { MAX_REGIONS, type Region, type RegionInput } from "./regions.ts";
