import { InvalidInputError, SluiceError } from "@sluice/streams";

export const invalidImage = (message: string, details?: Record<string, unknown>, cause?: unknown) =>
  new InvalidInputError("frames.invalid_image", message, { details, cause });

export const invalidOption = (name: string, value: unknown, expected: string) =>
  new InvalidInputError(
    "frames.invalid_option",
    `Image option ${name} must be ${expected}, got ${String(value)}`,
    {
      details: { option: name, value },
    },
  );

/** An integer option in [min, max], or its default when absent. */
export function intOption(
  name: string,
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
) {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidOption(name, value, `an integer from ${min} to ${max}`);
  }
  return value;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * libjpeg's warnings that the entropy-coded data is damaged (libjpeg-turbo's jerror.h: JWRN_HIT_MARKER,
 * JWRN_HUFF_BAD_CODE, JWRN_ARITH_BAD_CODE, JWRN_MUST_RESYNC, JWRN_BOGUS_PROGRESSION; libvips's truncation), as
 * libvips reports them when told to fail on warnings. Its other warnings concern the file, not the pixels.
 */
const CORRUPT_JPEG_DATA =
  /premature end of data segment|bad Huffman code|bad arithmetic code|instead of RST|Inconsistent progression|premature end of JPEG/i;

export const isCorruptJpegData = (error: unknown) => CORRUPT_JPEG_DATA.test(messageOf(error));

/** What libvips threw while decoding untrusted bytes, as a typed error: the input's fault unless it timed out. */
export function decodeError(error: unknown): SluiceError {
  if (error instanceof SluiceError) return error;
  // libvips's error buffer can repeat a message on several lines: the first says it.
  const reason = messageOf(error).split("\n")[0] as string;
  if (isCorruptJpegData(error)) {
    return new InvalidInputError("frames.corrupt_image", `The image data is corrupt: ${reason}`, {
      details: { reason },
      cause: error,
    });
  }
  if (/^timeout/i.test(reason)) return timeoutError("Decoding the image", reason, error);
  if (/pixel limit/i.test(reason)) {
    return new InvalidInputError(
      "frames.image_dimensions_too_large",
      `The image has too many pixels: ${reason}`,
      {
        details: { reason },
        cause: error,
      },
    );
  }
  return invalidImage(`The image cannot be decoded: ${reason}`, { reason }, error);
}

/** What libvips threw while encoding pixels we decoded: only a timeout is expected, anything else passes through. */
export function encodeError(error: unknown): unknown {
  const reason = messageOf(error);
  return /^timeout/i.test(reason) ? timeoutError("Encoding the image", reason, error) : error;
}

const timeoutError = (what: string, reason: string, cause: unknown) =>
  new SluiceError("timeout", "frames.image_timeout", `${what} took longer than its time limit (${reason})`, {
    details: { reason },
    cause,
  });
