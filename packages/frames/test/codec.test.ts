import { InvalidInputError, SluiceError } from "@sluice/streams";
import $protobuf from "protobufjs/minimal.js";
import { describe, expect, it } from "vitest";
import { google, sluice } from "../src/generated/frames.js";
import {
  decodeFrame,
  encodeFrame,
  FRAME_CONTENT_TYPE,
  FRAME_TYPE,
  type FrameProperties,
  frameToJson,
  ImageFormat,
  msFromTimestamp,
  ProcessingStage,
  ProcessingStatus,
  parseFrame,
  timestampFromMs,
  validateFrame,
} from "../src/index.ts";
import { longFromBigInt } from "../src/int64.ts";
import { CROP_BYTES, FULL_FRAME_JSON, fullFrame, IMAGE_BYTES, minimalFrame } from "./codec-fixtures.ts";

const { Writer } = $protobuf;
const LEN = 2;
const VARINT = 0;

/** Field 99 (varint 5) and field 100 (bytes "hi"): numbers frames.proto does not use. */
const UNKNOWN_FIELDS = Writer.create()
  .uint32((99 << 3) | VARINT)
  .uint32(5)
  .uint32((100 << 3) | LEN)
  .string("hi")
  .finish();

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

function thrown(action: () => unknown): SluiceError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(SluiceError);
    return error as SluiceError;
  }
  throw new Error("expected an error");
}

function frameWith(changes: Partial<FrameProperties>): FrameProperties {
  return { ...fullFrame(), ...changes };
}

describe("constants and enums", () => {
  it("names the message type and its content type", () => {
    expect(FRAME_TYPE).toBe("sluice.frames.v1.ProcessedFrame");
    expect(FRAME_CONTENT_TYPE).toBe("application/x-protobuf; type=sluice.frames.v1.ProcessedFrame");
  });

  it("re-exports the generated enums as values", () => {
    expect(ProcessingStage.PROCESSING_STAGE_UNSPECIFIED).toBe(0);
    expect(ProcessingStage.PROCESSING_STAGE_ANALYZED).toBe(3);
    expect(ProcessingStatus.PROCESSING_STATUS_FAILED).toBe(3);
    expect(ImageFormat.IMAGE_FORMAT_AVIF).toBe(4);
  });
});

