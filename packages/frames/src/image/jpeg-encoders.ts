// sharp's two JPEG encoders as compressImage uses them, each with its default quality. One table: compress.ts
// encodes with it, and the frames bench (scripts/bench/frames-jpeg-encoders.ts) measures it against the camera
// fixtures (@sluice/frames/testing/camera-fixtures).
import type { JpegOptions } from "sharp";

export type JpegEncoderName = "libjpeg-turbo" | "mozjpeg";

export interface JpegEncoder {
  /** Default quality: it takes a camera's quality 95 frame to about a quarter of its bytes (the seed's −75%). */
  quality: number;
  /** sharp's jpeg() options besides the quality. */
  options: JpegOptions;
}

/**
 * libjpeg-turbo's baseline path (mozjpeg's profile off: no trellis quantisation, no progressive scans) with optimised
 * Huffman tables, 4:2:0; and mozjpeg (trellis quantisation, progressive scans, its own quantisation table). Each
 * quality is the highest that takes the camera fixtures to −75% of their bytes (q60: −75.6%; q73: −76.2%). There
 * their mean luma SSIM is within 0.001 (0.9417, 0.9418) and libjpeg-turbo encodes 5-7× faster (2.5-3.5 against 18 ms
 * of CPU for a 640×480 frame here), so it is the default. `npm run bench -- frames` (part e) measures all of this.
 */
export const JPEG_ENCODERS: Record<JpegEncoderName, JpegEncoder> = {
  "libjpeg-turbo": {
    quality: 60,
    options: { mozjpeg: false, optimiseCoding: true, chromaSubsampling: "4:2:0" },
  },
  mozjpeg: { quality: 73, options: { mozjpeg: true } },
};

export const DEFAULT_JPEG_ENCODER: JpegEncoderName = "libjpeg-turbo";

export const JPEG_ENCODER_NAMES = Object.keys(JPEG_ENCODERS) as JpegEncoderName[];

export const isJpegEncoder = (name: unknown): name is JpegEncoderName =>
  typeof name === "string" && Object.hasOwn(JPEG_ENCODERS, name);
