import sharp, { type Sharp } from "sharp";
import { checkedPipeline, decodeChecked, type RawImage } from "./decode.ts";
import { type DecodeLimits, type ResolvedLimits, resolveLimits } from "./decode-limits.ts";
import { encodeError, intOption, invalidOption } from "./errors.ts";
import { IMAGE_FORMATS, type ImageFormatName, isImageFormat } from "./formats.ts";
import {
  DEFAULT_JPEG_ENCODER,
  isJpegEncoder,
  JPEG_ENCODER_NAMES,
  JPEG_ENCODERS,
  type JpegEncoderName,
} from "./jpeg-encoders.ts";

export interface CompressOptions extends DecodeLimits {
  /** Output format (default "jpeg"); "auto" picks the format and quality to meet `maxBytes`. */
  format?: ImageFormatName | "auto";
  /** JPEG encoder (default "libjpeg-turbo"; see JPEG_ENCODERS). */
  jpegEncoder?: JpegEncoderName;
  /** Encoder quality 1-100 (default: JPEG the encoder's, 60 for libjpeg-turbo; others 85); PNG ignores it. */
  quality?: number;
  /** Byte budget: the quality is lowered (and, for "auto", the format changed) to meet it. */
  maxBytes?: number;
  /** Lowest quality the budget may push a lossy encoding to (default 40, or `quality` if that is lower). */
  minQuality?: number;
}

export interface CompressedImage {
  data: Buffer;
  format: ImageFormatName;
  width: number;
  height: number;
  /** Encoder quality used; 0 for PNG (lossless). */
  quality: number;
  /** Size and format of the input as it arrived (for a crop, of the whole image it was cut from). */
  originalBytes: number;
  originalFormat: ImageFormatName;
  compressedBytes: number;
  /** compressedBytes / originalBytes. */
  ratio: number;
  /** Set when a `maxBytes` budget was given: whether the result meets it. */
  withinBudget?: boolean;
}

export interface CompressSettings extends ResolvedLimits {
  format: ImageFormatName | "auto";
  jpegEncoder: JpegEncoderName;
  quality: number;
  minQuality: number;
  maxBytes: number | undefined;
}

/** Validates options before any decoding, so a bad option fails fast whatever the image. */
export function resolveCompress(options: CompressOptions = {}): CompressSettings {
  const format = options.format ?? "jpeg";
  if (format !== "auto" && !isImageFormat(format)) {
    throw invalidOption("format", format, `"auto" or one of ${IMAGE_FORMATS.join(", ")}`);
  }
  const jpegEncoder = options.jpegEncoder ?? DEFAULT_JPEG_ENCODER;
  if (!isJpegEncoder(jpegEncoder)) {
    throw invalidOption("jpegEncoder", jpegEncoder, `one of ${JPEG_ENCODER_NAMES.join(", ")}`);
  }
  const fallback = format === "jpeg" || format === "auto" ? JPEG_ENCODERS[jpegEncoder].quality : 85;
  const quality = intOption("quality", options.quality, fallback, 1, 100);
  return {
    ...resolveLimits(options),
    format,
    jpegEncoder,
    quality,
    minQuality: intOption("minQuality", options.minQuality, Math.min(40, quality), 1, quality),
    maxBytes:
      options.maxBytes === undefined ? undefined : intOption("maxBytes", options.maxBytes, 0, 1, 2 ** 31),
  };
}

// JPEG: see jpeg-encoders.ts. AVIF at sharp's default effort 4 takes over a second for 1280 × 720 here; effort 2 is ~6× faster for ~10% more
// bytes, and bounds the worst case (~2 s for 4K noise), which matters because libvips's timeout does not reach into
// libheif's encoder.
const ENCODERS: Record<
  ImageFormatName,
  (image: Sharp, quality: number, jpegEncoder: JpegEncoderName) => Sharp
> = {
  jpeg: (image, quality, jpegEncoder) => image.jpeg({ ...JPEG_ENCODERS[jpegEncoder].options, quality }),
  webp: (image, quality) => image.webp({ quality, effort: 4 }),
  avif: (image, quality) => image.avif({ quality, effort: 2 }),
  png: (image) => image.png({ compressionLevel: 6, adaptiveFiltering: true }),
};

/** Encodes raw pixels; metadata (EXIF, ICC, XMP) is never copied to the output. */
export async function encodeRaw(
  raw: RawImage,
  format: ImageFormatName,
  quality: number,
  settings: Pick<CompressSettings, "jpegEncoder" | "timeoutSeconds">,
) {
  const { width, height } = raw;
  const channels = raw.channels as 1 | 2 | 3 | 4;
  const image = sharp(raw.data, { raw: { width, height, channels } }).timeout({
    seconds: settings.timeoutSeconds,
  });
  try {
    return await ENCODERS[format](image, quality, settings.jpegEncoder).toBuffer();
  } catch (error) {
    throw encodeError(error);
  }
}

