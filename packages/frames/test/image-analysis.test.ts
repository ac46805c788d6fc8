import {
  analyseTraffic,
  type BackgroundState,
  DEFAULT_BLUR_THRESHOLD,
  decodeBackgroundState,
  encodeBackgroundState,
  type LumaImage,
  measureQuality,
  TRAFFIC_METHOD,
  toLuma,
} from "@sluice/frames";
import { InvalidInputError, SluiceError } from "@sluice/streams";
import sharp from "sharp";
import { describe, expect, it } from "vitest";

const luma = (width: number, height: number, pixel: (x: number, y: number) => number): LumaImage => {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = pixel(x, y);
  return { data, width, height };
};

const checkerboard = (width: number, height: number, cell: number) =>
  luma(width, height, (x, y) => ((Math.floor(x / cell) + Math.floor(y / cell)) % 2 ? 255 : 0));

async function blur(image: LumaImage, sigma: number): Promise<LumaImage> {
  const { width, height } = image;
  const data = await sharp(image.data, { raw: { width, height, channels: 1 } })
    .blur(sigma)
    .raw()
    .toBuffer();
  return { data, width, height };
}

function thrown(call: () => unknown): SluiceError {
  try {
    call();
  } catch (error) {
    if (error instanceof SluiceError) return error;
    throw error;
  }
  throw new Error("Expected a SluiceError");
}

