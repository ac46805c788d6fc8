// Every message of streaming.proto through the static code in src/generated, checked against protobuf.js reflection
// of the same .proto (which it is generated from) and, for the wire format, against protoc (C++ protobuf). The samples
// come from the reflected fields, so a new message or field is covered without touching this file. The protoc part
// needs `protoc` and the well-known types' .proto files (@sluice/testing/protoc): without them it skips, with a line
// saying what to install, and under CI=true it fails (@sluice/testing/required-tool); the rest runs everywhere.

import { PROTOC, protoc as runProtoc } from "@sluice/testing/protoc";
import { describeWithTool } from "@sluice/testing/required-tool";
import protobuf from "protobufjs";
import { describe, expect, it } from "vitest";
import { sluice } from "../src/generated/streaming.js";

const REPO = new URL("../../../", import.meta.url).pathname;
const PROTO = "proto/sluice/streaming/v1/streaming.proto";
const PACKAGE = "sluice.streaming.v1";

// google/protobuf/timestamp.proto is one of protobuf.js's bundled common types: no include path needed for it.
const root = new protobuf.Root().loadSync(REPO + PROTO);
root.resolveAll();

const TYPES = (root.lookup(PACKAGE) as protobuf.Namespace).nestedArray.filter(
  (nested): nested is protobuf.Type => nested instanceof protobuf.Type,
);

/** The static API of a generated message class, as far as these tests use it. */
interface StaticMessage {
  create(): object;
  fromObject(object: object): object;
  encode(message: object): protobuf.Writer;
  decode(input: Uint8Array | protobuf.Reader): object;
  toObject(message: object, options?: protobuf.IConversionOptions): Record<string, unknown>;
}
const STATIC = sluice.streaming.v1 as unknown as Record<string, StaticMessage | undefined>;

function staticOf(type: protobuf.Type): StaticMessage {
  const generated = STATIC[type.name];
  if (!generated) throw new Error(`no static class for ${type.fullName}: run \`npm run proto\``);
  return generated;
}

const OPTIONS: protobuf.IConversionOptions = {
  longs: String,
  enums: String,
  bytes: String,
  defaults: false,
  oneofs: true,
};
const MAX_DEPTH = 4;

/**
 * A plain object setting every field of `type` to a deterministic non-default value, each scalar a different one
 * (`next` numbers them). `choice` picks the member of each oneof; item `i` of a repeated message field uses
 * `choice + i`, so a list holds both members. Message fields nested deeper than MAX_DEPTH stay unset.
 */
function sample(type: protobuf.Type, choice = 0, depth = 0, next = counter()): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    const oneof = field.partOf?.fieldsArray;
    if (oneof && oneof[choice % oneof.length] !== field) continue;
    if (field.map) throw new Error(`no sample for map field ${field.fullName}: add one to sample()`);
    const item = (i: number) => value(field, choice + i, depth, next);
    const first = item(0);
    if (first !== undefined) object[field.name] = field.repeated ? [first, item(1)] : first;
  }
  return object;
}

function counter(): () => number {
  let n = 0;
  return () => ++n;
}

function value(field: protobuf.Field, choice: number, depth: number, next: () => number): unknown {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Enum)
    return resolved.valuesById[Math.max(...Object.values(resolved.values))];
  if (resolved?.fullName === ".google.protobuf.Timestamp")
    return { seconds: 1_700_000_000 + next(), nanos: 123_456_789 };
  if (resolved) {
    return depth < MAX_DEPTH ? sample(resolved as protobuf.Type, choice, depth + 1, next) : undefined;
  }
  const n = next();
  // Every other 64-bit value is beyond 2^53, as a decimal string (the exact form of longs: String).
  const big = n % 2 === 1;
  switch (field.type) {
    case "string":
      return `${field.name}-${n}-ü`;
    case "bytes":
      return Uint8Array.of(n & 0xff, 0x00, 0xff);
    case "bool":
      return true;
    case "double":
    case "float":
      return n + 0.25;
    case "uint32":
    case "fixed32":
      return n;
    case "int32":
    case "sint32":
    case "sfixed32":
      return -n;
    case "uint64":
    case "fixed64":
      return big ? String(2n ** 64n - BigInt(n)) : n;
    case "int64":
    case "sint64":
    case "sfixed64":
      return big ? String(-(2n ** 62n) - BigInt(n)) : -n;
    default:
      throw new Error(`${field.fullName}: no sample value for type ${field.type}`);
  }
}

/** One case per member of the type's largest oneof (a single case without oneofs). */
const CASES = TYPES.flatMap((type) => {
  const count = Math.max(1, ...type.oneofsArray.map((oneof) => oneof.fieldsArray.length));
  return Array.from({ length: count }, (_, choice) => {
    const members = type.oneofsArray.map(
      (o) => `${o.name}=${o.fieldsArray[choice % o.fieldsArray.length]?.name}`,
    );
    return [members.length > 0 ? `${type.name} (${members.join(", ")})` : type.name, type, choice] as const;
  });
});

function encodeStatic(type: protobuf.Type, object: object): Uint8Array {
  const generated = staticOf(type);
  return generated.encode(generated.fromObject(object)).finish();
}

