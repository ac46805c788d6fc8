import { intOption } from "./errors.ts";

/** Bounds on the untrusted images Sluice decodes. */
export interface DecodeLimits {
  /** Largest width × height accepted (default 25,000,000: a 4K frame, 3840 × 2160, is 8.3 M). */
  maxPixels?: number;
  /** Largest encoded input in bytes (default 16 MiB). */
  maxInputBytes?: number;
  /** Time limit of each libvips decode or encode, in whole seconds (default 10). */
  timeoutSeconds?: number;
}

export interface ResolvedLimits {
  maxPixels: number;
  maxInputBytes: number;
  timeoutSeconds: number;
}

export const DEFAULT_LIMITS: ResolvedLimits = {
  maxPixels: 25_000_000,
  maxInputBytes: 16 * 1024 * 1024,
  timeoutSeconds: 10,
};

/** The longest side any output format can hold (WebP's limit; JPEG's is 65,535). */
export const MAX_SIDE = 16_383;

export function resolveLimits(limits: DecodeLimits = {}): ResolvedLimits {
  return {
    maxPixels: intOption("maxPixels", limits.maxPixels, DEFAULT_LIMITS.maxPixels, 1, 2 ** 31),
    maxInputBytes: intOption("maxInputBytes", limits.maxInputBytes, DEFAULT_LIMITS.maxInputBytes, 1, 2 ** 31),
    timeoutSeconds: intOption(
      "timeoutSeconds",
      limits.timeoutSeconds,
      DEFAULT_LIMITS.timeoutSeconds,
      1,
      3600,
    ),
  };
}