describe("binary encoding", () => {
  it("round-trips a frame with every field of every message set", () => {
    const frame = decodeFrame(encodeFrame(fullFrame()));
    expect(frame).toBeInstanceOf(sluice.frames.v1.ProcessedFrame);
    expect(frame.sequence.toString()).toBe("18446744073709551615");
    expect(msFromTimestamp(frame.capturedAt ?? {})).toBe(1_700_000_000_123);
    expect(frame.capturedAt?.nanos).toBe(123_000_000);
    expect(frame.image?.data).toEqual(Buffer.from(IMAGE_BYTES));
    expect(frame.image?.originalFormat).toBe(ImageFormat.IMAGE_FORMAT_PNG);
    expect(frame.regions.map((region) => region.id)).toEqual(["lane-1", "lane-2"]);
    expect(frame.roiAnalyses[0]?.crop?.data).toEqual(Buffer.from(CROP_BYTES));
    expect(frame.roiAnalyses[1]?.region?.width).toBe(320);
    expect(frame.quality?.blurry).toBe(true);
    expect(frame.traffic?.backgroundFrames).toBe(900);
    expect(frame.labels).toEqual({ direction: "north", site: "a1" });
    expect(frameToJson(frame)).toEqual(FULL_FRAME_JSON);
  });

  it("re-encodes a decoded frame to the same bytes", () => {
    const bytes = encodeFrame(fullFrame());
    expect(Buffer.from(encodeFrame(decodeFrame(bytes)))).toEqual(Buffer.from(bytes));
  });

  it("leaves default values out, and decodes absent fields as their defaults", () => {
    const explicitDefaults = {
      ...minimalFrame(),
      sequence: 0,
      status: ProcessingStatus.PROCESSING_STATUS_UNSPECIFIED,
      processingMs: 0,
      error: "",
      regions: [],
      labels: {},
    };
    const bytes = encodeFrame(explicitDefaults);
    expect(Buffer.from(bytes)).toEqual(Buffer.from(encodeFrame(minimalFrame())));
    const frame = decodeFrame(bytes);
    expect(frame.status).toBe(0);
    expect(frame.sequence.toString()).toBe("0");
    expect(frame.error).toBe("");
    expect(frame.regions).toEqual([]);
    expect(frame.labels).toEqual({});
    expect(frame.image).toBeNull();
    expect(frameToJson(frame)).toEqual({
      frameId: "f-1",
      cameraId: "cam-1",
      stage: "PROCESSING_STAGE_PROCESSED",
    });
  });

  it("keeps a set message whose fields are all defaults", () => {
    const frame = decodeFrame(encodeFrame({ ...minimalFrame(), quality: {} }));
    expect(frame.quality).toBeInstanceOf(sluice.frames.v1.QualityMetrics);
    expect(frameToJson(frame).quality).toEqual({});
  });

  it("round-trips uint64 values around 2^53 exactly", () => {
    for (const text of ["9007199254740991", "9007199254740993", "12345678901234567890"]) {
      const frame = decodeFrame(
        encodeFrame({ ...minimalFrame(), sequence: longFromBigInt(BigInt(text), true) }),
      );
      expect(frame.sequence.toString()).toBe(text);
      expect(frameToJson(frame).sequence).toBe(text);
    }
    expect(decodeFrame(encodeFrame({ ...minimalFrame(), sequence: 7 })).sequence.toString()).toBe("7");
  });

  it("decodes from a Buffer, and from a view into a larger buffer", () => {
    const bytes = encodeFrame(fullFrame());
    const larger = new Uint8Array(bytes.length + 20);
    larger.set(bytes, 10);
    for (const input of [
      Buffer.from(bytes),
      Uint8Array.from(bytes),
      larger.subarray(10, 10 + bytes.length),
    ]) {
      expect(frameToJson(decodeFrame(input))).toEqual(FULL_FRAME_JSON);
    }
  });
});

describe("unknown fields in binary", () => {
  it("decodes a frame with fields it does not know, and writes them back when re-encoding", () => {
    const bytes = concat(encodeFrame(fullFrame()), UNKNOWN_FIELDS);
    const frame = decodeFrame(bytes);
    expect(frameToJson(frame)).toEqual(FULL_FRAME_JSON); // JSON has no form for unknown fields
    expect(Buffer.from(encodeFrame(frame))).toEqual(Buffer.from(bytes));
  });

  it("keeps unknown fields inside nested messages", () => {
    const image = concat(sluice.frames.v1.ImageData.encode({ data: IMAGE_BYTES }).finish(), UNKNOWN_FIELDS);
    const bytes = concat(
      encodeFrame(minimalFrame()),
      Writer.create()
        .uint32((8 << 3) | LEN)
        .bytes(image)
        .finish(),
    );
    const frame = decodeFrame(bytes);
    expect(frame.image?.data).toEqual(IMAGE_BYTES);
    expect(Buffer.from(encodeFrame(frame)).includes(Buffer.from(UNKNOWN_FIELDS))).toBe(true);
  });

  it("skips the reserved numbers of removed fields (a JSON-era `timestamp` double in field 3)", () => {
    const legacy = Writer.create()
      .uint32((3 << 3) | 1)
      .double(1_700_000_000.5)
      .finish();
    const frame = decodeFrame(concat(encodeFrame(minimalFrame()), legacy));
    expect(frameToJson(frame)).toEqual(frameToJson(decodeFrame(encodeFrame(minimalFrame()))));
  });

  it("treats a known field sent with another wire type as unknown, as protobuf does", () => {
    const statusAsBytes = Writer.create()
      .uint32((7 << 3) | LEN)
      .string("x")
      .finish();
    const frame = decodeFrame(concat(encodeFrame(minimalFrame()), statusAsBytes));
    expect(frame.status).toBe(ProcessingStatus.PROCESSING_STATUS_UNSPECIFIED);
  });
});

