// What makes a ProcessedFrame valid: every field of the right type and range (the shape), then Sluice's rules.
import { InvalidInputError } from "@sluice/streams";
import { type MessageType, PROCESSED_FRAME, PROCESSING_STAGE, type ValueType } from "./frame-schema.ts";
import type { sluice } from "./generated/frames.js";
import { isLongLike } from "./int64.ts";
import { timestampProblem } from "./timestamp.ts";

type FrameProperties = sluice.frames.v1.ProcessedFrame.$Properties;

const MAX_REGIONS = 64;
const MAX_LABELS = 32;
const MAX_LABEL_KEY_LENGTH = 64;
const MAX_LABEL_VALUE_LENGTH = 256;

const FRAME_ID = /^[\x21-\x7e]{1,128}$/; // printable ASCII, no spaces
const CAMERA_ID = /^[A-Za-z0-9._:/-]{1,128}$/;
const INGESTED = PROCESSING_STAGE.numbers.get("PROCESSING_STAGE_INGESTED");

/**
 * Throws InvalidInputError `frames.invalid_frame`, naming the field by its .proto path (`regions[2].width`), unless
 * `frame` is well-typed (strings, integers in range, Uint8Array bytes, valid Timestamps) and follows the rules:
 * frame_id 1-128 printable ASCII characters without spaces; camera_id 1-128 of `a-z A-Z 0-9 . _ - : /`; a stage;
 * an image with data at INGESTED; at most 64 regions with unique non-empty ids, at least 1×1 pixels and inside the
 * image when its size is known; at most as many roi_analyses as regions; at most 32 labels, keys 1-64 characters,
 * values up to 256.
 */
export function validateFrame(frame: FrameProperties): void {
  checkFrameShape(frame);
  checkFrameRules(frame);
}

/** The type-and-range half of validateFrame: what encoding and JSON printing need to produce correct output. */
export function checkFrameShape(frame: unknown): void {
  const found = messageProblem(frame, PROCESSED_FRAME);
  if (found !== undefined) throw invalid(found.path, found.problem);
}

function invalid(field: string, problem: string): InvalidInputError {
  return new InvalidInputError(
    "frames.invalid_frame",
    field === "" ? `frame ${problem}` : `${field}: ${problem}`,
    {
      details: { field },
    },
  );
}

/** The rules half of validateFrame, for a frame whose shape is known to be right. */
export function checkFrameRules(frame: FrameProperties): void {
  const frameId = frame.frameId ?? "";
  if (!FRAME_ID.test(frameId)) {
    throw invalid(
      "frame_id",
      `must be 1-128 printable ASCII characters without spaces, got ${show(frameId)}`,
    );
  }
  const cameraId = frame.cameraId ?? "";
  if (!CAMERA_ID.test(cameraId)) {
    throw invalid("camera_id", `must be 1-128 characters of a-z A-Z 0-9 . _ - : /, got ${show(cameraId)}`);
  }
  if (!frame.stage) throw invalid("stage", "must be set (it is PROCESSING_STAGE_UNSPECIFIED)");
  const image = frame.image;
  if (frame.stage === INGESTED && !image?.data?.length) {
    throw invalid(image ? "image.data" : "image", "is required at stage PROCESSING_STAGE_INGESTED");
  }

  const regions = frame.regions ?? [];
  if (regions.length > MAX_REGIONS) {
    throw invalid("regions", `at most ${MAX_REGIONS} allowed, got ${regions.length}`);
  }
  const imageWidth = image?.width ?? 0;
  const imageHeight = image?.height ?? 0;
  const ids = new Map<string, number>();
  for (const [index, region] of regions.entries()) {
    const at = `regions[${index}]`;
    const id = region.id ?? "";
    const [x, y, width, height] = [region.x ?? 0, region.y ?? 0, region.width ?? 0, region.height ?? 0];
    if (!id) throw invalid(`${at}.id`, "must not be empty");
    const first = ids.get(id);
    if (first !== undefined) {
      throw invalid(`${at}.id`, `duplicate region id ${show(id)} (also regions[${first}])`);
    }
    ids.set(id, index);
    if (width < 1) throw invalid(`${at}.width`, "must be at least 1");
    if (height < 1) throw invalid(`${at}.height`, "must be at least 1");
    if (imageWidth > 0 && x + width > imageWidth) {
      throw invalid(at, `x + width = ${x + width} is beyond the image's width ${imageWidth}`);
    }
    if (imageHeight > 0 && y + height > imageHeight) {
      throw invalid(at, `y + height = ${y + height} is beyond the image's height ${imageHeight}`);
    }
  }
  const analyses = frame.roiAnalyses?.length ?? 0;
  if (analyses > regions.length) {
    throw invalid("roi_analyses", `${analyses} entries, more than the ${regions.length} regions`);
  }

  const labels = Object.keys(frame.labels ?? {});
  if (labels.length > MAX_LABELS) {
    throw invalid("labels", `at most ${MAX_LABELS} allowed, got ${labels.length}`);
  }
  for (const key of labels) {
    if (key === "" || longerThan(key, MAX_LABEL_KEY_LENGTH)) {
      throw invalid(`labels[${show(key)}]`, `key must be 1-${MAX_LABEL_KEY_LENGTH} characters`);
    }
    if (longerThan(frame.labels?.[key] ?? "", MAX_LABEL_VALUE_LENGTH)) {
      throw invalid(`labels[${show(key)}]`, `value must be at most ${MAX_LABEL_VALUE_LENGTH} characters`);
    }
  }
}

