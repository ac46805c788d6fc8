// Binary interop with the reference implementation: frames Sluice encodes read back with protoc (C++ protobuf) as
// the expected values, and frames protoc encodes from text format decode in Sluice to the same. Needs `protoc` and the
// well-known types' .proto files (@sluice/testing/protoc): without them it skips, with a line saying what to install,
// and under CI=true it fails (@sluice/testing/required-tool).
import {
  decodeFrame,
  encodeFrame,
  FRAME_TYPE,
  frameToJson,
  ImageFormat,
  msFromTimestamp,
  ProcessingStage,
  updateFrame,
} from "@sluice/frames";
import { PROTOC, protoc as runProtoc } from "@sluice/testing/protoc";
import { describeWithTool } from "@sluice/testing/required-tool";
import { expect, it } from "vitest";
import { fullFrame, IMAGE_BYTES } from "./codec-fixtures.ts";

const PROTO = "proto/sluice/frames/v1/frames.proto";

const protoc = (mode: "decode" | "encode", input: Uint8Array | string) =>
  runProtoc(mode, PROTO, FRAME_TYPE, input);

/** The codec tests' full frame, with an error message that is not ASCII, so that protoc escapes it. */
const frame = () => ({ ...fullFrame(), error: "caméra floue" });

// protoc's text format: fields in number order, default values absent, bytes and non-ASCII escaped in octal, map
// entries sorted by key.
const FRAME_TEXT = `frame_id: "01HZX3J8K2M4N6P8Q0R2S4T6V8"
camera_id: "site-7/cam:north_1.a"
captured_at {
  seconds: 1700000000
  nanos: 123000000
}
sequence: 18446744073709551615
stage: PROCESSING_STAGE_ANALYZED
status: PROCESSING_STATUS_DEGRADED
image {
  data: "\\377\\330\\377\\340\\373\\357\\276"
  format: IMAGE_FORMAT_JPEG
  width: 640
  height: 480
  quality: 75
  original_bytes: 123456
  original_format: IMAGE_FORMAT_PNG
}
regions {
  id: "lane-1"
  x: 5
  y: 10
  width: 315
  height: 200
}
regions {
  id: "lane-2"
  x: 320
  y: 10
  width: 320
  height: 470
}
quality {
  sharpness: 812.25
  brightness: 97.5
  contrast: 41.125
  dark_fraction: 0.03125
  bright_fraction: 0.5
  blurry: true
}
traffic {
  motion: 0.25
  occupancy: 0.75
  background_frames: 900
  method: "background-difference/v1"
}
roi_analyses {
  region {
    id: "lane-1"
    x: 5
    y: 10
    width: 315
    height: 200
  }
  motion: 0.5
  occupancy: 0.875
  occupied: true
  brightness: 120
  crop {
    data: "RIFF"
    format: IMAGE_FORMAT_WEBP
    width: 315
    height: 200
    quality: 60
  }
}
roi_analyses {
  region {
    id: "lane-2"
    x: 320
    y: 10
    width: 320
    height: 470
  }
  motion: 0.125
  occupancy: 0.0625
  brightness: 88.5
}
processed_at {
  seconds: 1700000001
  nanos: 456789000
}
processing_ms: 12.5
error: "cam\\303\\251ra floue"
labels {
  key: "direction"
  value: "north"
}
labels {
  key: "site"
  value: "a1"
}
`;

describeWithTool(PROTOC, "frames: interop with protoc", () => {
  it("protoc decodes a frame Sluice encodes to the expected values", () => {
    expect(protoc("decode", encodeFrame(frame())).toString()).toBe(FRAME_TEXT);
  });

  it("Sluice decodes a frame protoc encodes from text format to the same values", () => {
    const decoded = decodeFrame(protoc("encode", FRAME_TEXT));
    expect(decoded.sequence.toString()).toBe("18446744073709551615");
    expect(msFromTimestamp(decoded.capturedAt ?? {})).toBe(1_700_000_000_123);
    expect(decoded.processedAt?.nanos).toBe(456_789_000);
    expect(decoded.stage).toBe(ProcessingStage.PROCESSING_STAGE_ANALYZED);
    expect(decoded.image?.data).toEqual(Buffer.from(IMAGE_BYTES));
    expect(decoded.roiAnalyses[0]?.crop?.format).toBe(ImageFormat.IMAGE_FORMAT_WEBP);
    expect(decoded.error).toBe("caméra floue");
    expect(decoded.labels).toEqual({ direction: "north", site: "a1" });
    expect(frameToJson(decoded)).toEqual(frameToJson(frame()));
  });

  it("writes only the fields that are set: default values are absent on the wire", () => {
    const minimal = {
      frameId: "f-1",
      cameraId: "cam-1",
      stage: 2,
      status: 0,
      sequence: 0,
      processingMs: 0,
      error: "",
    };
    expect(protoc("decode", encodeFrame(minimal)).toString()).toBe(
      'frame_id: "f-1"\ncamera_id: "cam-1"\nstage: PROCESSING_STAGE_PROCESSED\n',
    );
  });

  it("keeps fields from a newer schema when Sluice decodes and re-encodes a frame", () => {
    const newer = Buffer.concat([
      protoc("encode", 'frame_id: "f-1"\ncamera_id: "cam-1"\nstage: 1\nimage { data: "x" }'),
      Buffer.from([0x98, 0x06, 0x05]),
    ]);
    const reencoded = encodeFrame(decodeFrame(newer));
    expect(protoc("decode", reencoded).toString()).toBe(
      'frame_id: "f-1"\ncamera_id: "cam-1"\nstage: PROCESSING_STAGE_INGESTED\nimage {\n  data: "x"\n}\n99: 5\n',
    );
  });

  it("reads a frame a stage appended fields to as the frame encoded whole", () => {
    // What ml_inference passes on: a PROCESSED frame with its analysis and new stage appended to its bytes.
    const { traffic, roiAnalyses, ...processed } = frame();
    const bytes = encodeFrame({ ...processed, stage: ProcessingStage.PROCESSING_STAGE_PROCESSED });
    const appended = updateFrame(bytes, decodeFrame(bytes), {
      traffic,
      roiAnalyses,
      stage: ProcessingStage.PROCESSING_STAGE_ANALYZED,
    });
    expect(Buffer.from(appended).subarray(0, bytes.length)).toEqual(Buffer.from(bytes));
    expect(protoc("decode", appended).toString()).toBe(FRAME_TEXT);
  });
});
