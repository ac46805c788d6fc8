// updateFrame: a stage's changes appended to the frame's bytes where protobuf allows it, re-encoded where not.
import { InvalidInputError } from "@sluice/streams";
import { describe, expect, it } from "vitest";
import {
  decodeFrame,
  encodeFrame,
  type FrameProperties,
  frameToJson,
  ProcessingStage,
  ProcessingStatus,
  updateFrame,
} from "../src/index.ts";
import { fullFrame, minimalFrame } from "./codec-fixtures.ts";

/** A frame at stage PROCESSED with no analysis yet: what ml_inference receives. */
function processedFrame(): FrameProperties {
  const { traffic: _traffic, roiAnalyses: _analyses, ...rest } = fullFrame();
  return { ...rest, stage: ProcessingStage.PROCESSING_STAGE_PROCESSED };
}

/** What the update must decode to: the frame with the changes, encoded whole. */
function expected(frame: FrameProperties, changes: FrameProperties) {
  return frameToJson(decodeFrame(encodeFrame({ ...frame, ...changes })));
}

function update(frame: FrameProperties, changes: FrameProperties) {
  const bytes = encodeFrame(frame);
  const decoded = decodeFrame(bytes);
  const updated = Buffer.from(updateFrame(bytes, decoded, changes));
  return { bytes: Buffer.from(bytes), decoded, updated };
}

const analysis: FrameProperties = {
  traffic: { motion: 0.5, occupancy: 0.25, backgroundFrames: 3, method: "background-difference/v1" },
  roiAnalyses: [{ region: { id: "lane-1", x: 1, y: 2, width: 3, height: 4 }, motion: 0.5, occupied: true }],
  stage: ProcessingStage.PROCESSING_STAGE_ANALYZED,
};

describe("updateFrame", () => {
  it("appends a changed scalar to the bytes, and the appended value is the one decoded", () => {
    const { bytes, updated } = update(processedFrame(), { stage: ProcessingStage.PROCESSING_STAGE_ANALYZED });
    expect(updated.subarray(0, bytes.length)).toEqual(bytes);
    expect(updated.length).toBe(bytes.length + 2); // tag 6, value 3
    expect(decodeFrame(updated).stage).toBe(ProcessingStage.PROCESSING_STAGE_ANALYZED);
    expect(frameToJson(decodeFrame(updated))).toEqual(
      expected(processedFrame(), { stage: ProcessingStage.PROCESSING_STAGE_ANALYZED }),
    );
  });

  it("lets the next stage append again to a frame that already has an appended field: the last one wins", () => {
    const first = update(minimalFrame(), { stage: ProcessingStage.PROCESSING_STAGE_PROCESSED });
    const decoded = decodeFrame(first.updated);
    const second = Buffer.from(
      updateFrame(first.updated, decoded, {
        stage: ProcessingStage.PROCESSING_STAGE_ANALYZED,
        status: ProcessingStatus.PROCESSING_STATUS_DEGRADED,
      }),
    );
    expect(second.subarray(0, first.updated.length)).toEqual(first.updated);
    expect(frameToJson(decodeFrame(second))).toEqual(
      expected(minimalFrame(), {
        stage: ProcessingStage.PROCESSING_STAGE_ANALYZED,
        status: ProcessingStatus.PROCESSING_STATUS_DEGRADED,
      }),
    );
  });

  it("appends message and repeated fields the frame does not have yet (the inference stage's analysis)", () => {
    const { bytes, updated } = update(processedFrame(), analysis);
    expect(updated.subarray(0, bytes.length)).toEqual(bytes);
    expect(frameToJson(decodeFrame(updated))).toEqual(expected(processedFrame(), analysis));
  });

  it("re-encodes the frame when a message or repeated field it already has changes", () => {
    // Appended, a second roi_analyses list would add to the first, and a second traffic would merge into the first
    // in protoc's parsers.
    const { bytes, updated } = update(fullFrame(), analysis);
    expect(updated.subarray(0, bytes.length).equals(bytes)).toBe(false);
    expect(frameToJson(decodeFrame(updated))).toEqual(expected(fullFrame(), analysis));
    expect(decodeFrame(updated).roiAnalyses).toHaveLength(1);
  });

  it("re-encodes the frame when a scalar is set back to its default, which appending cannot express", () => {
    const { updated } = update(fullFrame(), { error: "", processingMs: 0 });
    const decoded = decodeFrame(updated);
    expect(decoded.error).toBe("");
    expect(decoded.processingMs).toBe(0);
    expect(frameToJson(decoded)).toEqual(expected(fullFrame(), { error: "", processingMs: 0 }));
  });

  it("re-encodes the frame when a message field is cleared", () => {
    const { updated } = update(fullFrame(), { image: null, roiAnalyses: [] });
    expect(decodeFrame(updated).image).toBeNull();
    expect(decodeFrame(updated).roiAnalyses).toEqual([]);
  });

  it("keeps the unknown fields of the frame it updates, appending or re-encoding", () => {
    const unknown = Buffer.of((99 << 3) | 0, 5);
    const bytes = Buffer.concat([encodeFrame(processedFrame()), unknown]);
    const appended = Buffer.from(updateFrame(bytes, decodeFrame(bytes), { stage: 3 }));
    const reencoded = Buffer.from(updateFrame(bytes, decodeFrame(bytes), { image: null }));
    for (const result of [appended, reencoded]) expect(result.includes(unknown)).toBe(true);
  });

  it("returns the bytes themselves when nothing changes", () => {
    const { bytes, updated } = update(fullFrame(), {});
    expect(updated).toEqual(bytes);
  });

  it("updates the decoded frame too", () => {
    const { decoded } = update(processedFrame(), analysis);
    expect(decoded.stage).toBe(ProcessingStage.PROCESSING_STAGE_ANALYZED);
    expect(decoded.traffic?.motion).toBe(0.5);
  });

  it("validates the changes, alone and against the frame, before writing anything", () => {
    const bytes = encodeFrame(processedFrame());
    const frame = decodeFrame(bytes);
    expect(() => updateFrame(bytes, frame, { stage: "analyzed" as unknown as number })).toThrow(
      InvalidInputError,
    );
    // More analyses than the frame has regions breaks a rule of the whole frame.
    const tooMany = Array.from({ length: frame.regions.length + 1 }, () => ({ motion: 1 }));
    expect(() => updateFrame(bytes, frame, { roiAnalyses: tooMany })).toThrow(/roi_analyses/);
    expect(() => updateFrame(bytes, frame, { stage: 0 })).toThrow(/stage/);
    expect(frame.stage).toBe(ProcessingStage.PROCESSING_STAGE_PROCESSED);
  });

  it("refuses a change that names no field", () => {
    const bytes = encodeFrame(minimalFrame());
    expect(() => updateFrame(bytes, decodeFrame(bytes), { stag: 3 } as FrameProperties)).toThrow(TypeError);
  });
});
