// sluice.frames.v1 as data: one table of messages and fields, which the proto3 JSON mapping and the validator walk.
// The generated code keeps no such table (static code has no reflection); codec-schema.test.ts checks this one
// against frames.proto, so a field added there and not here fails the tests.
import { sluice } from "./generated/frames.js";

export type ScalarType = "string" | "bytes" | "bool" | "uint32" | "uint64" | "double";

export interface EnumType {
  readonly kind: "enum";
  readonly name: string;
  readonly numbers: ReadonlyMap<string, number>;
  readonly names: ReadonlyMap<number, string>;
}

/** google.protobuf.Timestamp: a message in binary, an RFC 3339 string in JSON. */
export interface TimestampType {
  readonly kind: "timestamp";
  readonly name: "google.protobuf.Timestamp";
}

export interface MessageType {
  readonly kind: "message";
  readonly name: string;
  readonly fields: readonly Field[];
  /** Each field under its JSON name and its proto name: JSON parsers accept both. */
  readonly fieldsByKey: ReadonlyMap<string, Field>;
  /** An instance of the generated class. */
  readonly create: (properties: Record<string, unknown>) => object;
}

export type ValueType = ScalarType | EnumType | TimestampType | MessageType;

export interface Field {
  /** The name in the .proto, used in validation messages. */
  readonly protoName: string;
  /** lowerCamelCase: the JSON name, and the generated class's property. */
  readonly jsonName: string;
  readonly type: ValueType;
  /** `map` is map<string, type>, the only kind of map the schema has. */
  readonly label: "singular" | "repeated" | "map";
  /** The field number: the binary writer's tag. */
  readonly number: number;
}

/** A field's number and type: `[1, "string"]`, `[9, { repeated: REGION }]`, `[17, { map: "string" }]`. */
type FieldSpec = readonly [
  number,
  ValueType | { readonly repeated: ValueType } | { readonly map: ValueType },
];

function enumType(name: string, values: object): EnumType {
  // Generated enum objects hold the names as own keys; number → name lives on their prototype.
  const numbers = new Map(Object.entries(values) as [string, number][]);
  return { kind: "enum", name, numbers, names: new Map([...numbers].map(([key, number]) => [number, key])) };
}

function messageType(
  name: string,
  generated: new (properties: Record<string, unknown>) => object,
  specs: Record<string, FieldSpec>,
): MessageType {
  const fields = Object.entries(specs).map(([protoName, [number, spec]]): Field => {
    const jsonName = protoName.replace(/_(.)/g, (_, next: string) => next.toUpperCase());
    if (typeof spec === "string" || "kind" in spec)
      return { protoName, jsonName, type: spec, label: "singular", number };
    if ("repeated" in spec) return { protoName, jsonName, type: spec.repeated, label: "repeated", number };
    return { protoName, jsonName, type: spec.map, label: "map", number };
  });
  const fieldsByKey = new Map<string, Field>();
  for (const field of fields) fieldsByKey.set(field.jsonName, field).set(field.protoName, field);
  return { kind: "message", name, fields, fieldsByKey, create: (properties) => new generated(properties) };
}

const v1 = sluice.frames.v1;

export const TIMESTAMP: TimestampType = { kind: "timestamp", name: "google.protobuf.Timestamp" };
export const PROCESSING_STAGE = enumType("sluice.frames.v1.ProcessingStage", v1.ProcessingStage);
export const PROCESSING_STATUS = enumType("sluice.frames.v1.ProcessingStatus", v1.ProcessingStatus);
export const IMAGE_FORMAT = enumType("sluice.frames.v1.ImageFormat", v1.ImageFormat);

export const IMAGE_DATA = messageType("sluice.frames.v1.ImageData", v1.ImageData, {
  data: [1, "bytes"],
  format: [2, IMAGE_FORMAT],
  width: [3, "uint32"],
  height: [4, "uint32"],
  quality: [5, "uint32"],
  original_bytes: [6, "uint32"],
  original_format: [7, IMAGE_FORMAT],
});

export const REGION = messageType("sluice.frames.v1.Region", v1.Region, {
  id: [1, "string"],
  x: [2, "uint32"],
  y: [3, "uint32"],
  width: [4, "uint32"],
  height: [5, "uint32"],
});

export const QUALITY_METRICS = messageType("sluice.frames.v1.QualityMetrics", v1.QualityMetrics, {
  sharpness: [1, "double"],
  brightness: [2, "double"],
  contrast: [3, "double"],
  dark_fraction: [4, "double"],
  bright_fraction: [5, "double"],
  blurry: [6, "bool"],
});

export const TRAFFIC_FEATURES = messageType("sluice.frames.v1.TrafficFeatures", v1.TrafficFeatures, {
  motion: [1, "double"],
  occupancy: [2, "double"],
  background_frames: [3, "uint32"],
  method: [4, "string"],
});

export const ROI_ANALYSIS = messageType("sluice.frames.v1.ROIAnalysis", v1.ROIAnalysis, {
  region: [1, REGION],
  motion: [2, "double"],
  occupancy: [3, "double"],
  occupied: [4, "bool"],
  brightness: [5, "double"],
  crop: [6, IMAGE_DATA],
});

export const PROCESSED_FRAME = messageType("sluice.frames.v1.ProcessedFrame", v1.ProcessedFrame, {
  frame_id: [1, "string"],
  camera_id: [2, "string"],
  captured_at: [4, TIMESTAMP],
  sequence: [5, "uint64"],
  stage: [6, PROCESSING_STAGE],
  status: [7, PROCESSING_STATUS],
  image: [8, IMAGE_DATA],
  regions: [9, { repeated: REGION }],
  quality: [10, QUALITY_METRICS],
  traffic: [11, TRAFFIC_FEATURES],
  roi_analyses: [13, { repeated: ROI_ANALYSIS }],
  processed_at: [14, TIMESTAMP],
  processing_ms: [15, "double"],
  error: [16, "string"],
  labels: [17, { map: "string" }],
});

export const MESSAGE_TYPES: readonly MessageType[] = [
  IMAGE_DATA,
  REGION,
  QUALITY_METRICS,
  TRAFFIC_FEATURES,
  ROI_ANALYSIS,
  PROCESSED_FRAME,
];
export const ENUM_TYPES: readonly EnumType[] = [PROCESSING_STAGE, PROCESSING_STATUS, IMAGE_FORMAT];

/** Whether a singular field holding `value` is at its proto3 default, so binary and JSON leave it out. */
export function isDefault(value: unknown, type: ValueType): boolean {
  switch (type) {
    case "string":
      return value === "";
    case "bytes":
      return (value as Uint8Array).length === 0;
    case "bool":
      return value === false;
    case "uint32":
      return value === 0;
    case "double":
      return Object.is(value, 0); // -0 is not the default: binary keeps it, as protobuf.js and protoc do
    case "uint64":
      return typeof value === "number" ? value === 0 : isZeroLong(value);
  }
  return type.kind === "enum" ? value === 0 : false; // a message field is present whenever it is set
}

function isZeroLong(value: unknown): boolean {
  const { low, high } = value as { low: number; high: number };
  return low === 0 && high === 0;
}
