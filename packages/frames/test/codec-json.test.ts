import { InvalidInputError, type SluiceError } from "@sluice/streams";
import { describe, expect, it } from "vitest";
import { sluice } from "../src/generated/frames.js";
import {
  decodeFrame,
  encodeFrame,
  frameFromJson,
  frameToJson,
  ImageFormat,
  ProcessingStage,
  type ProcessingStatus,
} from "../src/index.ts";
import { FULL_FRAME_JSON, fullFrame, IMAGE_BYTES, minimalFrame } from "./codec-fixtures.ts";

const MINIMAL_JSON = { frameId: "f-1", cameraId: "cam-1", stage: "PROCESSING_STAGE_PROCESSED" };

function jsonError(value: unknown): SluiceError {
  try {
    frameFromJson(value);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as SluiceError;
  }
  throw new Error("expected frameFromJson to throw");
}

/** The full frame's JSON with one value replaced, at a path like "image.format" or "regions.1.width". */
function withValue(path: string, value: unknown): Record<string, unknown> {
  const json = structuredClone(FULL_FRAME_JSON) as Record<string, unknown>;
  const keys = path.split(".");
  const last = keys.pop() as string;
  let target = json;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  target[last] = value;
  return json;
}

describe("frameToJson", () => {
  it("prints every field of every message the proto3 JSON way", () => {
    expect(frameToJson(fullFrame())).toEqual(FULL_FRAME_JSON);
  });

  it("leaves out default values, and prints set messages even when empty", () => {
    const json = frameToJson({
      ...minimalFrame(),
      sequence: 0,
      processingMs: 0,
      error: "",
      regions: [],
      labels: {},
      image: { data: new Uint8Array(), format: ImageFormat.IMAGE_FORMAT_UNSPECIFIED, width: 0 },
      quality: { blurry: false },
    });
    expect(json).toEqual({ ...MINIMAL_JSON, image: {}, quality: {} });
  });

  it("prints uint64 as decimal strings, whether a number or a Long", () => {
    expect(frameToJson({ ...minimalFrame(), sequence: 2 ** 53 + 2 }).sequence).toBe("9007199254740994");
    expect(frameToJson(decodeFrame(encodeFrame(fullFrame()))).sequence).toBe("18446744073709551615");
  });

  it.each([
    [0, "2023-11-14T22:13:20Z"],
    [100_000_000, "2023-11-14T22:13:20.100Z"],
    [123_456_000, "2023-11-14T22:13:20.123456Z"],
    [1, "2023-11-14T22:13:20.000000001Z"],
    [999_999_999, "2023-11-14T22:13:20.999999999Z"],
  ])("prints a Timestamp with %i nanos with 0, 3, 6 or 9 fractional digits", (nanos, text) => {
    expect(frameToJson({ ...minimalFrame(), capturedAt: { seconds: 1_700_000_000, nanos } }).capturedAt).toBe(
      text,
    );
  });

  it("prints the first and last instants a Timestamp can hold", () => {
    const first = frameToJson({ ...minimalFrame(), capturedAt: { seconds: -62_135_596_800 } });
    const last = frameToJson({
      ...minimalFrame(),
      capturedAt: { seconds: 253_402_300_799, nanos: 999_999_999 },
    });
    expect([first.capturedAt, last.capturedAt]).toEqual([
      "0001-01-01T00:00:00Z",
      "9999-12-31T23:59:59.999999999Z",
    ]);
  });

  it("prints NaN and infinities as strings, and an enum number it has no name for as a number", () => {
    const json = frameToJson({
      ...minimalFrame(),
      processingMs: Number.NaN,
      quality: { sharpness: Number.POSITIVE_INFINITY, contrast: Number.NEGATIVE_INFINITY },
      status: 7 as ProcessingStatus,
    });
    expect(json).toMatchObject({
      processingMs: "NaN",
      quality: { sharpness: "Infinity", contrast: "-Infinity" },
    });
    expect(json.status).toBe(7);
  });

  it("checks types but not Sluice's rules, so an invalid frame can still be shown", () => {
    expect(frameToJson({ frameId: "" })).toEqual({});
    expect(() => frameToJson({ frameId: 1 } as never)).toThrow("frame_id: must be a string, got 1");
  });
});

