// The frame codec: sluice.frames.v1.ProcessedFrame in binary protobuf (the generated code) and proto3 JSON, validated
// both ways, and the choice between them by Content-Type.
import { InvalidInputError, jsonTooDeepAt, MAX_JSON_DEPTH, SluiceError } from "@sluice/streams";
import $protobuf from "protobufjs/minimal.js";
import { frameFromJson } from "./frame-json.ts";
import { PROCESSED_FRAME } from "./frame-schema.ts";
import { type DecodeOptions, validateFrame } from "./frame-validation.ts";
import { writeMessage } from "./frame-writer.ts";
import { sluice } from "./generated/frames.js";

export { frameFromJson, frameToJson } from "./frame-json.ts";
export { updateFrame } from "./frame-update.ts";
export { type DecodeOptions, validateFrame } from "./frame-validation.ts";
export { msFromTimestamp, type TimestampProperties, timestampFromMs } from "./timestamp.ts";

export const FRAME_TYPE = "sluice.frames.v1.ProcessedFrame";
export const FRAME_CONTENT_TYPE = `application/x-protobuf; type=${FRAME_TYPE}`;

export const ProcessingStage = sluice.frames.v1.ProcessingStage;
export type ProcessingStage = sluice.frames.v1.ProcessingStage;
export const ProcessingStatus = sluice.frames.v1.ProcessingStatus;
export type ProcessingStatus = sluice.frames.v1.ProcessingStatus;
export const ImageFormat = sluice.frames.v1.ImageFormat;
export type ImageFormat = sluice.frames.v1.ImageFormat;

/** A decoded frame: an instance of the generated class, defaults on its prototype, int64s as Longs. */
export type ProcessedFrame = sluice.frames.v1.ProcessedFrame;
/** A frame to encode: any object with the fields (nested messages as plain objects too). */
export type FrameProperties = sluice.frames.v1.ProcessedFrame.$Properties;
export type ImageDataProperties = sluice.frames.v1.ImageData.$Properties;
export type RegionProperties = sluice.frames.v1.Region.$Properties;
export type QualityMetricsProperties = sluice.frames.v1.QualityMetrics.$Properties;
export type TrafficFeaturesProperties = sluice.frames.v1.TrafficFeatures.$Properties;
export type RoiAnalysisProperties = sluice.frames.v1.ROIAnalysis.$Properties;

const Frame = sluice.frames.v1.ProcessedFrame;

/**
 * Validates (validateFrame) and encodes, into one buffer of the exact size (frame-writer.ts). Unknown fields a
 * decoded frame kept are written back.
 */
export function encodeFrame(frame: FrameProperties): Uint8Array {
  validateFrame(frame);
  return writeMessage(frame, PROCESSED_FRAME);
}

/**
 * Decodes and validates. Malformed bytes are InvalidInputError `frames.invalid_protobuf`. Fields this schema does not
 * know (from a newer sender) are kept and re-encoded by encodeFrame, as proto3 requires; so is a known field sent with
 * another wire type, which protobuf treats as unknown. Bytes fields are views of `bytes`, not copies.
 */
export function decodeFrame(bytes: Uint8Array, options: DecodeOptions = {}): ProcessedFrame {
  let frame: ProcessedFrame;
  try {
    const reader = $protobuf.Reader.create(bytes);
    reader.discardUnknown = false;
    frame = Frame.decode(reader);
  } catch (error) {
    throw new InvalidInputError(
      "frames.invalid_protobuf",
      `not a valid ${FRAME_TYPE}: ${decodeProblem(error)}`,
      {
        cause: error,
      },
    );
  }
  if (options.validate !== false) validateFrame(frame);
  return frame;
}