describe("the static code", () => {
  it("has a class for every message of streaming.proto and no others", () => {
    const generated = Object.entries(STATIC)
      .filter(([, value]) => typeof value?.encode === "function")
      .map(([name]) => name);
    expect(generated.sort()).toEqual(TYPES.map((type) => type.name).sort());
  });

  it.each(CASES)("round-trips a fully populated %s as reflection does", (_, type, choice) => {
    const object = sample(type, choice);
    const generated = staticOf(type);
    const bytes = encodeStatic(type, object);
    expect(bytes.length).toBeGreaterThan(0);
    expect(Buffer.from(bytes)).toEqual(Buffer.from(type.encode(type.fromObject(object)).finish()));
    const decoded = generated.toObject(generated.decode(bytes), OPTIONS);
    expect(decoded).toEqual(type.toObject(type.decode(bytes), OPTIONS));
    // Nothing lost on the wire: the same as converting the input without encoding it.
    expect(decoded).toEqual(type.toObject(type.fromObject(object), OPTIONS));
  });

  it.each(TYPES.map((type) => [type.name, type] as const))("encodes an empty %s to zero bytes", (_, type) => {
    const generated = staticOf(type);
    expect(generated.encode(generated.create()).finish()).toHaveLength(0);
    const defaults = type.toObject(type.create(), { ...OPTIONS, defaults: true });
    // Fields set to their default values are not written either (proto3 implicit presence, as protoc does it).
    expect(encodeStatic(type, defaults)).toHaveLength(0);
    const decoded = generated.decode(new Uint8Array(0));
    expect(generated.toObject(decoded, OPTIONS)).toEqual({});
    expect(generated.toObject(decoded, { ...OPTIONS, defaults: true })).toEqual(defaults);
  });

  it.each(TYPES.map((type) => [type.name, type] as const))("skips an unknown field of %s", (_, type) => {
    const generated = staticOf(type);
    const bytes = encodeStatic(type, sample(type));
    // Field 1000, wire type 0 (varint), value 42: what a newer schema might add.
    const unknown = protobuf.Writer.create()
      .uint32((1000 << 3) | 0)
      .uint32(42)
      .finish();
    const newer = Buffer.concat([bytes, unknown]);
    const decoded = generated.decode(newer);
    expect(generated.toObject(decoded, OPTIONS)).toEqual(
      generated.toObject(generated.decode(bytes), OPTIONS),
    );
    // protobuf.js 8 readers discard unknown fields unless told to keep them (Reader.discardUnknown is true).
    expect(Buffer.from(generated.encode(decoded).finish())).toEqual(Buffer.from(bytes));
    const keeping = (input: Uint8Array) =>
      Object.assign(protobuf.Reader.create(input), { discardUnknown: false });
    expect(Buffer.from(generated.encode(generated.decode(keeping(newer))).finish())).toEqual(newer);
    expect(Buffer.from(type.encode(type.decode(keeping(newer))).finish())).toEqual(newer);
  });
});

describeWithTool(PROTOC, "grpc messages: interop with protoc", () => {
  const protoc = (mode: "decode" | "encode", message: string, input: Uint8Array | string) =>
    runProtoc(mode, PROTO, `${PACKAGE}.${message}`, input);

  // protoc's text format: fields in number order, default values absent, bytes and non-ASCII escaped in octal.
  const EXAMPLES = [
    {
      message: "PublishRequest",
      object: {
        stream: "frames",
        event: {
          type: "frame.ingested",
          contentType: "application/octet-stream",
          data: Uint8Array.of(0xff, 0xd8, 0x00, 0x41),
          key: "cam-7",
          traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
          producedAt: { seconds: 1_700_000_000, nanos: 123_000_000 },
        },
      },
      text: `stream: "frames"
event {
  type: "frame.ingested"
  content_type: "application/octet-stream"
  data: "\\377\\330\\000A"
  key: "cam-7"
  trace_id: "4bf92f3577b34da6a3ce929d0e0e4736"
  produced_at {
    seconds: 1700000000
    nanos: 123000000
  }
}
`,
    },
    {
      // `durable` is proto3 `optional`: an explicit false is on the wire (it turns off a stream's durable default).
      message: "PublishBatchRequest",
      object: { stream: "ledger", events: [{ type: "t" }], durable: false },
      text: `stream: "ledger"
events {
  type: "t"
}
durable: false
`,
    },
    {
      message: "StreamInfo",
      object: {
        name: "orders",
        length: 42,
        firstId: "1700000000000-0",
        lastId: "1700000000999-3",
        dlqLength: "9007199254740993",
        groups: [
          {
            name: "billing",
            consumers: 2,
            pending: 3,
            lag: "18446744073709551615",
            lagAgeMs: 1500,
            oldestPendingAgeMs: 30_000,
            lastDeliveredId: "1700000000500-1",
          },
          { name: "audit-é", consumers: 0, pending: 0, lastDeliveredId: "1700000000999-3" },
        ],
      },
      text: `name: "orders"
length: 42
first_id: "1700000000000-0"
last_id: "1700000000999-3"
dlq_length: 9007199254740993
groups {
  name: "billing"
  consumers: 2
  pending: 3
  lag: 18446744073709551615
  lag_age_ms: 1500
  oldest_pending_age_ms: 30000
  last_delivered_id: "1700000000500-1"
}
groups {
  name: "audit-\\303\\251"
  last_delivered_id: "1700000000999-3"
}
`,
    },
  ];

  it.each(EXAMPLES)("protoc reads a $message the static code writes, and the other way round", (example) => {
    const type = root.lookupType(`${PACKAGE}.${example.message}`);
    const generated = staticOf(type);
    expect(protoc("decode", example.message, encodeStatic(type, example.object)).toString()).toBe(
      example.text,
    );
    const fromProtoc = generated.decode(protoc("encode", example.message, example.text));
    expect(generated.toObject(fromProtoc, OPTIONS)).toEqual(
      generated.toObject(generated.fromObject(example.object), OPTIONS),
    );
  });

  it.each(CASES)("protoc re-encodes a fully populated %s to the same bytes", (_, type, choice) => {
    const bytes = encodeStatic(type, sample(type, choice));
    const text = protoc("decode", type.name, bytes);
    expect(Buffer.from(protoc("encode", type.name, text))).toEqual(Buffer.from(bytes));
  });
});
