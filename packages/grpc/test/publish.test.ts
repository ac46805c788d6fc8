import { status } from "@grpc/grpc-js";
import { decodeEntry, streamKeys } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { errorCode, failure, unary, useGrpcServer } from "./grpc-harness.ts";

const grpc = useGrpcServer({ maxPayloadBytes: 1024, maxReceiveMessageBytes: 64 * 1024 });

async function storedEntries(stream: string) {
  const rows = await grpc.redis.client.xrangeBuffer(streamKeys(stream).stream, "-", "+");
  return rows.map(([id, fields]) => decodeEntry(id.toString(), fields));
}

describe("Publish", () => {
  it("appends one event as an envelope entry and returns its id", async () => {
    const stream = uniqueStream("pub");
    const { id } = await unary(grpc.client, "publish", {
      stream,
      event: {
        type: "order.created",
        contentType: "application/octet-stream",
        data: Buffer.from([1, 2, 3]),
        key: "customer-7",
        traceId: "trace-1",
        producedAt: { seconds: 1_700_000_000, nanos: 123_456_789 },
      },
    });
    expect(id).toMatch(/^\d+-\d+$/);
    expect(await storedEntries(stream)).toEqual([
      {
        entry: {
          id,
          type: "order.created",
          contentType: "application/octet-stream",
          data: Buffer.from([1, 2, 3]),
          key: "customer-7",
          traceId: "trace-1",
          time: 1_700_000_000_123,
        },
      },
    ]);
    const [, fields] = (await grpc.redis.client.xrange(streamKeys(stream).stream, "-", "+"))[0] ?? [];
    expect(fields).toEqual([
      "t",
      "order.created",
      "ct",
      "o",
      "d",
      "\u0001\u0002\u0003",
      "ts",
      "1700000000123",
      "tr",
      "trace-1",
      "k",
      "customer-7",
    ]);
  });

  it("stores JSON by default and no producer time when none is given", async () => {
    const stream = uniqueStream("pub");
    await unary(grpc.client, "publish", { stream, event: { type: "ping", data: Buffer.from("{}") } });
    const [, fields] = (await grpc.redis.client.xrange(streamKeys(stream).stream, "-", "+"))[0] ?? [];
    expect(fields).toEqual(["t", "ping", "d", "{}"]);
  });

  it("rejects a request without an event", async () => {
    const error = await failure(unary(grpc.client, "publish", { stream: uniqueStream("pub") }));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toBe("event: required");
    expect(errorCode(error)).toBe("grpc.invalid_argument");
  });

  it("rejects an invalid stream name with INVALID_ARGUMENT and the Sluice code in the trailers", async () => {
    const error = await failure(
      unary(grpc.client, "publish", { stream: "Not A Stream", event: { type: "x", data: Buffer.from("1") } }),
    );
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/Invalid stream name "Not A Stream"/);
    expect(errorCode(error)).toBe("streams.invalid_name");
  });

  it("answers RESOURCE_EXHAUSTED for a payload over the payload limit", async () => {
    const error = await failure(
      unary(grpc.client, "publish", {
        stream: uniqueStream("pub"),
        event: { type: "x", data: Buffer.alloc(2000) },
      }),
    );
    expect(error.code).toBe(status.RESOURCE_EXHAUSTED);
    expect(errorCode(error)).toBe("streams.payload_too_large");
  });

  it("answers RESOURCE_EXHAUSTED for a message over the receive limit, before any handler", async () => {
    const stream = uniqueStream("pub");
    const error = await failure(
      unary(grpc.client, "publish", { stream, event: { type: "x", data: Buffer.alloc(100 * 1024) } }),
    );
    expect(error.code).toBe(status.RESOURCE_EXHAUSTED);
    expect(await grpc.redis.client.exists(streamKeys(stream).stream)).toBe(0);
  });
});

describe("PublishBatch", () => {
  it("appends events in order and reports each one", async () => {
    const stream = uniqueStream("batch");
    const { results } = await unary(grpc.client, "publishBatch", {
      stream,
      events: [1, 2, 3].map((n) => ({ type: "n", data: Buffer.from(String(n)) })),
    });
    const ids = results.map((result) => result.id);
    expect(results.map((result) => result.outcome)).toEqual(["id", "id", "id"]);
    const stored = await storedEntries(stream);
    expect(stored.map((s) => ("entry" in s ? [s.entry.id, s.entry.data.toString()] : s))).toEqual([
      [ids[0], "1"],
      [ids[1], "2"],
      [ids[2], "3"],
    ]);
  });

  it("writes the valid events of a batch and reports the invalid ones in place", async () => {
    const stream = uniqueStream("batch");
    const { results } = await unary(grpc.client, "publishBatch", {
      stream,
      events: [
        { type: "ok", data: Buffer.from("1") },
        { type: "bad type!", data: Buffer.from("2") },
        { type: "big", data: Buffer.alloc(2000) },
        { type: "ok", data: Buffer.from("4") },
      ],
    });
    expect(results.map((result) => result.outcome)).toEqual(["id", "error", "error", "id"]);
    expect(results[1]?.error).toMatchObject({
      code: "streams.invalid_entry",
      message: expect.stringMatching(/bad type!/),
    });
    expect(results[2]?.error?.code).toBe("streams.payload_too_large");
    expect((await storedEntries(stream)).length).toBe(2);
  });

  it("takes 1 to 1000 events", async () => {
    const empty = await failure(
      unary(grpc.client, "publishBatch", { stream: uniqueStream("batch"), events: [] }),
    );
    expect(empty.code).toBe(status.INVALID_ARGUMENT);
    expect(empty.details).toBe("events: 1 to 1000 events, got 0");
    const events = Array.from({ length: 1001 }, () => ({ type: "x", data: Buffer.from("1") }));
    const many = await failure(unary(grpc.client, "publishBatch", { stream: uniqueStream("batch"), events }));
    expect(many.details).toBe("events: 1 to 1000 events, got 1001");
  });
});
