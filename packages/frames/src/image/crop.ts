import {
  type CompressedImage,
  type CompressOptions,
  type CompressSettings,
  compressRaw,
  resolveCompress,
} from "./compress.ts";
import { type DecodedImage, decodeChecked, type RawImage } from "./decode.ts";
import { type Region, type RegionInput, validateRegions } from "./regions.ts";

/** The pixels of `region` copied out of `raw` (rows are contiguous, so one copy per row). */
export function cropRaw(raw: RawImage, region: Region): RawImage {
  const { channels } = raw;
  const rowBytes = region.width * channels;
  const data = Buffer.allocUnsafe(rowBytes * region.height);
  for (let row = 0; row < region.height; row++) {
    const start = ((region.y + row) * raw.width + region.x) * channels;
    raw.data.copy(data, row * rowBytes, start, start + rowBytes);
  }
  return { data, width: region.width, height: region.height, channels };
}

/** Each region of decoded pixels compressed on its own, one after another, in region order. */
export async function compressCrops(
  decoded: DecodedImage,
  regions: readonly RegionInput[],
  settings: CompressSettings,
): Promise<CompressedImage[]> {
  const crops: CompressedImage[] = [];
  for (const region of validateRegions(regions, decoded.width, decoded.height)) {
    crops.push(await compressRaw(cropRaw(decoded, region), decoded, settings));
  }
  return crops;
}

/**
 * Cuts each region out of an untrusted image (decoded once, with decodeImage's checks) and compresses it on its
 * own; results are in region order, their originalBytes/originalFormat those of the whole image. A region not
 * wholly inside the image throws InvalidInputError `frames.invalid_region` naming it.
 */
export async function cropRegions(
  input: Uint8Array,
  regions: readonly RegionInput[],
  options?: CompressOptions,
): Promise<CompressedImage[]> {
  const settings = resolveCompress(options);
  const decoded = await decodeChecked(input, settings);
  return compressCrops(decoded, regions, settings);
}
