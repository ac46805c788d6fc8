import { InvalidInputError } from "@sluice/streams";
import { describe, expect, it } from "vitest";
import {
  decodeReplyFrame,
  decodeRequestFrame,
  encodeReplyFrame,
  encodeRequestFrame,
  replyGuardKey,
  replyListKey,
  replyStreamKey,
  requestKeys,
} from "../src/index.ts";
import { replyKeyKind } from "../src/request-keys.ts";

describe("frames", () => {
  it("round-trip requests with defaults left out of the head", () => {
    const body = Buffer.from([0, 255, 1, 2]);
    const frame = encodeRequestFrame({ requestId: "r1", method: "POST", path: "/", headers: {}, body });
    expect(frame.length).toBe(5 + '{"i":"r1"}'.length + body.length);
    expect(decodeRequestFrame(frame)).toEqual({
      requestId: "r1",
      method: "POST",
      path: "/",
      headers: {},
      body,
    });
    const full = {
      requestId: "r2",
      method: "GET",
      path: "/a?b=1",
      headers: { "x-a": "1" },
      body: Buffer.alloc(0),
    };
    expect(decodeRequestFrame(encodeRequestFrame(full))).toEqual(full);
  });

  it("round-trip replies, bodies as views of the frame", () => {
    const frame = encodeReplyFrame("r1", 201, { "content-type": "text/plain" }, "hi");
    const decoded = decodeReplyFrame(frame);
    expect(decoded).toEqual({
      requestId: "r1",
      status: 201,
      headers: { "content-type": "text/plain" },
      body: Buffer.from("hi"),
    });
    expect(decoded.body.buffer).toBe(frame.buffer);
  });

  it.each([
    ["empty", Buffer.alloc(0)],
    ["a reply frame read as a request", encodeReplyFrame("r", 200, {}, "")],
    ["a head longer than the frame", Buffer.from([0x51, 0, 0, 0, 99, 0x7b])],
    ["a head that is not JSON", Buffer.concat([Buffer.from([0x51, 0, 0, 0, 2]), Buffer.from("{x")])],
    ["a head without id", Buffer.concat([Buffer.from([0x51, 0, 0, 0, 2]), Buffer.from("{}")])],
  ])("reject %s", (_, data) => {
    expect(() => decodeRequestFrame(data)).toThrow(InvalidInputError);
  });
});

describe("names", () => {
  it("build the keys of a route and of replies, hash-tagged for cluster mode", () => {
    const keys = requestKeys("orders");
    expect(keys.streamName).toBe("rr.orders");
    expect(keys.stream.stream).toBe("sluice:{rr.orders}");
    expect(keys.stream.dlq).toBe("sluice:{rr.orders}:dlq");
    expect(replyListKey("abc")).toBe("sluice:reply:{abc}");
    expect(replyStreamKey("ingress-1")).toBe("sluice:replies:{ingress-1}");
    expect(replyGuardKey("sluice:reply:{abc}", "abc")).toBe("sluice:reply:{abc}:sent:abc");
  });

  it("accept only reply keys an ingress builds", () => {
    expect(replyKeyKind("sluice:reply:{abc}")).toBe("list");
    expect(replyKeyKind("sluice:replies:{i-1}")).toBe("stream");
    for (const key of ["sluice:{orders}", "sluice:reply:abc", "sluice:reply:{a}:x", "other:reply:{a}"]) {
      expect(replyKeyKind(key)).toBeUndefined();
    }
  });
});
