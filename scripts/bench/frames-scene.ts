// Synthetic camera frames for the frames bench: a natural-looking street view (sky and road gradients, lane
// markings, buildings, vehicles, mild sensor noise) as raw RGB or JPEG, and fully populated ProcessedFrames.
import {
  type FrameProperties,
  ImageFormat,
  ProcessingStage,
  ProcessingStatus,
  timestampFromMs,
} from "@sluice/frames";
import sharp from "sharp";

export interface Size {
  width: number;
  height: number;
}

export const SIZES = {
  qvga: { width: 320, height: 240 },
  vga: { width: 640, height: 480 },
  hd: { width: 1280, height: 720 },
  fhd: { width: 1920, height: 1080 },
} as const satisfies Record<string, Size>;

export const sizeLabel = ({ width, height }: Size) => `${width}×${height}`;

export interface SceneOptions {
  /** Moves the vehicles along the road: consecutive frames of one camera differ like a live view. */
  frame?: number;
  /** Amplitude of the per-pixel noise, ± levels (default 6: a decent camera in daylight). */
  noise?: number;
  /** Seed of the noise and the layout (default 1). */
  seed?: number;
}

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);

/** Raw interleaved RGB (width × height × 3 bytes). */
export function sceneRgb({ width, height }: Size, options: SceneOptions = {}): Buffer {
  const { frame = 0, noise = 6, seed = 1 } = options;
  const rgb = Buffer.alloc(width * height * 3);
  const horizon = Math.round(height * 0.38);
  const put = (x: number, y: number, r: number, g: number, b: number) => {
    const i = (y * width + x) * 3;
    rgb[i] = r;
    rgb[i + 1] = g;
    rgb[i + 2] = b;
  };
  const rect = (x0: number, y0: number, w: number, h: number, color: [number, number, number], shade = 0) => {
    const [r, g, b] = color;
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
      const s = shade * ((y - y0) / h - 0.5);
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) put(x, y, r + s, g + s, b + s);
    }
  };
  // Sky: blue to pale towards the horizon; ground: grey road in perspective between green verges.
  for (let y = 0; y < height; y++) {
    if (y < horizon) {
      const t = y / horizon;
      for (let x = 0; x < width; x++) put(x, y, 90 + 110 * t, 140 + 80 * t, 220 + 20 * t);
      continue;
    }
    const t = (y - horizon) / (height - horizon);
    const half = width * (0.08 + 0.42 * t);
    const centre = width / 2;
    for (let x = 0; x < width; x++) {
      const onRoad = Math.abs(x - centre) < half;
      if (onRoad) {
        const v = 70 + 40 * t + 10 * Math.sin(x * 0.05) * (1 - t);
        put(x, y, v, v, v + 4);
      } else put(x, y, 60 + 30 * t, 110 + 40 * t, 50 + 20 * t);
    }
    // Dashed lane markings at a third and two thirds of the road.
    for (const lane of [-1 / 3, 1 / 3]) {
      const x = Math.round(centre + lane * half * 2 * 0.5);
      const w = Math.max(1, Math.round(2 + 6 * t));
      if (Math.floor((y - horizon) / Math.max(4, 30 * t)) % 2 === 0) rect(x, y, w, 1, [235, 235, 220]);
    }
  }
  // Buildings on the horizon, a layout fixed by the seed.
  let state = (seed * 2654435761) >>> 0;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
  for (let b = 0; b < 9; b++) {
    const w = Math.round(width * (0.05 + 0.07 * random()));
    const h = Math.round(horizon * (0.3 + 0.6 * random()));
    const x = Math.round(random() * (width - w));
    const tone = 120 + Math.round(80 * random());
    rect(x, horizon - h, w, h, [tone, tone - 10, tone - 25], 30);
    // Windows.
    const step = Math.max(6, Math.round(w / 5));
    for (let wy = horizon - h + step; wy < horizon - step; wy += step)
      for (let wx = x + step / 2; wx < x + w - step / 2; wx += step)
        rect(Math.round(wx), wy, Math.max(2, step / 3), Math.max(2, step / 2.5), [40, 50, 70]);
  }
  // Vehicles coming down the lanes; their position depends on the frame number.
  const palette: [number, number, number][] = [
    [200, 30, 30],
    [30, 60, 170],
    [230, 230, 235],
    [30, 30, 30],
    [200, 170, 40],
  ];
  for (let v = 0; v < 5; v++) {
    const t = ((v * 0.23 + frame * 0.017) % 1) * 0.95;
    const y = Math.round(horizon + t * (height - horizon));
    const scale = 0.1 + 0.9 * t;
    const w = Math.round(width * 0.12 * scale);
    const h = Math.round(w * 0.6);
    const half = width * (0.08 + 0.42 * t);
    const x = Math.round(width / 2 + (v % 3) * half * 0.6 - half * 0.6 - w / 2);
    rect(x, y - h, w, h, palette[v] as [number, number, number], 40);
    rect(x + w * 0.15, y - h, w * 0.7, h * 0.35, [60, 80, 100]); // windscreen
  }
  // Mild sensor noise, the same for every frame of a seed (a fixed pattern plus the scene).
  let n = (seed * 97 + 13) >>> 0;
  for (let i = 0; i < rgb.length; i++) {
    n = (n * 1103515245 + 12345) >>> 0;
    rgb[i] = clamp((rgb[i] as number) + ((n >>> 16) % (2 * noise + 1)) - noise);
  }
  return rgb;
}