describe("malformed binary", () => {
  const bytes = encodeFrame(fullFrame());

  it("relies on protobuf.js throwing on a truncated buffer", () => {
    expect(() => sluice.frames.v1.ProcessedFrame.decode(bytes.subarray(0, bytes.length - 3))).toThrow(
      RangeError,
    );
  });

  it("reports a truncated frame as frames.invalid_protobuf", () => {
    const error = thrown(() => decodeFrame(bytes.subarray(0, bytes.length - 3)));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.code).toBe("frames.invalid_protobuf");
    expect(error.message).toMatch(
      /^not a valid sluice\.frames\.v1\.ProcessedFrame: truncated: .*index out of range/,
    );
    expect(error.cause).toBeInstanceOf(RangeError);
  });

  it("never throws anything but an InvalidInputError, wherever the bytes are cut", () => {
    const codes = new Set<string>();
    for (let end = 0; end < bytes.length; end++) {
      try {
        decodeFrame(bytes.subarray(0, end));
        codes.add("decoded");
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        codes.add((error as InvalidInputError).code);
      }
    }
    // Cut between fields, the rest is a shorter valid message (protobuf cannot tell): it may fail validation or not.
    expect([...codes].sort()).toEqual(["decoded", "frames.invalid_frame", "frames.invalid_protobuf"]);
  });

  it("never throws anything but an InvalidInputError for corrupted bytes", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 500; round++) {
      const corrupt = Uint8Array.from(bytes);
      for (let flips = 0; flips < 3; flips++) corrupt[Math.floor(random() * corrupt.length)] = random() * 256;
      try {
        decodeFrame(corrupt);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
      }
    }
  });

  it.each([
    ["an invalid wire type", [0x0f], /invalid wire type 7/],
    ["field number 0", [0x02, 0x00], /illegal tag: field number 0/],
    ["a varint longer than 10 bytes", [0x28, ...Array(10).fill(0xff), 0x01], /invalid varint encoding/],
    ["an end-group tag with no group", [0x0c], /invalid wire type 4/],
    ["a group that does not end", [0xfb, 0x06, 0x08], /index out of range/],
    ["a length beyond the end", [0x0a, 0x10, 0x61], /truncated/],
    ["invalid UTF-8 in a string", [0x0a, 0x02, 0xc3, 0x28], /a string is not valid UTF-8/],
    [
      "invalid UTF-8 in a long string",
      [0x0a, 0x40, ...Array(63).fill(0x61), 0xff],
      /a string is not valid UTF-8/,
    ],
    ["invalid UTF-8 in a map key", [0x8a, 0x01, 0x04, 0x0a, 0x02, 0xed, 0xa0], /a string is not valid UTF-8/],
  ])("reports %s as frames.invalid_protobuf", (_, input, message) => {
    const error = thrown(() => decodeFrame(Uint8Array.from(input as number[])));
    expect(error.code).toBe("frames.invalid_protobuf");
    expect(error.message).toMatch(message);
  });

  it("reports something that is not bytes as frames.invalid_protobuf", () => {
    expect(thrown(() => decodeFrame("frame" as never)).code).toBe("frames.invalid_protobuf");
  });

  it("validates what it decodes: an empty message is no frame", () => {
    const error = thrown(() => decodeFrame(new Uint8Array()));
    expect(error.code).toBe("frames.invalid_frame");
    expect(error.message).toMatch(/^frame_id: /);
  });
});

