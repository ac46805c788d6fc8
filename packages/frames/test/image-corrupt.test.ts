import { compressImage, decodeImage } from "@sluice/frames";
import { SCENE, sceneJpeg } from "@sluice/frames/testing";
import { InvalidInputError, type SluiceError } from "@sluice/streams";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import {
  corruptScanData,
  corruptWholeFile,
  paddedHeader,
  truncated,
  withoutEoi,
  zeroPadded,
} from "./jpeg-fixtures.ts";

let clean: Buffer;
let pixels: Buffer;
beforeAll(async () => {
  clean = await sceneJpeg({ x: 40, y: 40 });
  pixels = (await decodeImage(clean)).data;
});

const rejection = (input: Uint8Array) =>
  decodeImage(input).then(
    () => expect.fail("decoded"),
    (error: SluiceError) => error,
  );

/** What libvips says of the fixture when it fails on any warning (the fixture really has the defect). */
const strictMessage = (input: Buffer) =>
  sharp(input, { failOn: "warning" })
    .raw()
    .toBuffer()
    .then(
      () => "",
      (error: Error) => error.message,
    );

describe("decoding a camera JPEG whose data is corrupt", () => {
  it("refuses scan data with every 97th byte randomised as corrupt, naming the decoder's reason", async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const corrupt = corruptScanData(clean, seed);
      // The old setting (failOn "error") decodes it: to noise, which came out of the pipeline as OK.
      await expect(sharp(corrupt, { failOn: "error" }).raw().toBuffer()).resolves.toHaveLength(pixels.length);
      const error = await rejection(corrupt);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.code).toBe("frames.corrupt_image");
      expect(error.message).toMatch(/^The image data is corrupt: .*Corrupt JPEG data/);
      expect(error.details?.reason).toMatch(/Corrupt JPEG data/);
    }
  });

  it("refuses a JPEG cut inside its scan as corrupt, and one whose header is damaged as invalid", async () => {
    for (const fraction of [0.3, 0.6, 0.95]) {
      expect((await rejection(truncated(clean, fraction))).code).toBe("frames.corrupt_image");
    }
    const error = await rejection(corruptWholeFile(clean, 1));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.code).toBe("frames.invalid_image");
  });
});

describe("decoding a camera JPEG with the benign warnings of real cameras", () => {
  const benign = {
    "padding between header segments": { edit: paddedHeader, warning: /extraneous bytes before marker/ },
    "no end-of-image marker": { edit: withoutEoi, warning: /premature end of JPEG/i },
    "both at once": { edit: (jpeg: Buffer) => withoutEoi(paddedHeader(jpeg)), warning: /extraneous bytes/ },
  };

  for (const [name, { edit, warning }] of Object.entries(benign)) {
    it(`decodes one with ${name} to the clean image's pixels`, async () => {
      const input = edit(clean);
      expect(await strictMessage(input)).toMatch(warning);
      const decoded = await decodeImage(input);
      expect(decoded).toMatchObject({ width: SCENE.width, height: SCENE.height, format: "jpeg" });
      expect(decoded.data.equals(pixels)).toBe(true);
    });
  }

  it("decodes one padded with zeros after its end, without a warning, as before", async () => {
    expect(await strictMessage(zeroPadded(clean))).toBe("");
    expect((await decodeImage(zeroPadded(clean))).data.equals(pixels)).toBe(true);
  });
});

// compressImage's JPEG path without a budget encodes straight from the input in one libvips pipeline: the same
// verdicts as decoding, and the same output as encoding the decoded pixels.
describe("compressing a camera JPEG in one pipeline", () => {
  it("refuses corrupt and cut data as corrupt, and passes the benign warnings", async () => {
    for (const input of [corruptScanData(clean, 1), truncated(clean, 0.6)]) {
      const error = await compressImage(input).then(
        () => expect.fail("compressed"),
        (e: SluiceError) => e,
      );
      expect(error.code).toBe("frames.corrupt_image");
    }
    const expected = await compressImage(clean, { format: "auto", maxBytes: 2 ** 30 }); // through the decoded pixels
    for (const input of [paddedHeader(clean), withoutEoi(clean), zeroPadded(clean)]) {
      const out = await compressImage(input);
      expect(out).toMatchObject({
        width: SCENE.width,
        height: SCENE.height,
        format: "jpeg",
        originalBytes: input.length,
      });
      expect(out.data.equals(expected.data)).toBe(true);
    }
  });
});