describe("frameFromJson", () => {
  it("round-trips the full frame: JSON → frame → JSON, and → binary → frame → JSON", () => {
    const frame = frameFromJson(FULL_FRAME_JSON);
    expect(frame).toBeInstanceOf(sluice.frames.v1.ProcessedFrame);
    expect(frame.image).toBeInstanceOf(sluice.frames.v1.ImageData);
    expect(frame.roiAnalyses[0]?.region).toBeInstanceOf(sluice.frames.v1.Region);
    expect(frameToJson(frame)).toEqual(FULL_FRAME_JSON);
    expect(frameToJson(decodeFrame(encodeFrame(frame)))).toEqual(FULL_FRAME_JSON);
  });

  it("gives the same frame as binary decoding does, to the byte", () => {
    const bytes = encodeFrame(fullFrame());
    expect(Buffer.from(encodeFrame(frameFromJson(FULL_FRAME_JSON)))).toEqual(Buffer.from(bytes));
    expect(frameFromJson(FULL_FRAME_JSON)).toEqual(decodeFrame(bytes));
  });

  it("round-trips a minimal frame, and labels named like Object.prototype members", () => {
    expect(frameToJson(frameFromJson(MINIMAL_JSON))).toEqual(MINIMAL_JSON);
    const labels = JSON.parse('{"__proto__": "a", "constructor": "b"}');
    const frame = frameFromJson({ ...MINIMAL_JSON, labels });
    expect(Object.keys(frame.labels)).toEqual(["__proto__", "constructor"]);
    expect(frameToJson(decodeFrame(encodeFrame(frame))).labels).toEqual(labels);
  });

  it("accepts the proto field names as well as the JSON names", () => {
    const json = {
      frame_id: "f-1",
      camera_id: "cam-1",
      captured_at: "2023-11-14T22:13:20.123Z",
      stage: "PROCESSING_STAGE_ANALYZED",
      image: {
        data: "/9j/4Pvvvg==",
        width: 640,
        height: 480,
        original_bytes: 7,
        original_format: "IMAGE_FORMAT_PNG",
      },
      quality: { dark_fraction: 0.5, bright_fraction: 0.25 },
      traffic: { background_frames: 3 },
      regions: [{ id: "a", width: 1, height: 1 }],
      roi_analyses: [{ region: { id: "a", width: 1, height: 1 } }],
      processed_at: "2023-11-14T22:13:21Z",
      processing_ms: 1.5,
    };
    expect(frameToJson(frameFromJson(json))).toEqual({
      frameId: "f-1",
      cameraId: "cam-1",
      capturedAt: "2023-11-14T22:13:20.123Z",
      stage: "PROCESSING_STAGE_ANALYZED",
      image: {
        data: "/9j/4Pvvvg==",
        width: 640,
        height: 480,
        originalBytes: 7,
        originalFormat: "IMAGE_FORMAT_PNG",
      },
      quality: { darkFraction: 0.5, brightFraction: 0.25 },
      traffic: { backgroundFrames: 3 },
      regions: [{ id: "a", width: 1, height: 1 }],
      roiAnalyses: [{ region: { id: "a", width: 1, height: 1 } }],
      processedAt: "2023-11-14T22:13:21Z",
      processingMs: 1.5,
    });
  });

  it.each([
    ["an enum by number", "stage", 3, ProcessingStage.PROCESSING_STAGE_ANALYZED],
    ["an enum number the schema does not name", "status", 9, 9],
    ["uint64 as a number", "sequence", 42, "42"],
    ["uint64 as a string", "sequence", "18446744073709551615", "18446744073709551615"],
    ["uint64 as a bigint", "sequence", 2n ** 64n - 1n, "18446744073709551615"],
    ["uint32 as a string", "image.width", "640", 640],
    ["uint32 in exponent notation", "image.width", "6.4e2", 640],
    ["uint32 as 640.0", "image.width", 640.0, 640],
    ["a double as a string", "processingMs", "2.5", 2.5],
    ["a double as an exponent string", "processingMs", "25e-1", 2.5],
    ["NaN", "processingMs", "NaN", Number.NaN],
    ["-Infinity", "quality.contrast", "-Infinity", Number.NEGATIVE_INFINITY],
    ["a timestamp with a positive offset", "capturedAt", "2023-11-15T00:13:20.123+02:00", 1_700_000_000],
    ["a timestamp with a negative offset", "capturedAt", "2023-11-14T16:43:20.123-05:30", 1_700_000_000],
    ["a lowercase t and z", "capturedAt", "2023-11-14t22:13:20.123z", 1_700_000_000],
    ["null as the default", "error", null, ""],
    ["null for a message", "quality", null, null],
  ])("accepts %s", (_, path, value, expected) => {
    const frame = frameFromJson(withValue(path, value)) as unknown as Record<string, Record<string, unknown>>;
    const [first = "", second] = path.split(".");
    let actual: unknown = second === undefined ? frame[first] : frame[first]?.[second];
    if (path === "sequence") actual = String(actual);
    if (path === "capturedAt") {
      expect(frame.capturedAt?.nanos).toBe(123_000_000);
      actual = Number(frame.capturedAt?.seconds);
    }
    expect(actual).toEqual(expected);
  });

  it.each([
    ["standard, padded", "/9j/4Pvvvg=="],
    ["standard, unpadded", "/9j/4Pvvvg"],
    ["URL-safe, padded", "_9j_4Pvvvg=="],
    ["URL-safe, unpadded", "_9j_4Pvvvg"],
  ])("accepts bytes in base64, %s", (_, data) => {
    expect(frameFromJson(withValue("image.data", data)).image?.data).toEqual(Buffer.from(IMAGE_BYTES));
  });

  it.each([
    // unknown fields, at any depth
    [
      "an unknown field",
      withValue("colour", "red"),
      'colour: unknown field (sluice.frames.v1.ProcessedFrame has no field "colour")',
    ],
    ["an unknown nested field", withValue("image.colour", 1), "image.colour: unknown field"],
    ["an unknown field in a list", withValue("regions.1.depth", 1), "regions[1].depth: unknown field"],
    [
      "an unknown deeper field",
      withValue("roiAnalyses.0.region.z", 1),
      "roiAnalyses[0].region.z: unknown field",
    ],
    ["__proto__", JSON.parse('{"frameId": "f", "__proto__": {}}'), "__proto__: unknown field"],
    ["a removed field", withValue("timestamp", 1_700_000_000.5), "timestamp: unknown field"],
    ["one field under both names", withValue("frame_id", "f-2"), 'frame_id: the same field as "frameId"'],
    // enums
    [
      "an unknown enum name",
      withValue("image.format", "IMAGE_FORMAT_GIF"),
      'image.format: unknown enum value "IMAGE_FORMAT_GIF"',
    ],
    [
      "an enum name in lowercase",
      withValue("stage", "processing_stage_analyzed"),
      "stage: unknown enum value",
    ],
    ["an enum number as a string", withValue("stage", "3"), 'stage: unknown enum value "3"'],
    ["an enum number beyond int32", withValue("stage", 2 ** 31), "stage: 2147483648 is out of range"],
    ["an enum that is true", withValue("stage", true), "stage: expected a name or a number, got true"],
    // wrong JSON types
    ["a number for a string", withValue("frameId", 5), "frameId: expected a string, got 5"],
    [
      "a string for a bool",
      withValue("quality.blurry", "true"),
      'quality.blurry: expected true or false, got "true"',
    ],
    ["an object for a list", withValue("regions", {}), "regions: expected a JSON array, got an object"],
    ["a list for a map", withValue("labels", []), "labels: expected a JSON object (a map), got an array"],
    ["a number in a map", withValue("labels.site", 1), 'labels["site"]: expected a string, got 1'],
    [
      "a string for a message",
      withValue("image", "x"),
      'image: expected a JSON object (sluice.frames.v1.ImageData), got "x"',
    ],
    ["a list for a message", withValue("quality", []), "quality: expected a JSON object"],
    ["null in a list", withValue("regions", [null]), "regions[0]: null is not allowed in a list or a map"],
    ["null in a map", withValue("labels", { site: null }), 'labels["site"]: null is not allowed'],
    [
      "a bool for a number",
      withValue("image.width", true),
      "image.width: expected an integer (a JSON number or a decimal string), got true",
    ],
    [
      "an object for a double",
      withValue("processingMs", {}),
      "processingMs: expected a number, got an object",
    ],
    ["a word for a double", withValue("processingMs", "fast"), 'processingMs: expected a number, got "fast"'],
    ["a lone surrogate", withValue("error", "bad \ud800"), "error: not well-formed Unicode"],
    // integers
    [
      "a negative uint32",
      withValue("image.width", -1),
      "image.width: -1 is out of range for uint32 (0 to 4294967295)",
    ],
    [
      "uint32 beyond 2^32",
      withValue("image.width", 2 ** 32),
      "image.width: 4294967296 is out of range for uint32",
    ],
    ["a fractional uint32", withValue("image.width", 1.5), "image.width: 1.5 is not an integer"],
    ["a fractional uint32 string", withValue("image.width", "1.5"), 'image.width: "1.5" is not an integer'],
    [
      "an empty string for an integer",
      withValue("image.width", ""),
      'image.width: expected an integer (a JSON number or a decimal string), got ""',
    ],
    [
      "uint64 beyond 2^64",
      withValue("sequence", "18446744073709551616"),
      "sequence: 18446744073709551616 is out of range for uint64",
    ],
    ["a negative uint64", withValue("sequence", "-1"), "sequence: -1 is out of range for uint64"],
    ["a fractional uint64", withValue("sequence", 1.5), "sequence: 1.5 is not an integer"],
    ["an integer with a plus sign", withValue("sequence", "+1"), "sequence: expected an integer"],
    [
      "an infinite double",
      withValue("processingMs", Number.POSITIVE_INFINITY),
      "processingMs: Infinity is out of range for double",
    ],
    // timestamps
    [
      "a timestamp as a number",
      withValue("capturedAt", 1_700_000_000),
      "capturedAt: expected an RFC 3339 string, got 1700000000",
    ],
    [
      "a timestamp without offset",
      withValue("capturedAt", "2023-11-14T22:13:20"),
      "capturedAt: expected an RFC 3339 timestamp",
    ],
    [
      "a timestamp with a space",
      withValue("capturedAt", "2023-11-14 22:13:20Z"),
      "capturedAt: expected an RFC 3339",
    ],
    [
      "10 fractional digits",
      withValue("capturedAt", "2023-11-14T22:13:20.1234567890Z"),
      "capturedAt: expected an RFC 3339",
    ],
    [
      "February 30th",
      withValue("capturedAt", "2024-02-30T00:00:00Z"),
      'capturedAt: "2024-02-30T00:00:00Z" is not a valid date and time',
    ],
    [
      "hour 24",
      withValue("capturedAt", "2024-01-01T24:00:00Z"),
      'capturedAt: "2024-01-01T24:00:00Z" is not a valid',
    ],
    [
      "a leap second",
      withValue("capturedAt", "2016-12-31T23:59:60Z"),
      'capturedAt: "2016-12-31T23:59:60Z" is not a valid',
    ],
    [
      "an offset of 24 hours",
      withValue("capturedAt", "2024-01-01T00:00:00+24:00"),
      'capturedAt: "2024-01-01T00:00:00+24:00" is not',
    ],
    [
      "year 0",
      withValue("processedAt", "0000-12-31T23:59:59Z"),
      'processedAt: "0000-12-31T23:59:59Z" is outside the Timestamp range',
    ],
    [
      "before year 1 by its offset",
      withValue("capturedAt", "0001-01-01T00:00:00+01:00"),
      'capturedAt: "0001-01-01T00:00:00+01:00" is outside',
    ],
    // bytes
    ["a base64 string with a bad character", withValue("image.data", "ab$d"), "image.data: not valid base64"],
    ["base64 of impossible length", withValue("image.data", "abcde"), "image.data: not valid base64"],
    ["base64 mixing alphabets", withValue("image.data", "ab+_"), "image.data: not valid base64"],
    ["base64 with padding in the middle", withValue("image.data", "ab=c"), "image.data: not valid base64"],
    ["base64 with short padding", withValue("image.data", "abcdef="), "image.data: not valid base64"],
    [
      "bytes as a list of numbers",
      withValue("image.data", [1, 2]),
      "image.data: expected a base64 string, got an array",
    ],
    // the top level
    ["a list", [], "expected a JSON object (sluice.frames.v1.ProcessedFrame), got an array"],
    ["null", null, "expected a JSON object (sluice.frames.v1.ProcessedFrame), got null"],
    ["a string", "{}", 'expected a JSON object (sluice.frames.v1.ProcessedFrame), got "{}"'],
  ])("rejects %s with frames.invalid_json naming the field", (_, json, message) => {
    const error = jsonError(json);
    expect(error.code).toBe("frames.invalid_json");
    expect(error.message.startsWith(message)).toBe(true);
    const field =
      message.includes(": ") && !message.startsWith("expected")
        ? message.slice(0, message.indexOf(": "))
        : "";
    expect(error.details).toEqual({ field });
  });

  it("validates the frame it parsed", () => {
    const error = jsonError({ frameId: "f-1", cameraId: "cam-1" });
    expect(error.code).toBe("frames.invalid_frame");
    expect(error.message).toBe("stage: must be set (it is PROCESSING_STAGE_UNSPECIFIED)");
  });
});