function decodeProblem(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if ((error as { code?: unknown }).code === "ERR_ENCODING_INVALID_ENCODED_DATA") {
    return "a string is not valid UTF-8"; // TextDecoder's, in protobuf.js's strict string reading
  }
  if (error instanceof RangeError && error.message.startsWith("index out of range")) {
    return `truncated: a field runs past the end of the data (${error.message})`;
  }
  return error.message; // invalid wire type, illegal tag, invalid varint, unmatched end group, ...
}

const BINARY_TYPES = new Set(["application/x-protobuf", "application/protobuf", "application/octet-stream"]);
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes a request body by its Content-Type: `application/json` (UTF-8) is proto3 JSON (frameFromJson);
 * `application/x-protobuf`, `application/protobuf` and `application/octet-stream` are binary (decodeFrame), and
 * may name the message with `type=sluice.frames.v1.ProcessedFrame`. Any other type, charset or message is a
 * SluiceError of kind `unsupported` (code `frames.unsupported_content_type`).
 */
export function parseFrame(
  body: Uint8Array,
  contentType: string | undefined,
  options: DecodeOptions = {},
): ProcessedFrame {
  if (contentType === FRAME_CONTENT_TYPE) return decodeFrame(body, options); // the pipeline's, exactly
  const { essence, parameters } = parseMediaType(contentType ?? "");
  if (essence === "application/json") {
    const charset = parameters.get("charset")?.toLowerCase();
    if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
      throw unsupported(`charset ${charset} is not supported: send UTF-8 JSON`);
    }
    return frameFromJson(parseJson(body), options);
  }
  if (BINARY_TYPES.has(essence)) {
    const type = parameters.get("type");
    if (type !== undefined && type !== FRAME_TYPE) {
      throw unsupported(`Content-Type names message type ${type}; this takes ${FRAME_TYPE}`);
    }
    return decodeFrame(body, options);
  }
  const given = contentType === undefined ? "no Content-Type" : `Content-Type ${JSON.stringify(contentType)}`;
  throw unsupported(`${given}: send application/json or ${FRAME_CONTENT_TYPE}`);
}

function unsupported(message: string): SluiceError {
  return new SluiceError("unsupported", "frames.unsupported_content_type", message);
}

/** `type/subtype; name=value; name="quoted value"`, with type, subtype and names lowercased. */
function parseMediaType(text: string): { essence: string; parameters: Map<string, string> } {
  const [essence = "", ...rest] = text.split(";");
  const parameters = new Map<string, string>();
  for (const parameter of rest) {
    const equals = parameter.indexOf("=");
    if (equals < 0) continue;
    const value = parameter.slice(equals + 1).trim();
    const unquoted = /^".*"$/.test(value) ? value.slice(1, -1).replace(/\\(.)/g, "$1") : value;
    parameters.set(parameter.slice(0, equals).trim().toLowerCase(), unquoted);
  }
  return { essence: essence.trim().toLowerCase(), parameters };
}

function parseJson(body: Uint8Array): unknown {
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch (error) {
    throw new InvalidInputError("frames.invalid_json", "body is not valid UTF-8", { cause: error });
  }
  const tooDeep = jsonTooDeepAt(body);
  if (tooDeep !== undefined) {
    throw new InvalidInputError(
      "frames.json_too_deep",
      `body nests deeper than the limit of ${MAX_JSON_DEPTH} levels of arrays and objects (at byte ${tooDeep})`,
      { details: { limit: MAX_JSON_DEPTH, position: tooDeep } },
    );
  }
  try {
    return JSON.parse(text, exactIntegers);
  } catch (error) {
    throw new InvalidInputError(
      "frames.invalid_json",
      `body is not valid JSON: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}

/** JSON.parse reviver: an integer literal beyond 2^53 becomes a bigint, so a uint64 such as a sequence stays exact. */
function exactIntegers(_key: string, value: unknown, context?: { source?: string }): unknown {
  if (typeof value !== "number" || Number.isSafeInteger(value) || context?.source === undefined) return value;
  return /^-?\d+$/.test(context.source) ? BigInt(context.source) : value;
}
