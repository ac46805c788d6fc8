// gRPC cases: every method of the StreamingService (and health's Check) with a valid request, the request with one
// field given an odd value of its type, its bytes made wrong at the wire level (protobuf-mutations.ts), a payload
// around the entry and message limits, or wrong credentials. Messages are encoded here and sent as raw bytes.
import { SERVICE_NAME, sluice } from "@sluice/grpc";
import { type Random, Weighted } from "../generate/bsky-random.ts";
import type { GrpcCase } from "./fuzz-case.ts";
import { CaseBuilder } from "./fuzz-credentials.ts";
import {
  boundarySize,
  DEPTHS,
  deepJson,
  fuzzName,
  HUGE_NUMBERS,
  invalidUtf8,
  randomBytes,
} from "./mutations.ts";
import { mutateProtobuf, PROTOBUF_MUTATIONS, withUnknownField } from "./protobuf-mutations.ts";

const v1 = sluice.streaming.v1;
const HEALTH_CHECK = "/grpc.health.v1.Health/Check";

type Plain = Record<string, unknown>;

/** Each method's message type and a valid request; the stream is one of a few, so that some calls find data. */
function methods(
  random: Random,
): Record<string, { encode(message: Plain): { finish(): Uint8Array }; valid: Plain }> {
  const stream = random.pick(["fuzz", "fuzz-a", "orders.v1"]);
  const event = (): Plain => ({
    type: "fuzz.event",
    contentType: "application/json",
    data: Buffer.from(JSON.stringify({ n: random.int(1000) })),
    key: "k1",
  });
  return {
    Publish: { encode: (m) => v1.PublishRequest.encode(m), valid: { stream, event: event() } },
    PublishBatch: {
      encode: (m) => v1.PublishBatchRequest.encode(m),
      valid: { stream, events: Array.from({ length: 1 + random.int(5) }, event) },
    },
    Subscribe: {
      encode: (m) => v1.SubscribeRequest.encode(m),
      valid: { stream, group: "fuzz-group", consumer: "fuzz-consumer", maxInFlight: 10 },
    },
    Acknowledge: {
      encode: (m) => v1.AcknowledgeRequest.encode(m),
      valid: { stream, group: "fuzz-group", ids: ["1-0", "2-0"] },
    },
    GetStreamInfo: { encode: (m) => v1.GetStreamInfoRequest.encode(m), valid: { stream } },
    ListStreams: { encode: (m) => v1.ListStreamsRequest.encode(m), valid: { limit: 20 } },
    RegisterStream: {
      encode: (m) => v1.RegisterStreamRequest.encode(m),
      valid: {
        stream,
        groups: ["fuzz-group"],
        retention: { maxLength: 100_000, maxAgeMs: 3_600_000, unconsumed: 1 },
      },
    },
    Redrive: {
      encode: (m) => v1.RedriveRequest.encode(m),
      valid: { stream, limit: 10, ratePerSecond: 1000 },
    },
    GetMetrics: { encode: (m) => v1.GetMetricsRequest.encode(m), valid: { streams: [stream] } },
  };
}

/** An odd value of the same protobuf type as `value`, so that the message still encodes. */
function oddValueLike(random: Random, value: unknown, key: string): unknown {
  if (typeof value === "string") return fuzzName(random, value);
  if (typeof value === "number") return random.pick([0, 1, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 53 - 1]);
  if (Buffer.isBuffer(value)) {
    return random.pick([
      () => Buffer.from(deepJson(random, random.pick(DEPTHS))),
      () => Buffer.from(random.pick(HUGE_NUMBERS)),
      () => invalidUtf8(random),
      () => randomBytes(random, random.int(512)),
      () => Buffer.alloc(0),
    ])();
  }
  if (Array.isArray(value)) {
    if (key === "ids")
      return random.pick([
        [],
        ["abc"],
        ["0-0"],
        ["18446744073709551615-18446744073709551615"],
        Array(5000).fill("1-1"),
      ]);
    if (key === "events") return random.pick([[], Array(1000).fill(value[0])]);
    return random.pick([[], Array(500).fill(fuzzName(random, "x")), [""]]);
  }
  if (value !== null && typeof value === "object") return mutateField(random, value as Plain);
  return value;
}

/** `message` with one field (or one of its sub-message's) given an odd value, or removed. */
function mutateField(random: Random, message: Plain): Plain {
  const key = random.pick(Object.keys(message));
  const copy = { ...message };
  if (random.chance(0.15)) delete copy[key];
  else copy[key] = oddValueLike(random, message[key], key);
  return copy;
}

/** Each mutation's weight: messages of megabytes are few (each costs as much as hundreds of small calls). */
const GRPC_MUTATIONS = new Weighted([
  ["valid", 20],
  ["one_field", 30],
  ["protobuf", 35],
  ["size", 2],
  ["credentials", 10],
] as const);

export class GrpcCases extends CaseBuilder {
  /** Every method in turn with a random mutation; health's Check now and then. */
  next(): GrpcCase {
    const random = this.random;
    if (random.chance(0.03)) {
      const valid = Buffer.from([0x0a, 0x00]);
      const body = random.chance(0.5)
        ? valid
        : mutateProtobuf(random, valid, random.pick(PROTOBUF_MUTATIONS));
      return {
        kind: "grpc",
        target: HEALTH_CHECK,
        mutation: "protobuf",
        metadata: {},
        body,
        streaming: false,
      };
    }
    const all = methods(random);
    const name = random.pick(Object.keys(all));
    const method = all[name] as (typeof all)[string];
    const mutation = GRPC_MUTATIONS.pick(random);
    let metadata = { ...this.credentials };
    let message = method.valid;
    let body: Buffer | undefined;
    let label: string = mutation;
    if (mutation === "one_field") message = mutateField(random, message);
    const data = mutation === "size" ? randomBytes(random, boundarySize(random)) : undefined;
    if (data && name === "Publish") message = { ...message, event: { type: "fuzz.size", data } };
    if (data && name === "PublishBatch") message = { ...message, events: [{ type: "fuzz.size", data }] };
    if (mutation === "credentials") metadata = { ...random.pick(Object.values(this.wrong)) };
    const encoded = method.encode(message).finish();
    // Other methods have no payload: an unknown field of that size makes the message as big.
    if (data && name !== "Publish" && name !== "PublishBatch") body = withUnknownField(encoded, data);
    if (mutation === "protobuf") {
      const kind = random.pick(PROTOBUF_MUTATIONS);
      body = mutateProtobuf(random, encoded, kind);
      label = `protobuf ${kind}`;
    }
    return {
      kind: "grpc",
      target: `/${SERVICE_NAME}/${name}`,
      mutation: label,
      metadata,
      body: body ?? Buffer.from(encoded),
      streaming: name === "Subscribe",
    };
  }
}
