// The camera analytics family: the frame pipeline's finished frames (frames.output) as two tables, per frame and per
// region. Frame entries carry their compressed image (tens of KB), so its stream is read 500 entries at a time.
import { FRAME_STREAMS } from "@sluice/frames/streams";
import type { LakeFamily } from "../../lake-table.ts";
import { CAMERA_FRAMES, CAMERA_ROI } from "./tables.ts";

export const CAMERA_FAMILY: LakeFamily = {
  name: "camera",
  streams: [FRAME_STREAMS.output],
  tables: [CAMERA_FRAMES, CAMERA_ROI],
  chunkEntries: 500,
};
