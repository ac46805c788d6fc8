import { InvalidInputError } from "@sluice/streams";
import type { sluice } from "../generated/frames.js";
import type { MessageFields } from "../message-fields.ts";

/** A rectangle of interest (a lane, a crossing) in pixels of the original image: frames.proto's Region. */
export type Region = MessageFields<sluice.frames.v1.Region>;

/** A Region as protobuf properties carry it: an absent field is its proto3 default ("" or 0). */
export type RegionInput = { [K in keyof Region]?: Region[K] | null };

/** At most this many regions per frame: each costs a crop encode, so the work per frame stays bounded. */
export const MAX_REGIONS = 64;

const invalidRegion = (message: string, details: Record<string, unknown>) =>
  new InvalidInputError("frames.invalid_region", message, { details });

/**
 * The regions with their defaults filled in; throws InvalidInputError (`frames.invalid_region`) naming the first
 * region that is malformed or not wholly inside an imageWidth × imageHeight image.
 */
export function validateRegions(
  regions: readonly RegionInput[],
  imageWidth: number,
  imageHeight: number,
): Region[] {
  if (regions.length > MAX_REGIONS) {
    throw invalidRegion(`At most ${MAX_REGIONS} regions per frame, got ${regions.length}`, {
      count: regions.length,
      max: MAX_REGIONS,
    });
  }
  return regions.map((input) => {
    const [id, x, y, width, height] = [
      input.id ?? "",
      input.x ?? 0,
      input.y ?? 0,
      input.width ?? 0,
      input.height ?? 0,
    ];
    const details = { region: id, x, y, width, height, imageWidth, imageHeight };
    const whole = [x, y, width, height].every(Number.isInteger);
    if (!whole || x < 0 || y < 0 || width < 1 || height < 1) {
      throw invalidRegion(`Region "${id}" must have whole x, y ≥ 0 and width, height ≥ 1`, details);
    }
    if (x + width > imageWidth || y + height > imageHeight) {
      throw invalidRegion(
        `Region "${id}" (${width} × ${height} at ${x},${y}) is not inside the ${imageWidth} × ${imageHeight} image`,
        details,
      );
    }
    return { id, x, y, width, height };
  });
}