interface Attempt {
  format: ImageFormatName;
  quality: number;
  data: Buffer;
}

/**
 * Compresses decoded pixels. Without `maxBytes`: one encode in the requested format ("auto" means JPEG).
 * With a budget, at most 8 encodes:
 * 1. the requested format (JPEG for "auto") at `quality`: if it fits, done, as most frames are;
 * 2. lossy formats: the same at `minQuality`; if that fits, a binary search between the two (at most 4 more
 *    encodes) keeps the highest quality found to fit (size grows with quality): with the default 40-85 range, at
 *    most 2 below the best;
 * 3. "auto" only, when JPEG at minQuality is still too big: WebP, then AVIF, at minQuality (typically a quarter
 *    to a half smaller than JPEG, and several times slower to encode, so tried only when JPEG cannot make it);
 * 4. nothing fits: the smallest encoding tried, with `withinBudget: false`. A budget never throws.
 */
export async function compressRaw(
  raw: RawImage,
  original: { format: ImageFormatName; bytes: number },
  settings: CompressSettings,
): Promise<CompressedImage> {
  const { format, quality, minQuality, maxBytes } = settings;
  const tried: Attempt[] = [];
  const encode = async (as: ImageFormatName, q: number): Promise<Attempt> => {
    const attempt = {
      format: as,
      quality: as === "png" ? 0 : q,
      data: await encodeRaw(raw, as, q, settings),
    };
    tried.push(attempt);
    return attempt;
  };
  const fits = (attempt: Attempt) => maxBytes === undefined || attempt.data.length <= maxBytes;

  const first = format === "auto" ? "jpeg" : format;
  let chosen = await encode(first, quality);
  if (!fits(chosen) && first !== "png" && minQuality < quality) {
    let low = await encode(first, minQuality);
    if (fits(low)) {
      let high = quality; // the lowest quality known not to fit
      for (let probes = 0; probes < 4 && high - low.quality > 3; probes++) {
        const mid = await encode(first, Math.round((low.quality + high) / 2));
        if (fits(mid)) low = mid;
        else high = mid.quality;
      }
      chosen = low;
    }
  }
  if (!fits(chosen) && format === "auto") {
    for (const fallback of ["webp", "avif"] as const) {
      chosen = await encode(fallback, minQuality);
      if (fits(chosen)) break;
    }
  }
  if (!fits(chosen)) chosen = tried.reduce((a, b) => (b.data.length < a.data.length ? b : a));

  return {
    ...described(chosen, raw, original),
    ...(maxBytes !== undefined && { withinBudget: fits(chosen) }),
  };
}

function described(
  { data, format, quality }: Attempt,
  { width, height }: { width: number; height: number },
  original: { format: ImageFormatName; bytes: number },
): CompressedImage {
  const { bytes, format: originalFormat } = original;
  const compressedBytes = data.length;
  return {
    data,
    format,
    width,
    height,
    quality,
    originalBytes: bytes,
    originalFormat,
    compressedBytes,
    ratio: compressedBytes / bytes,
  };
}

/**
 * Decodes an untrusted JPEG, PNG, WebP or AVIF image once (see decodeImage for the checks) and re-encodes it:
 * JPEG with libjpeg-turbo at quality 60 (about a quarter of a camera's quality 95 frame) unless told otherwise, or
 * whatever meets `maxBytes` (see compressRaw). JPEG without a budget is one libvips pipeline from the input to the
 * encoder (decodeImage's checks, no raw pixels in between): with libjpeg-turbo, decoding to pixels and encoding them
 * in a second call took about twice the CPU of the pipeline.
 */
export async function compressImage(input: Uint8Array, options?: CompressOptions): Promise<CompressedImage> {
  const settings = resolveCompress(options);
  if (settings.maxBytes === undefined && (settings.format === "jpeg" || settings.format === "auto")) {
    const { quality, jpegEncoder } = settings;
    const out = await checkedPipeline(input, settings, async (image) => {
      const { data, info } = await ENCODERS.jpeg(image, quality, jpegEncoder).toBuffer({
        resolveWithObject: true,
      });
      return { data, width: info.width, height: info.height };
    });
    return described({ data: out.data, format: "jpeg", quality }, out, out);
  }
  const decoded = await decodeChecked(input, settings);
  return compressRaw(decoded, decoded, settings);
}
