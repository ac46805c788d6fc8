// SSIM (Wang, Bovik, Sheikh and Simoncelli 2004) of two 8-bit grey images, as their reference code computes it: an
// 11 × 11 Gaussian window (σ 1.5), K1 0.01, K2 0.03, L 255, the mean of the SSIM map over the positions where the
// window fits whole. Used to hold encoders to equal quality (the JPEG bench and the compression defaults' test); a
// local 60 lines rather than a dependency: npm's SSIM packages take RGBA and downsample by default.
import sharp from "sharp";

const RADIUS = 5;
const SIGMA = 1.5;
const C1 = (0.01 * 255) ** 2;
const C2 = (0.03 * 255) ** 2;

const KERNEL = (() => {
  const weights = Array.from({ length: 2 * RADIUS + 1 }, (_, i) =>
    Math.exp(-((i - RADIUS) ** 2) / (2 * SIGMA ** 2)),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  return Float64Array.from(weights, (w) => w / sum);
})();

/** Mean SSIM of two grey images of the same size (each at least 11 × 11): 1 for identical images. */
export function ssim(a: Uint8Array, b: Uint8Array, width: number, height: number): number {
  if (
    a.length !== width * height ||
    b.length !== width * height ||
    width <= 2 * RADIUS ||
    height <= 2 * RADIUS
  ) {
    throw new Error(
      `ssim needs two ${width} × ${height} grey images of at least 11 × 11, got ${a.length} and ${b.length} bytes`,
    );
  }
  // Horizontal pass: the windowed means of x, y, x², y² and xy along each row, five planes in one loop.
  const outWidth = width - 2 * RADIUS;
  const [sx, sy, sxx, syy, sxy] = Array.from({ length: 5 }, () => new Float64Array(outWidth * height)) as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < outWidth; col++) {
      let mx = 0;
      let my = 0;
      let mxx = 0;
      let myy = 0;
      let mxy = 0;
      for (let k = 0, i = row * width + col; k <= 2 * RADIUS; k++, i++) {
        const w = KERNEL[k] as number;
        const x = a[i] as number;
        const y = b[i] as number;
        mx += w * x;
        my += w * y;
        mxx += w * x * x;
        myy += w * y * y;
        mxy += w * x * y;
      }
      const at = row * outWidth + col;
      sx[at] = mx;
      sy[at] = my;
      sxx[at] = mxx;
      syy[at] = myy;
      sxy[at] = mxy;
    }
  }
  // Vertical pass, and the SSIM of each window.
  const outHeight = height - 2 * RADIUS;
  let total = 0;
  for (let row = 0; row < outHeight; row++) {
    for (let col = 0; col < outWidth; col++) {
      let mx = 0;
      let my = 0;
      let mxx = 0;
      let myy = 0;
      let mxy = 0;
      for (let k = 0, i = row * outWidth + col; k <= 2 * RADIUS; k++, i += outWidth) {
        const w = KERNEL[k] as number;
        mx += w * (sx[i] as number);
        my += w * (sy[i] as number);
        mxx += w * (sxx[i] as number);
        myy += w * (syy[i] as number);
        mxy += w * (sxy[i] as number);
      }
      const cov = mxy - mx * my;
      total +=
        ((2 * mx * my + C1) * (2 * cov + C2)) /
        ((mx * mx + my * my + C1) * (mxx - mx * mx + myy - my * my + C2));
    }
  }
  return total / (outWidth * outHeight);
}

/** An encoded image's luma as libvips gives it (`greyscale()`, one byte per pixel). */
export async function greyPixels(
  image: Uint8Array,
): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** SSIM of two encoded images' luma (same size). */
export async function lumaSsim(reference: Uint8Array, candidate: Uint8Array): Promise<number> {
  const [a, b] = await Promise.all([greyPixels(reference), greyPixels(candidate)]);
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(
      `lumaSsim needs images of one size, got ${a.width} × ${a.height} and ${b.width} × ${b.height}`,
    );
  }
  return ssim(a.data, b.data, a.width, a.height);
}
