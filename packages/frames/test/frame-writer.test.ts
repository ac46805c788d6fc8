// The pre-sized writer (frame-writer.ts) must write exactly what protobuf.js's generated encode writes.
import $protobuf from "protobufjs/minimal.js";
import { describe, expect, it } from "vitest";
import { sluice } from "../src/generated/frames.js";
import { decodeFrame, encodeFrame, type FrameProperties } from "../src/index.ts";
import { longFromBigInt } from "../src/int64.ts";
import { fullFrame, IMAGE_BYTES, minimalFrame, UINT64_MAX } from "./codec-fixtures.ts";

const Frame = sluice.frames.v1.ProcessedFrame;
const protobufJs = (frame: FrameProperties) => Buffer.from(Frame.encode(frame).finish());
const ours = (frame: FrameProperties) => Buffer.from(encodeFrame(frame));

describe("the frame writer", () => {
  it.each([
    ["a frame with every field of every message set", fullFrame()],
    ["a minimal frame", minimalFrame()],
    ["uint64 beyond 2^53 as a Long", { ...fullFrame(), sequence: longFromBigInt(UINT64_MAX, true) }],
    ["uint64 beyond 2^32 as a number", { ...fullFrame(), sequence: 2 ** 40 + 3 }],
    ["a Timestamp before 1970 (negative seconds)", { ...fullFrame(), capturedAt: { seconds: -5, nanos: 7 } }],
    ["negative zero, which is not the default", { ...fullFrame(), processingMs: -0 }],
    ["multi-byte UTF-8", { ...fullFrame(), error: "ü → 日本 🚗", labels: { clé: "välue", e: "" } }],
    ["an enum value this schema does not name", { ...minimalFrame(), status: 77 }],
    ["a negative enum value (ten-byte varint)", { ...minimalFrame(), status: -2 }],
    ["a set message whose fields are all defaults", { ...minimalFrame(), quality: {}, traffic: {} }],
    [
      "an image past 2 MB (a four-byte length)",
      { ...minimalFrame(), image: { data: new Uint8Array(2_100_000) } },
    ],
  ] as [string, FrameProperties][])("writes %s as protobuf.js does", (_, frame) => {
    // equals, not toEqual: a diff of megabytes takes seconds.
    expect(ours(frame).equals(protobufJs(frame))).toBe(true);
    expect(ours(decodeFrame(ours(frame), { validate: false })).equals(protobufJs(frame))).toBe(true);
  });

  it("writes back the unknown fields of a decoded frame and of its nested messages, as protobuf.js does", () => {
    const unknown = $protobuf.Writer.create()
      .uint32((99 << 3) | 2)
      .string("later")
      .finish();
    const image = Buffer.concat([sluice.frames.v1.ImageData.encode({ data: IMAGE_BYTES }).finish(), unknown]);
    const nested = $protobuf.Writer.create()
      .uint32((8 << 3) | 2)
      .bytes(image)
      .finish();
    const bytes = Buffer.concat([encodeFrame(minimalFrame()), nested, unknown]);
    const reader = $protobuf.Reader.create(bytes);
    reader.discardUnknown = false;
    const frame = Frame.decode(reader);
    expect(ours(frame)).toEqual(protobufJs(frame));
    expect(ours(frame).includes(Buffer.from(unknown))).toBe(true);
  });

  it("allocates an image-sized frame once, at its exact size", () => {
    // Frames under 4 KB come from Node's shared Buffer pool instead.
    const bytes = encodeFrame({ ...fullFrame(), image: { data: new Uint8Array(100_000) } });
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.length);
  });
});