describe("validation", () => {
  const ingested = { ...minimalFrame(), stage: ProcessingStage.PROCESSING_STAGE_INGESTED };
  const regions = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `r${i}`, x: i, y: 0, width: 1, height: 1 }));
  const labels = (count: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, "v"]));

  it.each([
    ["an empty frame_id", { frameId: "" }, "frame_id", /must be 1-128 printable ASCII/],
    ["a frame_id of 129 characters", { frameId: "f".repeat(129) }, "frame_id", /printable ASCII/],
    ["a frame_id with a space", { frameId: "f 1" }, "frame_id", /without spaces, got "f 1"/],
    ["a frame_id with non-ASCII", { frameId: "fé" }, "frame_id", /printable ASCII/],
    ["a camera_id with @", { cameraId: "cam@1" }, "camera_id", /a-z A-Z 0-9 \. _ - : \//],
    ["a camera_id of 129 characters", { cameraId: "c".repeat(129) }, "camera_id", /1-128/],
    ["no stage", { stage: 0 }, "stage", /must be set/],
    ["an ingested frame without image", { ...ingested, image: null }, "image", /required at stage/],
    ["an ingested frame with no data", { ...ingested, image: { width: 2 } }, "image.data", /required/],
    [
      "65 regions",
      { image: null, regions: regions(65), roiAnalyses: [] },
      "regions",
      /at most 64 allowed, got 65/,
    ],
    [
      "a region without id",
      { regions: [{ width: 1, height: 1 }], roiAnalyses: [] },
      "regions[0].id",
      /empty/,
    ],
    [
      "two regions with one id",
      { regions: [...regions(2), { id: "r0", width: 1, height: 1 }] },
      "regions[2].id",
      /duplicate region id "r0" \(also regions\[0\]\)/,
    ],
    [
      "a region 0 wide",
      { regions: [{ id: "a", width: 0, height: 1 }], roiAnalyses: [] },
      "regions[0].width",
      /1/,
    ],
    [
      "a region 0 high",
      { regions: [{ id: "a", width: 1 }], roiAnalyses: [] },
      "regions[0].height",
      /at least 1/,
    ],
    [
      "a region beyond the image's width",
      { regions: [{ id: "a", x: 600, width: 41, height: 1 }], roiAnalyses: [] },
      "regions[0]",
      /x \+ width = 641 is beyond the image's width 640/,
    ],
    [
      "a region beyond the image's height",
      { regions: [{ id: "a", y: 400, width: 1, height: 81 }], roiAnalyses: [] },
      "regions[0]",
      /y \+ height = 481 is beyond the image's height 480/,
    ],
    [
      "more analyses than regions",
      { regions: regions(1) },
      "roi_analyses",
      /2 entries, more than the 1 regions/,
    ],
    ["33 labels", { labels: labels(33) }, "labels", /at most 32 allowed, got 33/],
    ["an empty label key", { labels: { "": "v" } }, 'labels[""]', /key must be 1-64 characters/],
    ["a label key of 65 characters", { labels: { ["k".repeat(65)]: "v" } }, /^labels\["k{40}…"\]$/, /key/],
    ["a label value of 257 characters", { labels: { k: "v".repeat(257) } }, 'labels["k"]', /at most 256/],
    // types and ranges
    ["a frame_id that is a number", { frameId: 7 }, "frame_id", /must be a string, got 7/],
    ["a negative width", { image: { width: -1 } }, "image.width", /integer 0-4294967295, got -1/],
    ["a fractional width", { image: { width: 1.5 } }, "image.width", /got 1.5/],
    ["a width of 2^32", { image: { width: 2 ** 32 } }, "image.width", /0-4294967295/],
    ["a negative sequence", { sequence: -1 }, "sequence", /non-negative integer or a Long/],
    ["bytes as an array", { image: { data: [1, 2] } }, "image.data", /must be a Uint8Array, got an array/],
    [
      "an enum that is not a number",
      { stage: "PROCESSING_STAGE_INGESTED" },
      "stage",
      /ProcessingStage number/,
    ],
    ["a label that is not a string", { labels: { k: 1 } }, 'labels["k"]', /must be a string/],
    ["regions that are not an array", { regions: {} }, "regions", /must be an array/],
    [
      "a null region",
      { regions: [null] },
      "regions[0]",
      /must be a sluice.frames.v1.Region object, got null/,
    ],
    [
      "a bad nested region",
      { roiAnalyses: [{}, { region: { x: "1" } }] },
      "roi_analyses[1].region.x",
      /integer/,
    ],
    [
      "nanos of 10^9",
      { capturedAt: { seconds: 1, nanos: 1e9 } },
      "captured_at",
      /nanos must be .* 0-999999999/,
    ],
    [
      "a time after 9999",
      { processedAt: { seconds: 253_402_300_800 } },
      "processed_at",
      /outside the Timestamp/,
    ],
    ["a lone surrogate", { error: "bad \ud800" }, "error", /well-formed Unicode/],
  ])("rejects %s", (_, changes, field, message) => {
    const error = thrown(() => validateFrame(frameWith(changes as Partial<FrameProperties>)));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.code).toBe("frames.invalid_frame");
    expect(error.message).toMatch(message);
    if (typeof field === "string") {
      expect(error.message.startsWith(`${field}: `)).toBe(true);
      expect(error.details).toEqual({ field });
    } else {
      expect(error.details?.field).toMatch(field);
    }
  });

  it.each([
    ["the full frame", {}],
    [
      "regions anywhere when the image size is unknown",
      { image: null, regions: [{ id: "a", x: 5000, width: 9, height: 9 }], roiAnalyses: [] },
    ],
    [
      "a region reaching the image's edges",
      { regions: [{ id: "a", x: 0, y: 0, width: 640, height: 480 }], roiAnalyses: [] },
    ],
    ["128-character ids", { frameId: "~".repeat(128), cameraId: "a".repeat(128) }],
    ["labels at their limits", { labels: { ...labels(31), ["k".repeat(64)]: "🚗".repeat(256) } }],
    ["an ingested frame with data", { ...ingested, image: { data: IMAGE_BYTES } }],
    ["a stage this schema does not name (proto3 enums are open)", { stage: 9 }],
    ["a Long-valued timestamp", { capturedAt: { seconds: longFromBigInt(-62_135_596_800n, false) } }],
  ])("accepts %s", (_, changes) => {
    expect(() => validateFrame(frameWith(changes as Partial<FrameProperties>))).not.toThrow();
  });

  it("runs on encoding, before anything is written", () => {
    expect(thrown(() => encodeFrame(frameWith({ frameId: "" }))).code).toBe("frames.invalid_frame");
  });

  it("runs on decoding", () => {
    const bytes = sluice.frames.v1.ProcessedFrame.encode(frameWith({ cameraId: "a b" })).finish();
    const error = thrown(() => decodeFrame(bytes));
    expect(error.code).toBe("frames.invalid_frame");
    expect(error.message).toMatch(/^camera_id: /);
  });
});