/** The scene as a JPEG: by default quality 95 with libjpeg-turbo, as a camera would send it. */
export function sceneJpeg(
  size: Size,
  options: SceneOptions & { quality?: number; mozjpeg?: boolean } = {},
): Promise<Buffer> {
  const { quality = 95, mozjpeg = false } = options;
  return sharp(sceneRgb(size, options), { raw: { ...size, channels: 3 } })
    .jpeg({ quality, mozjpeg })
    .toBuffer();
}

/** Regions across the lanes of a frame (all inside it). */
export function laneRegions({ width, height }: Size, count: number) {
  const w = Math.floor(width / count);
  return Array.from({ length: count }, (_, i) => ({
    id: `lane-${i + 1}`,
    x: i * w,
    y: Math.floor(height * 0.5),
    width: w,
    height: Math.floor(height * 0.4),
  }));
}

export const LABELS = { site: "junction-42", direction: "northbound", city: "leeds", mount: "pole-3" };

/** An INGESTED frame as a sender makes it: image, regions, labels, capture time. */
export function ingestedFrame(
  n: number,
  camera: string,
  image: { data: Uint8Array } & Size,
  capturedAtMs: number,
): FrameProperties {
  return {
    frameId: `f-${n}`,
    cameraId: camera,
    capturedAt: timestampFromMs(capturedAtMs),
    sequence: n,
    stage: ProcessingStage.PROCESSING_STAGE_INGESTED,
    status: ProcessingStatus.PROCESSING_STATUS_OK,
    image: {
      data: image.data,
      format: ImageFormat.IMAGE_FORMAT_JPEG,
      width: image.width,
      height: image.height,
    },
    regions: laneRegions(image, 2),
    labels: LABELS,
  };
}

/**
 * An ANALYZED frame with every field set, as output_consumers sees it: compressed image, quality metrics, traffic
 * features, four regions with their analyses, processing times, labels.
 */
export function analysedFrame(jpeg: Uint8Array, size: Size, capturedAtMs = Date.now()): FrameProperties {
  const regions = laneRegions(size, 4);
  return {
    frameId: "01JD7Q7W6X1M4T5ZB0C9R2N8KF",
    cameraId: "cam-leeds-junction-42:north",
    capturedAt: timestampFromMs(capturedAtMs),
    sequence: 1_234_567,
    stage: ProcessingStage.PROCESSING_STAGE_ANALYZED,
    status: ProcessingStatus.PROCESSING_STATUS_OK,
    image: {
      data: jpeg,
      format: ImageFormat.IMAGE_FORMAT_JPEG,
      width: size.width,
      height: size.height,
      quality: 85,
      originalBytes: Math.round(jpeg.length * 2.7),
      originalFormat: ImageFormat.IMAGE_FORMAT_JPEG,
    },
    regions,
    quality: {
      sharpness: 412.83716,
      brightness: 118.4521,
      contrast: 47.90312,
      darkFraction: 0.01734,
      brightFraction: 0.04419,
      blurry: false,
    },
    traffic: {
      motion: 0.03125,
      occupancy: 0.18872,
      backgroundFrames: 1800,
      method: "background-difference/v1",
    },
    roiAnalyses: regions.map((region, i) => ({
      region,
      motion: 0.01 * (i + 1),
      occupancy: 0.11 * (i + 1),
      occupied: i % 2 === 1,
      brightness: 96.5 + i * 7.25,
    })),
    processedAt: timestampFromMs(capturedAtMs + 61.25),
    processingMs: 23.871,
    labels: LABELS,
  };
}
