import sharp from "sharp";
import { type DecodeLimits, type ResolvedLimits, resolveLimits } from "./decode-limits.ts";
import { decodeError } from "./errors.ts";
import type { ImageFormatName } from "./formats.ts";
import { checkImage } from "./inspect.ts";

/** Interleaved 8-bit pixels: 1 channel (grey) or 3 (sRGB), row after row. */
export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

/** An input decoded once; compression, crops and analysis all work from these pixels. */
export interface DecodedImage extends RawImage {
  /** Format and size of the encoded input. */
  format: ImageFormatName;
  bytes: number;
}

/**
 * Decodes untrusted image bytes to raw pixels, after inspectImage's checks (size, format, header dimensions).
 * `failOn: "error"` makes truncated data and decoder errors fail, while tolerating the warnings real cameras' JPEGs
 * often raise (extraneous bytes before a marker); libvips's own pixel limit and a timeout back the header check.
 * The EXIF orientation is applied and any alpha is flattened onto white: frames are opaque.
 */
export async function decodeImage(input: Uint8Array, limits?: DecodeLimits): Promise<DecodedImage> {
  return decodeChecked(input, resolveLimits(limits));
}

/** Decodes after the checks; `shrink` maps the checked size to a smaller one to decode to (JPEG and WebP then
 * decode at a fraction of the size, far faster: shrink-on-load). */
export async function decodeChecked(
  input: Uint8Array,
  limits: ResolvedLimits,
  shrink?: (width: number, height: number) => { width: number; height: number },
): Promise<DecodedImage> {
  const { format, bytes, width, height } = await checkImage(input, limits);
  try {
    let image = sharp(input, { failOn: "error", limitInputPixels: limits.maxPixels, autoOrient: true });
    if (shrink) image = image.resize({ ...shrink(width, height), fit: "fill" });
    const { data, info } = await image
      .flatten({ background: "#ffffff" })
      .timeout({ seconds: limits.timeoutSeconds })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels, format, bytes };
  } catch (error) {
    throw decodeError(error);
  }
}
