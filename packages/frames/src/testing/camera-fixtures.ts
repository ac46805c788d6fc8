// A fixed set of camera frames as a camera sends them (libjpeg-turbo quality 95, 4:2:0), with the texture that sets a
// photograph's JPEG size: fractal (1/f) value noise for foliage, facades and asphalt grain, soft clouds, hard-edged
// vehicles and lane markings, and sensor noise that grows as the light falls. Flat synthetic scenes compress far
// better than real ones and would flatter any encoder. Deterministic: the same bytes every run (seeded generators,
// and sharp's bundled libjpeg-turbo). Used by the JPEG bench and by the compression defaults' test.
import sharp from "sharp";

export interface CameraFixture {
  name: string;
  /** Seeds the layout, the texture and the noise. */
  seed: number;
  /** Scene light, 0-1 (1: daylight); the sensor noise grows as it falls. */
  light: number;
  /** Amplitude of the fine texture (0-1). */
  texture: number;
}

export const CAMERA_FIXTURES: readonly CameraFixture[] = [
  { name: "day", seed: 1, light: 1, texture: 0.6 },
  { name: "day-busy", seed: 2, light: 0.95, texture: 1 },
  { name: "overcast", seed: 3, light: 0.7, texture: 0.5 },
  { name: "dusk", seed: 4, light: 0.45, texture: 0.4 },
];

/** Deterministic numbers in [0, 1) (mulberry32). */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Fractal value noise in about [−1, 1]: octaves of a bilinear lattice, each twice as fine and half as strong. */
function fractalNoise(
  width: number,
  height: number,
  seed: number,
  coarsest: number,
  octaves: number,
): Float32Array {
  const out = new Float32Array(width * height);
  const next = generator(seed);
  let amplitude = 0.5;
  for (let o = 0, cell = coarsest; o < octaves && cell >= 1; o++, cell /= 2, amplitude /= 2) {
    const cols = Math.ceil(width / cell) + 2;
    const lattice = Float32Array.from(
      { length: cols * (Math.ceil(height / cell) + 2) },
      () => next() * 2 - 1,
    );
    for (let y = 0; y < height; y++) {
      const gy = y / cell;
      const y0 = Math.floor(gy);
      const fy = gy - y0;
      for (let x = 0; x < width; x++) {
        const gx = x / cell;
        const x0 = Math.floor(gx);
        const fx = gx - x0;
        const at = (cx: number, cy: number) => lattice[cy * cols + cx] as number;
        const top = at(x0, y0) + (at(x0 + 1, y0) - at(x0, y0)) * fx;
        const bottom = at(x0, y0 + 1) + (at(x0 + 1, y0 + 1) - at(x0, y0 + 1)) * fx;
        out[y * width + x] = (out[y * width + x] as number) + amplitude * (top + (bottom - top) * fy);
      }
    }
  }
  return out;
}

/** The fixture's scene as raw interleaved RGB. */
export function cameraPixels(fixture: CameraFixture, width: number, height: number): Buffer {
  const { seed, light, texture } = fixture;
  const next = generator(seed * 7919);
  const coarse = fractalNoise(width, height, seed, 64, 4);
  const fine = fractalNoise(width, height, seed + 100, 8, 3);
  const horizon = Math.round(height * (0.3 + 0.1 * next()));
  const treeLine = horizon - Math.round(height * (0.08 + 0.08 * next()));
  const rgb = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const t = y < horizon ? y / horizon : (y - horizon) / (height - horizon);
    const half = width * (0.1 + 0.4 * t);
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const c = coarse[i] as number;
      const f = (fine[i] as number) * texture;
      let px: [number, number, number];
      if (y < treeLine)
        px = [120 + 90 * t + 60 * c, 160 + 70 * t + 50 * c, 225 + 15 * t + 30 * c]; // sky, clouds
      else if (y < horizon)
        px = [55 + 60 * c + 90 * f, 90 + 70 * c + 110 * f, 45 + 40 * c + 60 * f]; // trees
      else if (Math.abs(x - width / 2) < half) {
        const v = 85 + 35 * t + 25 * c + 45 * f; // asphalt
        px = [v, v, v + 5];
      } else
        px = [70 + 30 * t + 40 * c + 70 * f, 115 + 40 * t + 50 * c + 80 * f, 50 + 20 * t + 30 * c + 50 * f]; // verge
      rgb.set(px, i * 3);
    }
  }
  const rect = (x0: number, y0: number, w: number, h: number, colour: number[]) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
        const shade = 1 + 0.25 * (coarse[y * width + x] as number) - 0.3 * ((y - y0) / h);
        rgb.set(
          colour.map((v) => v * shade),
          (y * width + x) * 3,
        );
      }
    }
  };
  // Lane markings, dashed, and vehicles on the road below the horizon.
  for (let y = horizon; y < height; y++) {
    const t = (y - horizon) / (height - horizon);
    if (Math.floor((y - horizon) / Math.max(3, 28 * t)) % 2 === 0) {
      for (const lane of [-1 / 3, 1 / 3])
        rect(
          Math.round(width / 2 + lane * width * (0.1 + 0.4 * t)),
          y,
          2 + Math.round(5 * t),
          1,
          [230, 230, 215],
        );
    }
  }
  for (let v = 0; v < 4 + Math.floor(next() * 4); v++) {
    const t = 0.15 + 0.8 * next();
    const w = Math.round(width * (0.04 + 0.12 * t));
    const y = horizon + Math.round(t * (height - horizon)) - Math.round(w * 0.7);
    const x = Math.round(width / 2 + (next() - 0.5) * width * (0.1 + 0.4 * t) * 1.6 - w / 2);
    const colour = [next() * 230 + 20, next() * 230 + 20, next() * 230 + 20];
    rect(x, y, w, Math.round(w * 0.7), colour);
    rect(
      x + Math.round(w * 0.15),
      y + Math.round(w * 0.08),
      Math.round(w * 0.7),
      Math.round(w * 0.2),
      [35, 45, 60],
    );
  }
  // Exposure, then sensor noise: luma and (weaker) chroma, stronger in dim light.
  const sigma = 1 + 2.5 * (1 - light);
  const out = Buffer.alloc(rgb.length);
  for (let i = 0; i < rgb.length; i += 3) {
    const luma = (next() + next() + next() - 1.5) * 2 * sigma;
    for (let ch = 0; ch < 3; ch++) {
      const v = (rgb[i + ch] as number) * (0.35 + 0.65 * light) + luma + (next() - 0.5) * sigma;
      out[i + ch] = v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
    }
  }
  return out;
}

/** The fixture as its camera sends it: a quality 95 JPEG (libjpeg-turbo, 4:2:0). */
export function cameraJpeg(fixture: CameraFixture, width = 640, height = 480): Promise<Buffer> {
  return sharp(cameraPixels(fixture, width, height), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95, mozjpeg: false, chromaSubsampling: "4:2:0" })
    .toBuffer();
}
