import { describe, expect, it } from "vitest";
import { streamKeys, streamNameOfKey } from "../src/names.ts";

describe("stream names", () => {
  it("builds every key of a stream with one hash tag", () => {
    const keys = streamKeys("bsky.likes");
    expect([keys.stream, keys.dlq, keys.errors("g"), keys.lock("g"), keys.segment("g")]).toEqual([
      "sluice:{bsky.likes}",
      "sluice:{bsky.likes}:dlq",
      "sluice:{bsky.likes}:errors:g",
      "sluice:{bsky.likes}:lock:g",
      "sluice:{bsky.likes}:segment:g",
    ]);
    expect(streamNameOfKey(keys.stream)).toBe("bsky.likes");
    expect(streamNameOfKey(keys.dlq)).toBe("bsky.likes");
    expect(streamNameOfKey(keys.errors("g"))).toBeUndefined();
    expect(streamNameOfKey(keys.segment("g"))).toBeUndefined();
    expect(streamNameOfKey("other:{x}")).toBeUndefined();
  });

  it.each(["", "Upper", "-lead", "a b", "a{b}", "x".repeat(101)])("rejects %j", (name) => {
    expect(() => streamKeys(name)).toThrow(
      expect.objectContaining({ code: "streams.invalid_name", kind: "invalid" }),
    );
  });

  it("accepts 100 characters", () => {
    expect(streamKeys("a".repeat(100)).name).toHaveLength(100);
  });
});
