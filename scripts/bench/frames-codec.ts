// Part (a) of the frames bench: a fully populated ProcessedFrame through Sluice's protobuf codec (encodeFrame and
// decodeFrame, both validating) against the legacy JSON format (JSON.stringify with the image as base64, then
// JSON.parse and Buffer.from(base64)), encode + decode per frame, repetitions alternating between the two.
// Times are CPU times of the process (a shared machine's wall time counts other work). Protobuf's time for image-sized
// frames is bimodal from process to process: each encode allocates one buffer of the frame's size (frame-writer.ts)
// outside V8's heap, and glibc may hand freed ones back to the kernel (trimming the top of its heap) so that the next
// ones fault their pages in afresh: ~16 minor page faults per medium frame, 4-8× the CPU. So the figures carry the
// page faults per protobuf frame; GLIBC_TUNABLES=glibc.malloc.trim_threshold=268435456 removes them (measured:
// 30-45 µs per medium encode + decode against 120-150 µs for JSON). JSON's big strings live in V8's heap instead.
import { decodeFrame, encodeFrame, type FrameProperties, msFromTimestamp } from "@sluice/frames";
import { analysedFrame, type Size, sceneJpeg, sizeLabel } from "./frames-scene.ts";
import { median } from "./median.ts";

export interface CodecCase {
  name: "small" | "medium" | "large";
  size: Size;
  /** Scene noise and encoder quality, chosen for payloads near 8 KB, 80 KB and 250 KB. */
  noise: number;
  quality: number;
}

export const CODEC_CASES: CodecCase[] = [
  { name: "small", size: { width: 320, height: 240 }, noise: 2, quality: 75 },
  { name: "medium", size: { width: 1280, height: 720 }, noise: 6, quality: 85 },
  { name: "large", size: { width: 1920, height: 1080 }, noise: 12, quality: 85 },
];

export interface CodecFigures {
  name: string;
  size: Size;
  imageBytes: number;
  pbBytes: number;
  jsonBytes: number;
  /** From the median batch time of each. */
  pbPerS: number;
  jsonPerS: number;
  /** Median over the alternating pairs of batches of JSON time / protobuf time. */
  speedRatio: number;
  /** Minor page faults per protobuf encode + decode: above 1, freed buffers went back to the kernel. */
  pbFaultsPerFrame: number;
  reps: number;
  /** Encodes + decodes per timed batch. */
  batch: number;
}

type Legacy = Record<string, unknown> & { image: Record<string, unknown> };

/** The frame as the JSON-era services wrote it: snake_case, float-second times, enums as words, bytes aside. */
function legacyShape(frame: FrameProperties): Legacy {
  const seconds = (t: FrameProperties["capturedAt"]) => (t ? msFromTimestamp(t) / 1000 : 0);
  const { image, quality, traffic } = frame;
  return {
    frame_id: frame.frameId,
    camera_id: frame.cameraId,
    timestamp: seconds(frame.capturedAt),
    sequence: frame.sequence,
    stage: "analyzed",
    status: "ok",
    image: {
      format: "jpeg",
      width: image?.width,
      height: image?.height,
      quality: image?.quality,
      original_bytes: image?.originalBytes,
      original_format: "jpeg",
    },
    regions: frame.regions,
    quality: quality && {
      sharpness: quality.sharpness,
      brightness: quality.brightness,
      contrast: quality.contrast,
      dark_fraction: quality.darkFraction,
      bright_fraction: quality.brightFraction,
      blurry: quality.blurry,
    },
    traffic: traffic && {
      motion: traffic.motion,
      occupancy: traffic.occupancy,
      background_frames: traffic.backgroundFrames,
      method: traffic.method,
    },
    roi_analyses: frame.roiAnalyses?.map((roi) => ({
      region: roi.region,
      motion: roi.motion,
      occupancy: roi.occupancy,
      occupied: roi.occupied,
      brightness: roi.brightness,
    })),
    processed_at: seconds(frame.processedAt),
    processing_ms: frame.processingMs,
    labels: frame.labels,
  };
}

