// Request bytes that do not decode — a wrong wire type, a truncated field, garbage — are INVALID_ARGUMENT
// (`grpc.undecodable_request`) on every method of every service the server carries, never grpc-js's INTERNAL; a
// well-formed message sent the same raw way still works, and the token check still comes first.
import * as grpc from "@grpc/grpc-js";
import { describe, expect, it } from "vitest";
import { SERVICE_NAME, sluice, streamingServiceDefinition } from "../src/index.ts";
import { bearer, errorCode, tokenTable, useGrpcServer } from "./grpc-harness.ts";

const TOKEN = "undecodable-test-token";
const state = useGrpcServer({ tokens: tokenTable([["tests", TOKEN, ["*"]]]) });

const UNDECODABLE: Record<string, Buffer> = {
  "wire type 7": Buffer.from([0x0f]),
  "a length past the end": Buffer.from([0x0a, 0x05]),
  "a varint that never ends": Buffer.alloc(16, 0xff),
};
/** Health's own decoder reads a short length leniently; a wrong wire type it refuses too. */
const CASES: [path: string, undecodable: string[]][] = [
  ...Object.values(streamingServiceDefinition).map((method): [string, string[]] => [
    method.path,
    Object.keys(UNDECODABLE),
  ]),
  ["/grpc.health.v1.Health/Check", ["wire type 7"]],
];
const identity = (bytes: Buffer) => bytes;

/** Sends `bytes` as the request of `path` and resolves with how the call ended (a short deadline ends a Subscribe). */
function rawCall(path: string, bytes: Buffer, metadata: grpc.Metadata): Promise<grpc.StatusObject> {
  const client = new grpc.Client(state.address, grpc.credentials.createInsecure());
  const options = { deadline: Date.now() + 2000 };
  return new Promise<grpc.StatusObject>((resolve) => {
    if (path.endsWith("/Subscribe")) {
      const call = client.makeServerStreamRequest(path, identity, identity, bytes, metadata, options);
      call.on("data", () => {});
      call.on("error", () => {});
      call.on("status", resolve);
    } else {
      const call = client.makeUnaryRequest(path, identity, identity, bytes, metadata, options, () => {});
      call.on("status", resolve);
    }
  }).finally(() => client.close());
}

describe("an undecodable request", () => {
  for (const [path, undecodable] of CASES) {
    for (const what of undecodable) {
      it(`to ${path} with ${what} is INVALID_ARGUMENT`, async () => {
        const ended = await rawCall(path, UNDECODABLE[what] as Buffer, bearer(TOKEN));
        expect(ended.code, ended.details).toBe(grpc.status.INVALID_ARGUMENT);
        expect(errorCode(ended as grpc.ServiceError)).toBe("grpc.undecodable_request");
        expect(ended.details).toContain(path);
      });
    }
  }

  it("without a token is UNAUTHENTICATED first", async () => {
    const ended = await rawCall(`/${SERVICE_NAME}/Publish`, Buffer.from([0x0f]), new grpc.Metadata());
    expect(ended.code).toBe(grpc.status.UNAUTHENTICATED);
  });

  it("leaves well-formed raw bytes to the handler", async () => {
    const bytes = Buffer.from(sluice.streaming.v1.ListStreamsRequest.encode({ limit: 5 }).finish());
    const ended = await rawCall(`/${SERVICE_NAME}/ListStreams`, bytes, bearer(TOKEN));
    expect(ended.code, ended.details).toBe(grpc.status.OK);
  });
});