describe("parseFrame", () => {
  const binary = encodeFrame(fullFrame());
  const json = Buffer.from(JSON.stringify(FULL_FRAME_JSON));

  it.each([
    "application/x-protobuf",
    "application/protobuf",
    "application/octet-stream",
    FRAME_CONTENT_TYPE,
    "Application/X-Protobuf;Type=sluice.frames.v1.ProcessedFrame",
    'application/protobuf; type="sluice.frames.v1.ProcessedFrame"; proto=ignored',
  ])("decodes binary sent as %s", (contentType) => {
    expect(frameToJson(parseFrame(binary, contentType))).toEqual(FULL_FRAME_JSON);
  });

  it.each(["application/json", "application/json; charset=utf-8", "APPLICATION/JSON;Charset=UTF-8"])(
    "parses JSON sent as %s",
    (contentType) => {
      expect(frameToJson(parseFrame(json, contentType))).toEqual(FULL_FRAME_JSON);
    },
  );

  it.each([
    [undefined, /no Content-Type/],
    ["", /Content-Type ""/],
    ["text/plain", /Content-Type "text\/plain": send application\/json or application\/x-protobuf/],
    ["application/grpc", /application\/grpc/],
    ["application/json; charset=latin1", /charset latin1 is not supported/],
    [
      "application/x-protobuf; type=sluice.streaming.v1.Event",
      /names message type sluice\.streaming\.v1\.Event/,
    ],
  ])("refuses Content-Type %s as unsupported", (contentType, message) => {
    const error = thrown(() => parseFrame(binary, contentType));
    expect(error.kind).toBe("unsupported");
    expect(error.code).toBe("frames.unsupported_content_type");
    expect(error.message).toMatch(message);
  });

  it("reports binary garbage as frames.invalid_protobuf", () => {
    expect(thrown(() => parseFrame(Uint8Array.of(0x0a, 0x09, 0x01), "application/x-protobuf")).code).toBe(
      "frames.invalid_protobuf",
    );
  });

  it("reports a body that is not UTF-8 or not JSON as frames.invalid_json", () => {
    const notUtf8 = thrown(() => parseFrame(Uint8Array.of(0x7b, 0xff, 0x7d), "application/json"));
    expect([notUtf8.code, notUtf8.message]).toEqual(["frames.invalid_json", "body is not valid UTF-8"]);
    const notJson = thrown(() => parseFrame(Buffer.from('{"frameId": '), "application/json"));
    expect(notJson.code).toBe("frames.invalid_json");
    expect(notJson.message).toMatch(/^body is not valid JSON: /);
  });

  it("keeps integer literals beyond 2^53 exact", () => {
    const body = Buffer.from(
      JSON.stringify(FULL_FRAME_JSON).replace('"18446744073709551615"', "18446744073709551615"),
    );
    expect(body.includes(Buffer.from('"sequence":18446744073709551615'))).toBe(true);
    expect(parseFrame(body, "application/json").sequence.toString()).toBe("18446744073709551615");
    const over = Buffer.from(body.toString().replace("18446744073709551615", "18446744073709551616"));
    expect(thrown(() => parseFrame(over, "application/json")).message).toMatch(
      /^sequence: .* out of range for uint64/,
    );
  });

  it("rejects a JSON number too large for a double", () => {
    const body = Buffer.from(
      JSON.stringify({ ...FULL_FRAME_JSON, processingMs: 0 }).replace(
        '"processingMs":0',
        '"processingMs":1e999',
      ),
    );
    expect(thrown(() => parseFrame(body, "application/json")).message).toBe(
      "processingMs: Infinity is out of range for double",
    );
  });
});

