import { crc32, deflateSync } from "node:zlib";
import {
  compressImage,
  cropRegions,
  DEFAULT_JPEG_ENCODER,
  decodeLuma,
  type ImageFormatName,
  inspectImage,
  JPEG_ENCODERS,
  processImage,
} from "@sluice/frames";
import { CAMERA_FIXTURES, cameraJpeg } from "@sluice/frames/testing/camera-fixtures";
import { lumaSsim } from "@sluice/frames/testing/ssim";
import { InvalidInputError, SluiceError, TooLargeError } from "@sluice/streams";
import sharp from "sharp";
import { describe, expect, it } from "vitest";

/** Deterministic noise in [0, 1) (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A street-like RGB scene: sky gradient, textured road, coloured boxes, a little sensor noise. */
function scenePixels(width: number, height: number, seed = 1): Buffer {
  const next = random(seed);
  const px = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const road = y > height / 2;
      const base = road
        ? 90 + 30 * Math.sin(x / 3) * Math.sin(y / 3)
        : 140 + (60 * (height / 2 - y)) / height;
      const noise = (next() - 0.5) * 12;
      px[i] = base + noise;
      px[i + 1] = base + noise + (road ? 0 : 10);
      px[i + 2] = base + noise + (road ? 0 : 40);
    }
  }
  for (let k = 0; k < 100; k++) {
    const [bx, by] = [Math.floor(next() * width), Math.floor(next() * height)];
    const [bw, bh] = [8 + Math.floor((next() * width) / 8), 8 + Math.floor((next() * height) / 8)];
    const colour = [next() * 255, next() * 255, next() * 255];
    for (let y = by; y < Math.min(height, by + bh); y++) {
      for (let x = bx; x < Math.min(width, bx + bw); x++) px.set(colour, (y * width + x) * 3);
    }
  }
  return px;
}

const DEFAULT_QUALITY = JPEG_ENCODERS[DEFAULT_JPEG_ENCODER].quality;
const raw = (width: number, height: number, channels: 1 | 3 = 3) => ({ raw: { width, height, channels } });
const scene = (width: number, height: number, format: ImageFormatName = "jpeg", seed = 1) =>
  sharp(scenePixels(width, height, seed), raw(width, height))
    .toFormat(format, { quality: 95 })
    .toBuffer();

async function rejection(promise: Promise<unknown>): Promise<SluiceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof SluiceError)) throw new Error(`Expected a SluiceError, got ${String(error)}`);
  return error;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid PNG of a few hundred bytes whose header claims width × height RGB pixels: a decompression bomb. */
function bombPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from("\x89PNG\r\n\x1a\n", "latin1"),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(Buffer.alloc((width * 3 + 1) * 4))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("compressImage", () => {
  it.each([
    ["jpeg", "jpeg"],
    ["webp", "webp"],
    ["avif", "heif"],
    ["png", "png"],
  ] as const)("encodes %s that decodes back at the same size", async (format, sharpFormat) => {
    const input = await scene(320, 240);
    const out = await compressImage(input, { format, quality: 70 });
    const decoded = await sharp(out.data).metadata();
    expect(decoded).toMatchObject({ format: sharpFormat, width: 320, height: 240 });
    if (format === "avif") expect(decoded.compression).toBe("av1");
    expect(out).toMatchObject({
      format,
      width: 320,
      height: 240,
      quality: format === "png" ? 0 : 70,
      originalBytes: input.length,
      originalFormat: "jpeg",
      compressedBytes: out.data.length,
    });
    expect(out.ratio).toBeCloseTo(out.data.length / input.length, 10);
    expect(out.withinBudget).toBeUndefined();
  });

  it.each(["png", "webp", "avif"] as const)("accepts %s input", async (format) => {
    const input = await scene(160, 120, format);
    expect(await inspectImage(input)).toEqual({ format, width: 160, height: 120, bytes: input.length });
    const out = await compressImage(input);
    expect(out).toMatchObject({
      format: "jpeg",
      quality: DEFAULT_QUALITY,
      originalFormat: format,
      width: 160,
      height: 120,
    });
  });

  it("defaults to baseline libjpeg-turbo at quality 60, several times smaller than PNG for a natural-ish image", async () => {
    const input = await scene(640, 480, "png");
    const jpeg = await compressImage(input);
    const png = await compressImage(input, { format: "png" });
    expect(DEFAULT_JPEG_ENCODER).toBe("libjpeg-turbo");
    expect(jpeg).toMatchObject({ format: "jpeg", quality: 60 });
    expect(jpeg.compressedBytes * 3).toBeLessThan(png.compressedBytes);
    expect(jpeg.ratio).toBeCloseTo(jpeg.compressedBytes / input.length, 10);
    expect((await sharp(jpeg.data).metadata()).isProgressive).toBe(false);
    // mozjpeg on request: progressive scans, its own default quality.
    const moz = await compressImage(input, { jpegEncoder: "mozjpeg" });
    expect(moz).toMatchObject({ format: "jpeg", quality: JPEG_ENCODERS.mozjpeg.quality });
    expect((await sharp(moz.data).metadata()).isProgressive).toBe(true);
  });

  // The seed's bound on the camera fixtures: about −75% of the bytes of the cameras' q95 JPEGs (over the set, as a
  // fleet stores them: dim, noisy frames shrink more, detailed daylight ones less), at a luma SSIM within 0.01 of
  // mozjpeg's at its own −75% setting.
  it("takes the camera fixtures to about a quarter of their bytes, at mozjpeg's luma SSIM", async () => {
    let [inputBytes, outputBytes] = [0, 0];
    for (const fixture of CAMERA_FIXTURES) {
      const input = await cameraJpeg(fixture);
      const out = await compressImage(input);
      const moz = await compressImage(input, { jpegEncoder: "mozjpeg" });
      inputBytes += input.length;
      outputBytes += out.compressedBytes;
      const [ours, theirs] = await Promise.all([lumaSsim(input, out.data), lumaSsim(input, moz.data)]);
      expect(Math.abs(ours - theirs), fixture.name).toBeLessThanOrEqual(0.01);
    }
    expect(outputBytes / inputBytes).toBeGreaterThan(0.2);
    expect(outputBytes / inputBytes).toBeLessThanOrEqual(0.26);
  });

  it("lowers the quality to meet a byte budget, keeping the highest that fits", async () => {
    const input = await scene(640, 480);
    const full = await compressImage(input);
    const floor = await compressImage(input, { quality: 40 });
    const maxBytes = Math.round((full.compressedBytes + floor.compressedBytes) / 2);
    const out = await compressImage(input, { format: "auto", maxBytes });
    expect(out).toMatchObject({ format: "jpeg", withinBudget: true });
    expect(out.compressedBytes).toBeLessThanOrEqual(maxBytes);
    expect(out.quality).toBeGreaterThan(40);
    expect(out.quality).toBeLessThan(DEFAULT_QUALITY);
    // At most 2 quality points below the best: 3 points higher no longer fits.
    const higher = await compressImage(input, { quality: Math.min(DEFAULT_QUALITY, out.quality + 3) });
    expect(higher.compressedBytes).toBeGreaterThan(maxBytes);
  });

  it("switches to WebP or AVIF when JPEG at the minimum quality is still too big", async () => {
    const input = await scene(640, 480);
    const jpeg = await compressImage(input, { quality: 40 });
    const webp = await compressImage(input, { format: "webp", quality: 40 });
    expect(webp.compressedBytes).toBeLessThan(jpeg.compressedBytes);
    const maxBytes = Math.round((webp.compressedBytes + jpeg.compressedBytes) / 2);
    const out = await compressImage(input, { format: "auto", maxBytes });
    expect(out).toMatchObject({ format: "webp", quality: 40, withinBudget: true });
  });

  it("returns the smallest encoding, marked not within budget, when nothing fits", async () => {
    const input = await scene(320, 240);
    const out = await compressImage(input, { format: "auto", maxBytes: 100 });
    expect(out.withinBudget).toBe(false);
    expect(out.compressedBytes).toBeGreaterThan(100);
    expect(["jpeg", "webp", "avif"]).toContain(out.format);
    const jpeg40 = await compressImage(input, { quality: 40 });
    expect(out.compressedBytes).toBeLessThanOrEqual(jpeg40.compressedBytes);
    expect((await sharp(out.data).metadata()).width).toBe(320);
    // A budget in a fixed format only lowers that format's quality.
    const png = await compressImage(input, { format: "png", maxBytes: 100 });
    expect(png).toMatchObject({ format: "png", withinBudget: false });
  });

  it("applies the EXIF orientation and writes no metadata", async () => {
    const input = await sharp(scenePixels(200, 100), raw(200, 100))
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await inspectImage(input)).toMatchObject({ width: 100, height: 200 });
    const out = await compressImage(input);
    const metadata = await sharp(out.data).metadata();
    expect(metadata).toMatchObject({ width: 100, height: 200 });
    expect(metadata.orientation).toBeUndefined();
    expect(metadata.exif).toBeUndefined();
  });

  it("refuses bad options before decoding", async () => {
    const input = await scene(64, 48);
    for (const options of [
      { quality: 0 },
      { quality: 101 },
      { quality: 8.5 },
      { format: "gif" as never },
      { jpegEncoder: "libjpeg" as never },
    ]) {
      expect(await rejection(compressImage(input, options))).toMatchObject({ code: "frames.invalid_option" });
    }
    expect(await rejection(compressImage(input, { quality: 50, minQuality: 60 }))).toMatchObject({
      code: "frames.invalid_option",
    });
  });
});

