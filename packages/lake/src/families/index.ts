// Every table family the lake writes. Adding one is its folder under families/ and a line here (docs/lake.md, "Adding
// a table family"): the lake writer then drains its streams and routes its event types to its tables.
import type { LakeFamily } from "../lake-table.ts";
import { BSKY_FAMILY } from "./bsky/index.ts";
import { CAMERA_FAMILY } from "./camera/index.ts";

export const LAKE_FAMILIES: readonly LakeFamily[] = [BSKY_FAMILY, CAMERA_FAMILY];
