// Part (b) of the frames bench: compressImage's default JPEG (inspect, checked decode to raw pixels, then the default
// encoder at its default quality: jpeg-encoders.ts) against one bare sharp pipeline with the same encoder settings,
// on the same camera-like input (the synthetic scene as a quality 95 JPEG). One call at a time, ours and bare
// alternating (which goes first alternates too).
import { compressImage, DEFAULT_JPEG_ENCODER, JPEG_ENCODERS } from "@sluice/frames";
import sharp from "sharp";
import { type Size, sceneJpeg, sizeLabel } from "./frames-scene.ts";
import { median } from "./median.ts";

export const JPEG_SIZES: Size[] = [
  { width: 640, height: 480 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

export interface JpegFigures {
  size: Size;
  inputBytes: number;
  oursBytes: number;
  bareBytes: number;
  /** Median seconds per call. */
  oursS: number;
  bareS: number;
  /** Median over the pairs of ours / bare − 1: robust to noise that hits some pairs and not others. */
  overhead: number;
  reps: number;
}

const { quality, options } = JPEG_ENCODERS[DEFAULT_JPEG_ENCODER];
const ours = (input: Buffer) => compressImage(input);
const bare = (input: Buffer) =>
  sharp(input)
    .jpeg({ ...options, quality })
    .toBuffer();

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await fn();
  return [(performance.now() - started) / 1000, result];
}

/** Alternating pairs for about `seconds` (at least 7 pairs), after one warm-up call of each. */
export async function jpegCase(size: Size, seconds: number): Promise<JpegFigures> {
  const input = await sceneJpeg(size, { quality: 95 });
  await ours(input);
  await bare(input);
  const times = { ours: [] as number[], bare: [] as number[] };
  let oursBytes = 0;
  let bareBytes = 0;
  const until = performance.now() + seconds * 1000;
  for (let rep = 0; rep < 7 || performance.now() < until; rep++) {
    const runOurs = async () => {
      const [s, result] = await timed(() => ours(input));
      times.ours.push(s);
      oursBytes = result.compressedBytes;
    };
    const runBare = async () => {
      const [s, result] = await timed(() => bare(input));
      times.bare.push(s);
      bareBytes = result.length;
    };
    if (rep % 2 === 0) {
      await runOurs();
      await runBare();
    } else {
      await runBare();
      await runOurs();
    }
  }
  return {
    size,
    inputBytes: input.length,
    oursBytes,
    bareBytes,
    oursS: median(times.ours),
    bareS: median(times.bare),
    overhead: median(times.ours.map((s, i) => s / (times.bare[i] as number))) - 1,
    reps: times.ours.length,
  };
}

/** MB/s of raw RGB pixels (width × height × 3 bytes, 10^6 bytes per MB) at the median time per call. */
export const rawMbPerS = ({ width, height }: Size, seconds: number) => (width * height * 3) / 1e6 / seconds;

export function describeJpeg(f: JpegFigures): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  return (
    `${sizeLabel(f.size).padEnd(9)} q95 input ${kb(f.inputBytes)}: compressImage ${(f.oursS * 1000).toFixed(1)} ms ` +
    `= ${rawMbPerS(f.size, f.oursS).toFixed(1)} MB/s, ${kb(f.oursBytes)} (ratio ${(f.oursBytes / f.inputBytes).toFixed(3)}); ` +
    `bare sharp ${(f.bareS * 1000).toFixed(1)} ms = ${rawMbPerS(f.size, f.bareS).toFixed(1)} MB/s, ` +
    `${kb(f.bareBytes)} (ratio ${(f.bareBytes / f.inputBytes).toFixed(3)}); overhead ` +
    `${(f.overhead * 100).toFixed(1)}% (median of ${f.reps} pairs' ratios; times are medians)`
  );
}
