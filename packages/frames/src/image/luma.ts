import { invalidImage } from "./errors.ts";

/** 8-bit luma (grey), one byte per pixel, row after row: what the classical analyses work on. */
export interface LumaImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** A luma image and the whole factors it was shrunk by: pixel (x, y) covers source columns [x·xFactor, x·xFactor +
 * xFactor) and rows [y·yFactor, y·yFactor + yFactor). */
export interface ShrunkLuma extends LumaImage {
  xFactor: number;
  yFactor: number;
}

/**
 * Luma of raw pixels (BT.601 weights, 77·R + 150·G + 29·B over 256, or the grey channel), shrunk by the smallest
 * whole factor f that brings the width to at most `maxWidth`: each output pixel is the mean of an f × f block (an
 * area average); the right and bottom remainders (under f pixels) are dropped. So a 1280-wide
 * frame gives 320 at maxWidth 320, 1920 gives 320 (f = 6), and 1024 gives 256 (f = 4). One pass, typed arrays.
 */
export function toLuma(
  pixels: { data: Uint8Array; width: number; height: number; channels: number },
  maxWidth: number,
): ShrunkLuma {
  const { data, width, height, channels } = pixels;
  checkSize(data, width, height, channels);
  const { width: outWidth, height: outHeight, xFactor: f, yFactor: fy } = shrunkSize(width, height, maxWidth);
  const out = new Uint8Array(outWidth * outHeight);
  const sums = new Float64Array(outWidth);
  const colour = channels >= 3;
  const scale = 1 / (f * fy * (colour ? 256 : 1));
  for (let oy = 0; oy < outHeight; oy++) {
    sums.fill(0);
    for (let row = oy * fy; row < oy * fy + fy; row++) {
      let i = row * width * channels;
      for (let ox = 0; ox < outWidth; ox++) {
        let sum = 0;
        for (let dx = 0; dx < f; dx++, i += channels) {
          sum += colour
            ? 77 * (data[i] as number) + 150 * (data[i + 1] as number) + 29 * (data[i + 2] as number)
            : (data[i] as number);
        }
        sums[ox] = (sums[ox] as number) + sum;
      }
    }
    for (let ox = 0; ox < outWidth; ox++) out[oy * outWidth + ox] = Math.round((sums[ox] as number) * scale);
  }
  return { data: out, width: outWidth, height: outHeight, xFactor: f, yFactor: fy };
}

/** The size toLuma shrinks a width × height image to, and its factors. */
export function shrunkSize(width: number, height: number, maxWidth: number) {
  const xFactor = Math.max(1, Math.ceil(width / Math.max(1, maxWidth)));
  const yFactor = Math.min(xFactor, height);
  return { width: Math.floor(width / xFactor), height: Math.floor(height / yFactor), xFactor, yFactor };
}

/** A luma image shrunk to at most `maxWidth` (returned as it is when already narrow enough). */
export function shrinkLuma(luma: LumaImage, maxWidth: number): ShrunkLuma {
  if (luma.width > maxWidth) return toLuma({ ...luma, channels: 1 }, maxWidth);
  checkSize(luma.data, luma.width, luma.height, 1);
  return { ...luma, xFactor: 1, yFactor: 1 };
}

/** Throws unless `data` holds a width × height image of `channels` bytes per pixel. */
export function checkSize(data: Uint8Array, width: number, height: number, channels: number): void {
  if (!(Number.isInteger(width) && Number.isInteger(height) && width >= 1 && height >= 1)) {
    throw invalidImage(`An image must be at least 1 × 1 pixels, got ${width} × ${height}`, { width, height });
  }
  if (data.length < width * height * channels) {
    throw invalidImage(
      `A ${width} × ${height} image needs ${width * height * channels} bytes, got ${data.length}`,
    );
  }
}