/** Counts characters (code points), not UTF-16 units. */
function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let count = 0;
  for (const _ of text) if (++count > max) return true;
  return false;
}

function show(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

// The shape walk returns where and what the first problem is, building the path only then (no allocation when valid).
interface Problem {
  path: string;
  problem: string;
}

function messageProblem(value: unknown, type: MessageType): Problem | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { path: "", problem: `must be a ${type.name} object, got ${describe(value)}` };
  }
  for (const field of type.fields) {
    const fieldValue = (value as Record<string, unknown>)[field.jsonName];
    if (fieldValue == null) continue;
    let found: Problem | undefined;
    if (field.label === "singular") {
      found = valueProblem(fieldValue, field.type);
    } else if (field.label === "repeated") {
      if (!Array.isArray(fieldValue)) return { path: field.protoName, problem: "must be an array" };
      for (let index = 0; index < fieldValue.length && found === undefined; index++) {
        found = within(`[${index}]`, valueProblem(fieldValue[index], field.type));
      }
    } else {
      if (typeof fieldValue !== "object" || Array.isArray(fieldValue)) {
        return { path: field.protoName, problem: "must be an object of entries" };
      }
      for (const key of Object.keys(fieldValue)) {
        const entry = key.isWellFormed()
          ? valueProblem((fieldValue as Record<string, unknown>)[key], field.type)
          : { path: "", problem: "key is not well-formed Unicode (it has a lone surrogate)" };
        found = within(`[${JSON.stringify(key)}]`, entry);
        if (found !== undefined) break;
      }
    }
    if (found !== undefined) return within(field.protoName, found);
  }
  return undefined;
}

function within(segment: string, found: Problem | undefined): Problem | undefined {
  if (found === undefined) return undefined;
  const path =
    found.path === "" || found.path.startsWith("[") ? segment + found.path : `${segment}.${found.path}`;
  return { path, problem: found.problem };
}

function valueProblem(value: unknown, type: ValueType): Problem | undefined {
  if (typeof type !== "string" && type.kind === "message") return messageProblem(value, type);
  const problem = scalarProblem(value, type);
  return problem === undefined ? undefined : { path: "", problem };
}

function scalarProblem(value: unknown, type: Exclude<ValueType, MessageType>): string | undefined {
  switch (type) {
    case "string":
      if (typeof value !== "string") return `must be a string, got ${describe(value)}`;
      return value.isWellFormed() ? undefined : "must be well-formed Unicode (it has a lone surrogate)";
    case "bytes":
      return value instanceof Uint8Array ? undefined : `must be a Uint8Array, got ${describe(value)}`;
    case "bool":
      return typeof value === "boolean" ? undefined : `must be a boolean, got ${describe(value)}`;
    case "double":
      return typeof value === "number" ? undefined : `must be a number, got ${describe(value)}`;
    case "uint32":
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0xffff_ffff
        ? undefined
        : `must be an integer 0-4294967295, got ${describe(value)}`;
    case "uint64":
      return (Number.isInteger(value) && (value as number) >= 0 && (value as number) < 2 ** 64) ||
        isLongLike(value)
        ? undefined
        : `must be a non-negative integer or a Long, got ${describe(value)}`;
  }
  if (type.kind === "timestamp") return timestampProblem(value);
  return Number.isInteger(value) && (value as number) >= -(2 ** 31) && (value as number) < 2 ** 31
    ? undefined
    : `must be a ${type.name} number, got ${describe(value)}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return show(value);
  if (typeof value === "object") return value.constructor?.name ?? "an object";
  return typeof value === "number" || typeof value === "boolean" ? String(value) : `a ${typeof value}`;
}

export interface DecodeOptions {
  /**
   * Validate the decoded frame (default true). False only for a frame completed before it is validated, such as one
   * being ingested, whose stage the ingress sets; malformed data is an error either way.
   */
  validate?: boolean;
}