describe("timestamps", () => {
  it("converts milliseconds to a Timestamp and back", () => {
    const timestamp = timestampFromMs(1_700_000_000_123);
    expect(timestamp).toBeInstanceOf(google.protobuf.Timestamp);
    expect([timestamp.seconds, timestamp.nanos]).toEqual([1_700_000_000, 123_000_000]);
    expect(msFromTimestamp(timestamp)).toBe(1_700_000_000_123);
  });

  it("keeps nanos non-negative before 1970", () => {
    const timestamp = timestampFromMs(-1);
    expect([timestamp.seconds, timestamp.nanos]).toEqual([-1, 999_000_000]);
    expect(msFromTimestamp(timestamp)).toBe(-1);
  });

  it("keeps fractional milliseconds to the microsecond", () => {
    expect(timestampFromMs(1_700_000_000_123.456).nanos).toBe(123_456_000);
    expect(timestampFromMs(999.9999)).toMatchObject({ seconds: 1, nanos: 0 });
    expect(msFromTimestamp({ seconds: 1, nanos: 500 })).toBe(1000.0005);
  });

  it("reads Long seconds (what decoding produces) and missing fields", () => {
    const decoded = decodeFrame(
      encodeFrame({ ...minimalFrame(), capturedAt: timestampFromMs(-86_400_000_000) }),
    );
    expect(typeof decoded.capturedAt?.seconds).toBe("object");
    expect(msFromTimestamp(decoded.capturedAt ?? {})).toBe(-86_400_000_000);
    expect(msFromTimestamp({})).toBe(0);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 253_402_300_800_000, -62_135_596_800_001])(
    "refuses %s ms",
    (ms) => {
      const error = thrown(() => timestampFromMs(ms));
      expect(error.code).toBe("frames.invalid_timestamp");
    },
  );
});