describe("untrusted input", () => {
  const fast = async (input: Uint8Array, options?: Parameters<typeof compressImage>[1]) => {
    const started = performance.now();
    const error = await rejection(compressImage(input, options));
    expect(performance.now() - started).toBeLessThan(1000);
    return error;
  };

  it("rejects empty, garbage and truncated images as invalid", async () => {
    const jpeg = await scene(320, 240);
    const png = await scene(320, 240, "png");
    const cases = [
      Buffer.alloc(0),
      Buffer.from("definitely not an image"),
      Buffer.concat([jpeg.subarray(0, 3), Buffer.alloc(500, 7)]), // JPEG magic, garbage after
      png.subarray(0, Math.floor(png.length / 2)),
    ];
    for (const input of cases) {
      const error = await fast(input);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.code).toBe("frames.invalid_image");
    }
    // A JPEG cut inside its scan ends its data early: the decoder reports it corrupt (image-corrupt.test.ts).
    const cut = await fast(jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect(cut).toBeInstanceOf(InvalidInputError);
    expect(cut.code).toBe("frames.corrupt_image");
  });

  it("rejects GIF, BMP, TIFF, SVG and HEIC by name, before any decoder runs", async () => {
    const gif = await sharp(scenePixels(16, 16), raw(16, 16)).gif().toBuffer();
    const tiff = await sharp(scenePixels(16, 16), raw(16, 16)).tiff().toBuffer();
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>',
    );
    const bmp = Buffer.concat([Buffer.from("BM"), Buffer.alloc(60)]);
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic\0\0\0\0mif1heic")]);
    const cases = { gif, tiff, svg, bmp, heic };
    for (const [format, input] of Object.entries(cases)) {
      const error = await fast(input);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({ code: "frames.unsupported_image_format", details: { format } });
    }
  });

  it("rejects a few-KB PNG claiming 60000 × 60000 pixels from its header alone", async () => {
    const bomb = bombPng(60_000, 60_000);
    expect(bomb.length).toBeLessThan(10_000);
    for (const call of [compressImage, inspectImage, processImage, decodeLuma]) {
      const started = performance.now();
      const error = await rejection(call(bomb));
      expect(performance.now() - started).toBeLessThan(500);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({
        code: "frames.image_dimensions_too_large",
        details: { width: 60_000, height: 60_000, maxPixels: 25_000_000 },
      });
    }
  });

  it("applies maxPixels and maxInputBytes, and lets a 4K frame through by default", async () => {
    const input = await scene(640, 480);
    expect(await fast(input, { maxPixels: 640 * 480 - 1 })).toMatchObject({
      code: "frames.image_dimensions_too_large",
    });
    const tooBig = await fast(input, { maxInputBytes: input.length - 1 });
    expect(tooBig).toBeInstanceOf(TooLargeError);
    expect(tooBig).toMatchObject({ code: "frames.image_too_large", details: { bytes: input.length } });
    const fourK = await sharp({ create: { width: 3840, height: 2160, channels: 3, background: "#406080" } })
      .jpeg()
      .toBuffer();
    expect(await inspectImage(fourK)).toMatchObject({ format: "jpeg", width: 3840, height: 2160 });
  });
});