/** One encode + decode in each format; each returns the encoded size and feeds `sink` so nothing is optimised out. */
function codecs(frame: FrameProperties) {
  const legacy = legacyShape(frame);
  const image = frame.image?.data as Uint8Array;
  let sink = 0;
  const pb = (): number => {
    const bytes = encodeFrame(frame);
    const back = decodeFrame(bytes);
    sink += back.image?.data?.length ?? 0;
    return bytes.length;
  };
  const json = (): number => {
    const view = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
    const text = JSON.stringify({ ...legacy, image: { ...legacy.image, data: view.toString("base64") } });
    const back = JSON.parse(text) as Legacy;
    sink += Buffer.from(back.image.data as string, "base64").length;
    return Buffer.byteLength(text);
  };
  return { pb, json, sink: () => sink };
}

/**
 * CPU seconds of this process (every thread: V8's collector works beside the main one) taken by `n` calls. CPU time,
 * not wall time: on a shared machine a batch's wall time counts whatever else ran on the core meanwhile.
 */
function timed(fn: () => unknown, n: number): number {
  const started = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1e6;
}

/** Calls per batch so that one batch of the slower codec takes about `batchMs`. */
function batchLength(ops: (() => unknown)[], batchMs: number): number {
  let n = 1;
  for (;;) {
    const slowest = Math.max(...ops.map((op) => timed(op, n)));
    if (slowest * 1000 >= 10) return Math.max(1, Math.round((n * batchMs) / (slowest * 1000)));
    n *= 2;
  }
}

export async function codecCase(
  spec: CodecCase,
  seconds: number,
  warmupSeconds: number,
): Promise<CodecFigures> {
  const jpeg = await sceneJpeg(spec.size, { noise: spec.noise, quality: spec.quality, mozjpeg: true });
  const { pb, json, sink } = codecs(analysedFrame(jpeg, spec.size));
  const pbBytes = pb();
  const jsonBytes = json();
  const n = batchLength([pb, json], 25);
  // Warm-up, alternating too: JIT, and V8's GC settling its limits for this allocation pattern (each frame allocates
  // a few image-sized buffers or strings); the first second runs up to twice as slow, and varies run to run.
  for (const warmUntil = performance.now() + warmupSeconds * 1000; performance.now() < warmUntil; ) {
    timed(pb, n);
    timed(json, n);
  }
  const times = { pb: [] as number[], json: [] as number[] };
  let pbFaults = 0;
  const timedPb = () => {
    const faults = process.resourceUsage().minorPageFault;
    times.pb.push(timed(pb, n));
    pbFaults += process.resourceUsage().minorPageFault - faults;
  };
  const until = performance.now() + seconds * 1000;
  // Alternate which goes first, so drift and noise land on both alike; medians, as GC phases come and go.
  for (let rep = 0; rep < 8 || performance.now() < until; rep++) {
    if (rep % 2 === 0) {
      timedPb();
      times.json.push(timed(json, n));
    } else {
      times.json.push(timed(json, n));
      timedPb();
    }
  }
  if (sink() <= 0) throw new Error("codec bench decoded nothing");
  return {
    name: spec.name,
    size: spec.size,
    imageBytes: jpeg.length,
    pbBytes,
    jsonBytes,
    pbPerS: n / median(times.pb),
    jsonPerS: n / median(times.json),
    speedRatio: median(times.json.map((t, i) => t / (times.pb[i] as number))),
    pbFaultsPerFrame: pbFaults / (times.pb.length * n),
    reps: times.pb.length * n,
    batch: n,
  };
}

export function describeCodec(f: CodecFigures): string {
  const fmt = (x: number) => Math.round(x).toLocaleString("en-US");
  return (
    `${f.name.padEnd(6)} ${sizeLabel(f.size).padEnd(9)} image ${fmt(f.imageBytes)} B: protobuf ${fmt(f.pbBytes)} B, ` +
    `${fmt(f.pbPerS)} frames/s (${f.pbFaultsPerFrame.toFixed(1)} page faults each); JSON+base64 ${fmt(f.jsonBytes)} B, ${fmt(f.jsonPerS)} frames/s; ` +
    `size ${(f.pbBytes / f.jsonBytes).toFixed(3)}, speed ${f.speedRatio.toFixed(2)}× (median of ${fmt(f.reps / f.batch)} ` +
    `alternating batches of ${f.batch}; rates from median batch CPU times)`
  );
}
