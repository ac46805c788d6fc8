import { decodeEntry, encodeEntry, validateEntry } from "@sluice/streams";
import { describe, expect, it } from "vitest";

const asBuffers = (fields: (string | Uint8Array)[]) => fields.map((f) => Buffer.from(f));

describe("envelope", () => {
  it("stores JSON without a content type field and round-trips every header", () => {
    const fields = encodeEntry({ type: "bsky.like", data: '{"a":1}', traceId: "tr", key: "k", time: 5 });
    expect(fields).toEqual(["t", "bsky.like", "d", '{"a":1}', "ts", "5", "tr", "tr", "k", "k"]);
    const decoded = decodeEntry("7-0", asBuffers(fields));
    expect(decoded).toEqual({
      entry: {
        id: "7-0",
        type: "bsky.like",
        contentType: "application/json",
        data: Buffer.from('{"a":1}'),
        time: 5,
        traceId: "tr",
        key: "k",
      },
    });
  });

  it("shortens protobuf and octet-stream content types and expands them back", () => {
    const proto = "application/x-protobuf; type=sluice.frames.v1.ProcessedFrame";
    const fields = encodeEntry({ type: "f", data: new Uint8Array([1]), contentType: proto });
    expect(fields.slice(2, 4)).toEqual(["ct", "p:sluice.frames.v1.ProcessedFrame"]);
    expect(decodeEntry("1-0", asBuffers(fields))).toMatchObject({ entry: { contentType: proto } });
    const raw = encodeEntry({ type: "f", data: "x", contentType: "application/octet-stream" });
    expect(raw.slice(2, 4)).toEqual(["ct", "o"]);
  });

  it("stores no producer time unless given: the time is then the entry id's", () => {
    const fields = encodeEntry({ type: "t", data: "{}" });
    expect(fields).toEqual(["t", "t", "d", "{}"]);
    expect(decodeEntry("1700000000123-4", asBuffers(fields))).toMatchObject({
      entry: { time: 1700000000123 },
    });
  });

  it("carries request-reply fields", () => {
    const fields = encodeEntry({ type: "rr", data: "{}", replyKey: "sluice:reply:1", deadline: 99 });
    expect(decodeEntry("1-0", asBuffers(fields))).toMatchObject({
      entry: { replyKey: "sluice:reply:1", deadline: 99 },
    });
  });

  it("reports foreign entries instead of throwing", () => {
    expect(decodeEntry("1-0", asBuffers(["foo", "bar"]))).toEqual({
      foreign: "not a Sluice envelope: missing field t, d",
    });
    expect(decodeEntry("1-0", asBuffers(["t", "x", "d", "y", "ts", "soon"]))).toEqual({
      foreign: "not a Sluice envelope: field ts is not epoch ms",
    });
  });

  it.each([
    [{ type: "", data: "x" }, /Invalid event type ""/],
    [{ type: "a b", data: "x" }, /Invalid event type "a b"/],
    [{ type: "a", data: 5 }, /data must be bytes or a string/],
    [{ type: "a", data: "x", time: -1 }, /time must be epoch milliseconds/],
    [{ type: "a", data: "x", traceId: "" }, /traceId must be a string of 1-256/],
    [{ type: "a", data: "x".repeat(11) }, /Payload of 11 bytes is over the limit of 10 bytes/],
  ])("rejects %j", (entry, message) => {
    expect(() => validateEntry(entry as never, 10)).toThrow(message);
  });
});
