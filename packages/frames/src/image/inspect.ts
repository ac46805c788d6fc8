import { InvalidInputError, TooLargeError } from "@sluice/streams";
import sharp from "sharp";
import { type DecodeLimits, MAX_SIDE, type ResolvedLimits, resolveLimits } from "./decode-limits.ts";
import { decodeError, invalidImage } from "./errors.ts";
import { IMAGE_FORMATS, type ImageFormatName, isImageFormat, sniffFormat } from "./formats.ts";

export interface ImageInfo {
  format: ImageFormatName;
  /** Width and height as displayed, after the EXIF orientation is applied. */
  width: number;
  height: number;
  /** Size of the encoded input. */
  bytes: number;
}

/**
 * Checks untrusted image bytes without decoding a pixel: size, format by magic number, then the dimensions from the
 * header (sharp's metadata(), a header read), so a PNG of a few KB claiming 60000 × 60000 is refused in
 * microseconds. Throws InvalidInputError (`frames.invalid_image`, `frames.unsupported_image_format`,
 * `frames.image_dimensions_too_large`) or TooLargeError (`frames.image_too_large`).
 */
export async function inspectImage(input: Uint8Array, limits?: DecodeLimits): Promise<ImageInfo> {
  return checkImage(input, resolveLimits(limits));
}

export async function checkImage(input: Uint8Array, limits: ResolvedLimits): Promise<ImageInfo> {
  const bytes = input.length;
  if (bytes === 0) throw invalidImage("The image is empty (0 bytes)", { bytes });
  if (bytes > limits.maxInputBytes) {
    throw new TooLargeError(
      "frames.image_too_large",
      `The image is ${bytes} bytes, over the limit of ${limits.maxInputBytes}`,
      { details: { bytes, maxInputBytes: limits.maxInputBytes } },
    );
  }
  const format = sniffFormat(input);
  if (format === "unknown") {
    throw invalidImage("The bytes are not a JPEG, PNG, WebP or AVIF image", { bytes });
  }
  if (!isImageFormat(format)) {
    throw new InvalidInputError(
      "frames.unsupported_image_format",
      `${format.toUpperCase()} images are not accepted: send JPEG, PNG, WebP or AVIF`,
      { details: { format, accepted: IMAGE_FORMATS } },
    );
  }
  // No pixel limit here: metadata() reads only the header, and the check below reports the dimensions.
  const metadata = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch((error: unknown) => {
      throw decodeError(error);
    });
  if (format === "avif" && metadata.compression !== "av1") {
    throw invalidImage("The HEIF container does not hold an AV1 (AVIF) image", {
      compression: metadata.compression,
    });
  }
  const { width, height } = metadata.autoOrient;
  if (!(width > 0 && height > 0)) throw invalidImage("The image header has no dimensions", { width, height });
  if (width * height > limits.maxPixels || width > MAX_SIDE || height > MAX_SIDE) {
    throw new InvalidInputError(
      "frames.image_dimensions_too_large",
      `The image is ${width} × ${height} pixels, over the limit of ${limits.maxPixels} pixels and ${MAX_SIDE} per side`,
      { details: { width, height, pixels: width * height, maxPixels: limits.maxPixels, maxSide: MAX_SIDE } },
    );
  }
  return { format, width, height, bytes };
}