describe("cropRegions", () => {
  it("cuts and compresses each region, in order", async () => {
    // Left half red, right half blue.
    const px = Buffer.alloc(200 * 100 * 3);
    for (let i = 0; i < 200 * 100; i++) px.set(i % 200 < 100 ? [220, 20, 20] : [20, 20, 220], i * 3);
    const input = await sharp(px, raw(200, 100)).png().toBuffer();
    const regions = [
      { id: "left", x: 10, y: 10, width: 60, height: 40 },
      { id: "right", x: 120, y: 50, width: 80, height: 50 },
    ];
    const crops = await cropRegions(input, regions, { format: "png" });
    expect(crops.map(({ width, height, format }) => [width, height, format])).toEqual([
      [60, 40, "png"],
      [80, 50, "png"],
    ]);
    const [left, right] = await Promise.all(crops.map((crop) => sharp(crop.data).stats()));
    expect(left?.channels.map((c) => c.mean)).toEqual([220, 20, 20]);
    expect(right?.channels.map((c) => c.mean)).toEqual([20, 20, 220]);
    expect(crops[0]).toMatchObject({ originalBytes: input.length, originalFormat: "png" });
  });

  it("rejects a region not inside the image, naming it", async () => {
    const input = await scene(200, 100);
    for (const bad of [
      { id: "off-right", x: 150, y: 0, width: 51, height: 10 },
      { id: "off-bottom", x: 0, y: 95, width: 10, height: 6 },
      { id: "empty", x: 0, y: 0, width: 0, height: 10 },
      { id: "fractional", x: 0.5, y: 0, width: 10, height: 10 },
    ]) {
      const error = await rejection(
        cropRegions(input, [{ id: "fine", x: 0, y: 0, width: 200, height: 100 }, bad]),
      );
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.code).toBe("frames.invalid_region");
      expect(error.message).toContain(`"${bad.id}"`);
      expect(error.details).toMatchObject({ region: bad.id });
    }
  });
});

describe("processImage", () => {
  it("compresses, measures and crops from one decode", async () => {
    const input = await scene(1280, 720);
    const regions = [{ id: "lane-1", x: 640, y: 360, width: 320, height: 180 }];
    const { image, luma, quality, crops } = await processImage(input, { regions, crop: { quality: 60 } });
    expect(image).toMatchObject({
      format: "jpeg",
      width: 1280,
      height: 720,
      quality: DEFAULT_QUALITY,
      originalFormat: "jpeg",
    });
    expect(luma).toMatchObject({ width: 320, height: 180 });
    expect(luma.data.length).toBe(320 * 180);
    expect(quality.brightness).toBeGreaterThan(60);
    expect(quality.brightness).toBeLessThan(200);
    expect(quality.contrast).toBeGreaterThan(10);
    expect(quality.blurry).toBe(false);
    expect(crops).toHaveLength(1);
    expect(crops[0]).toMatchObject({ width: 320, height: 180, quality: 60, format: "jpeg" });
  });

  it("finds a Gaussian-blurred frame blurry at the default threshold, and the sharp one not", async () => {
    const sharpFrame = await scene(1280, 720, "jpeg", 2);
    // σ 5 px at 1280 is σ 1.25 at the analysis width (320).
    const blurredFrame = await sharp(sharpFrame).blur(5).jpeg({ quality: 95 }).toBuffer();
    const [crisp, blurred] = await Promise.all([processImage(sharpFrame), processImage(blurredFrame)]);
    expect(crisp.quality.blurry).toBe(false);
    expect(blurred.quality.blurry).toBe(true);
    expect(blurred.quality.sharpness).toBeLessThan(crisp.quality.sharpness / 4);
    // Brightness and contrast barely move with blur.
    expect(blurred.quality.brightness).toBeCloseTo(crisp.quality.brightness, 0);
  });

  it("decodeLuma gives the background model's 160-wide luma", async () => {
    const input = await scene(1280, 720);
    const luma = await decodeLuma(input);
    expect(luma).toMatchObject({ width: 160, height: 90 });
    const full = await processImage(input, { analysisWidth: 160 });
    expect(full.luma).toMatchObject({ width: 160, height: 90 });
    // libvips's shrink-on-load and the box filter agree to within a few levels on average.
    let diff = 0;
    for (let i = 0; i < luma.data.length; i++)
      diff += Math.abs((luma.data[i] ?? 0) - (full.luma.data[i] ?? 0));
    expect(diff / luma.data.length).toBeLessThan(6);
  });
});