describe("measureQuality", () => {
  it("finds a uniform grey frame flat: no contrast, no sharpness, blurry", () => {
    expect(measureQuality(luma(64, 48, () => 128))).toEqual({
      sharpness: 0,
      brightness: 128,
      contrast: 0,
      darkFraction: 0,
      brightFraction: 0,
      blurry: true,
    });
  });

  it("computes the Laplacian's variance exactly over the interior", () => {
    // One white pixel in the middle of a black 5 × 5: interior Laplacians are 1020 (centre), −255 (its four
    // neighbours) and 0 (corners), mean 0, so the variance is (1020² + 4 · 255²) / 9.
    const dot = luma(5, 5, (x, y) => (x === 2 && y === 2 ? 255 : 0));
    const quality = measureQuality(dot);
    expect(quality.sharpness).toBeCloseTo((1020 ** 2 + 4 * 255 ** 2) / 9, 6);
    expect(quality.brightness).toBeCloseTo(255 / 25, 10);
    expect(quality.darkFraction).toBe(24 / 25);
    expect(quality.brightFraction).toBe(1 / 25);
  });

  it("finds a checkerboard sharp and high-contrast, and its blurred copy blurry", async () => {
    const board = checkerboard(320, 240, 4);
    const crisp = measureQuality(board);
    expect(crisp).toMatchObject({
      brightness: 127.5,
      contrast: 127.5,
      darkFraction: 0.5,
      brightFraction: 0.5,
    });
    expect(crisp.sharpness).toBeGreaterThan(10_000);
    expect(crisp.blurry).toBe(false);
    const soft = measureQuality(await blur(board, 3));
    expect(soft.sharpness).toBeLessThan(crisp.sharpness / 100);
    expect(soft.sharpness).toBeLessThan(DEFAULT_BLUR_THRESHOLD);
    expect(soft.blurry).toBe(true);
    expect(Math.abs(soft.brightness - 127.5)).toBeLessThan(2);
    expect(measureQuality(board, { blurThreshold: 1e9 }).blurry).toBe(true);
  });

  it("refuses a luma buffer shorter than its size says", () => {
    const error = thrown(() => measureQuality({ data: new Uint8Array(10), width: 4, height: 4 }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.code).toBe("frames.invalid_image");
  });
});

describe("toLuma", () => {
  it("box-averages f × f blocks of BT.601 luma, dropping the remainder", () => {
    // 5 × 2 RGB, shrunk to at most 2 wide: f = 3, so one 3 × 2 block... and the height only allows one row.
    const rgb = Buffer.alloc(5 * 2 * 3);
    for (let i = 0; i < 10; i++) rgb.set(i % 5 < 3 ? [255, 0, 0] : [0, 0, 255], i * 3);
    expect(toLuma({ data: rgb, width: 5, height: 2, channels: 3 }, 2)).toMatchObject({
      width: 1,
      height: 1,
      xFactor: 3,
      yFactor: 2,
      data: new Uint8Array([Math.round((77 * 255) / 256)]),
    });
    const grey = luma(8, 4, (x) => x * 10);
    expect(toLuma({ ...grey, channels: 1 }, 4)).toMatchObject({
      width: 4,
      height: 2,
      data: new Uint8Array([5, 25, 45, 65, 5, 25, 45, 65]),
    });
  });
});

describe("analyseTraffic", () => {
  // Frames of 640 × 360 luma standing for a 1280 × 720 camera: the regions are in camera pixels.
  const original = { originalWidth: 1280, originalHeight: 720 };
  const regions = [
    { id: "lane-1", x: 0, y: 360, width: 400, height: 360 },
    { id: "lane-2", x: 440, y: 360, width: 400, height: 360 },
    { id: "lane-3", x: 880, y: 360, width: 400, height: 360 },
  ];
  const noise = (seed: number) => {
    let a = seed;
    return () => {
      a = (Math.imul(a, 1103515245) + 12345) >>> 0;
      return (a >>> 16) / 65536;
    };
  };
  /** A textured road with sensor noise (±8), and optionally a bright box (in camera pixels). */
  const frame = (seed: number, box?: { x: number; y: number; width: number; height: number }) => {
    const next = noise(seed);
    return luma(640, 360, (x, y) => {
      const [cx, cy] = [x * 2, y * 2];
      if (box && cx >= box.x && cx < box.x + box.width && cy >= box.y && cy < box.y + box.height) return 240;
      return 80 + 40 * Math.sin(x / 5) * Math.cos(y / 7) + (next() - 0.5) * 16;
    });
  };
  const car = { x: 500, y: 420, width: 280, height: 240 }; // inside lane-2

  /** Runs frames through the model, returning every analysis. */
  function run(frames: LumaImage[], start?: BackgroundState) {
    let state = start;
    return frames.map((current) => {
      const analysis = analyseTraffic(current, state, regions, original);
      state = analysis.state;
      return analysis;
    });
  }

  it("starts a background on the first frame: no motion, no occupancy", () => {
    const [first] = run([frame(1)]);
    expect(first?.traffic).toEqual({ motion: 0, occupancy: 0, backgroundFrames: 1, method: TRAFFIC_METHOD });
    expect(first?.state).toMatchObject({ width: 160, height: 90, frames: 1 });
    expect(first?.regions.map((r) => [r.region.id, r.occupied, r.motion])).toEqual([
      ["lane-1", false, 0],
      ["lane-2", false, 0],
      ["lane-3", false, 0],
    ]);
  });

  it("learns a static scene: what the first frame happened to hold fades, occupancy falls to ~0", () => {
    // A car present only in the first frame: a ghost in the background at first, gone once warmed up.
    const results = run([frame(1, car), ...Array.from({ length: 29 }, (_, i) => frame(i + 2))]);
    expect(results[1]?.traffic.occupancy).toBeGreaterThan(0.03);
    const last = results.at(-1);
    expect(last?.traffic.backgroundFrames).toBe(30);
    expect(last?.traffic.occupancy).toBeLessThan(0.002);
    expect(last?.traffic.motion).toBeLessThan(0.002);
    expect(last?.regions.every((r) => !r.occupied)).toBe(true);
  });

  it("marks the region a car enters as occupied, with motion when it arrives and none while it stays", () => {
    const warm = run(Array.from({ length: 30 }, (_, i) => frame(i + 1))).at(-1)?.state;
    const [arrives, stays, staysLonger] = run([frame(100, car), frame(101, car), frame(102, car)], warm);
    expect(arrives?.traffic.motion).toBeGreaterThan(0.03);
    expect(arrives?.traffic.occupancy).toBeGreaterThan(0.03);
    const [lane1, lane2, lane3] = arrives?.regions ?? [];
    expect(lane2).toMatchObject({ occupied: true });
    // The car covers 280 × 240 of the lane's 400 × 360 pixels: 0.47.
    expect(lane2?.occupancy).toBeGreaterThan(0.4);
    expect(lane2?.motion).toBeGreaterThan(0.4);
    expect(lane2?.brightness).toBeGreaterThan(150);
    expect([lane1?.occupied, lane3?.occupied]).toEqual([false, false]);
    expect(lane1?.brightness).toBeLessThan(120);
    for (const still of [stays, staysLonger]) {
      expect(still?.traffic.motion).toBeLessThan(0.002);
      expect(still?.regions[1]).toMatchObject({ occupied: true });
      expect(still?.regions[1]?.motion).toBeLessThan(0.01);
    }
    expect(staysLonger?.traffic.backgroundFrames).toBe(33);
  });

  it("is pure and deterministic: the same frames give the same figures, the given state is untouched", () => {
    const frames = [frame(1), frame(2), frame(3, car), frame(4, car)];
    const first = run(frames);
    const before = structuredClone(first[1]?.state);
    const again = run(frames);
    expect(again).toEqual(first);
    expect(first[1]?.state).toEqual(before);
  });

  it("starts over when the camera's resolution changes", () => {
    const warm = run([frame(1), frame(2), frame(3)]).at(-1)?.state;
    const wider = luma(640, 480, () => 90);
    const next = analyseTraffic(wider, warm, [], { originalWidth: 1280, originalHeight: 960 });
    expect(next.traffic).toMatchObject({ motion: 0, occupancy: 0, backgroundFrames: 1 });
    expect(next.state).toMatchObject({ width: 160, height: 120, frames: 1 });
  });

  it("maps regions without an original size in luma pixels, and refuses regions outside the image", () => {
    const small = luma(160, 90, (x) => (x < 80 ? 20 : 200));
    const [left, right] = analyseTraffic(small, undefined, [
      { id: "left", x: 0, y: 0, width: 80, height: 90 },
      { id: "right", x: 80, y: 0, width: 80, height: 90 },
    ]).regions;
    expect([left?.brightness, right?.brightness]).toEqual([20, 200]);
    const error = thrown(() =>
      analyseTraffic(small, undefined, [{ id: "far", x: 0, y: 0, width: 10, height: 10 }], {
        originalWidth: 5,
        originalHeight: 5,
      }),
    );
    expect(error).toMatchObject({ code: "frames.invalid_region", details: { region: "far" } });
  });
});

describe("background state", () => {
  const state = (): BackgroundState => {
    const a = analyseTraffic(
      luma(160, 90, (x, y) => (x * y) % 256),
      undefined,
      [],
    );
    return analyseTraffic(
      luma(160, 90, (x, y) => (x + y) % 256),
      a.state,
      [],
    ).state;
  };

  it("round-trips through its compact binary form", () => {
    const original = state();
    const bytes = encodeBackgroundState(original);
    expect(bytes.length).toBe(16 + 3 * 160 * 90);
    expect(decodeBackgroundState(bytes)).toEqual(original);
    // From a Uint8Array view at an offset, as a Redis client buffer may be.
    const padded = new Uint8Array(bytes.length + 7);
    padded.set(bytes, 7);
    expect(decodeBackgroundState(padded.subarray(7))).toEqual(original);
  });

  it("gives undefined for anything it did not write: corrupt, truncated, another version, empty", () => {
    const bytes = encodeBackgroundState(state());
    const flipped = Buffer.from(bytes);
    flipped[5000] = (flipped[5000] ?? 0) ^ 1;
    const version = Buffer.from(bytes);
    version[3] = 2;
    for (const bad of [
      flipped,
      bytes.subarray(0, bytes.length - 1),
      Buffer.concat([bytes, Buffer.alloc(1)]),
      version,
      Buffer.alloc(0),
      Buffer.from("not a background"),
    ]) {
      expect(decodeBackgroundState(bad)).toBeUndefined();
    }
  });
});
