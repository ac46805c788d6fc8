import sharp, { type Sharp } from "sharp";
import { type DecodeLimits, type ResolvedLimits, resolveLimits } from "./decode-limits.ts";
import { decodeError, isCorruptJpegData } from "./errors.ts";
import type { ImageFormatName } from "./formats.ts";
import { checkImage } from "./inspect.ts";
import { regularJpegFraming } from "./jpeg-framing.ts";

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
 * Truncated data and decoder errors fail; a JPEG whose data the decoder reports corrupt fails as
 * `frames.corrupt_image` (see openChecked), while the benign warnings of real cameras' JPEGs pass. libvips's own
 * pixel limit and a timeout back the header check. The EXIF orientation is applied and any alpha is flattened onto
 * white: frames are opaque.
 */
export async function decodeImage(input: Uint8Array, limits?: DecodeLimits): Promise<DecodedImage> {
  return decodeChecked(input, resolveLimits(limits));
}

/** Decodes after the checks; `shrink` maps the checked size to a smaller one to decode to (JPEG and WebP then
 * decode at a fraction of the size, far faster: shrink-on-load). */
export function decodeChecked(
  input: Uint8Array,
  limits: ResolvedLimits,
  shrink?: (width: number, height: number) => { width: number; height: number },
): Promise<DecodedImage> {
  return checkedPipeline(input, limits, async (image, checked) => {
    const size = shrink?.(checked.width, checked.height);
    const { data, info } = await (size ? image.resize({ ...size, fit: "fill" }) : image)
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  });
}

/**
 * Runs a libvips pipeline over untrusted bytes after the checks: `finish` ends it (raw pixels, or an encoding straight
 * from the input). Errors are the input's (decodeError). A JPEG whose data the decoder reports corrupt fails as
 * `frames.corrupt_image` (see openChecked), while the benign warnings of real cameras' JPEGs pass.
 */
export async function checkedPipeline<T extends object>(
  input: Uint8Array,
  limits: ResolvedLimits,
  finish: (image: Sharp, checked: { width: number; height: number }) => Promise<T>,
): Promise<T & { format: ImageFormatName; bytes: number }> {
  const { format, bytes, width, height } = await checkImage(input, limits);
  const run = (data: Uint8Array, failOn: FailOn) =>
    finish(openChecked(data, failOn, limits), { width, height });
  try {
    if (format !== "jpeg") return { ...(await run(input, "error")), format, bytes };
    const regular = regularJpegFraming(input);
    const result = await run(regular, "warning").catch((error: unknown) => {
      if (isCorruptJpegData(error)) throw error;
      // A hard error fails again here; any other warning concerns the file, not its pixels (a JFIF version, an ICC
      // marker, bytes between progressive scans): run as before, tolerating warnings.
      return run(regular, "error");
    });
    return { ...result, format, bytes };
  } catch (error) {
    throw decodeError(error);
  }
}

type FailOn = "warning" | "error";

/**
 * One libvips pipeline's input. `failOn: "warning"` is how a corrupt JPEG is told apart: libjpeg reports damaged
 * entropy-coded data only as warnings, which `"error"` lets through (noise, smeared blocks, grey fill), and sharp hands
 * warnings to its `warning` event through one process-wide queue that any concurrent sharp call may drain, so they
 * cannot be attributed to an image; the error a failed call throws is its own. Clean JPEGs (nearly all) run once.
 */
function openChecked(input: Uint8Array, failOn: FailOn, limits: ResolvedLimits): Sharp {
  return sharp(input, { failOn, limitInputPixels: limits.maxPixels, autoOrient: true })
    .flatten({ background: "#ffffff" })
    .timeout({ seconds: limits.timeoutSeconds });
}
