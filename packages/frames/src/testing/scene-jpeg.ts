// @sluice/frames/testing: a synthetic camera view as a JPEG, for this package's pipeline tests and for the tests in
// test/ that send frames through the HTTP routes and npm start.
import sharp from "sharp";

export const SCENE = { width: 320, height: 240 };

/**
 * A synthetic camera view as a JPEG: a horizontal gradient with fixed pseudo-random noise (the same every call, like
 * a static scene), optionally with a white box over [x, x+60) × [y, y+60): a vehicle in the frame.
 */
export async function sceneJpeg(box?: { x: number; y: number }, size = SCENE): Promise<Buffer> {
  const { width, height } = size;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const inBox = box && x >= box.x && x < box.x + 60 && y >= box.y && y < box.y + 60;
      const value = inBox ? 250 : 60 + Math.round((x / width) * 100) + (seed % 24);
      pixels.fill(value, (y * width + x) * 3, (y * width + x) * 3 + 3);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
}
