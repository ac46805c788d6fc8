import { describe, expect, it } from "vitest";
import { randomId } from "../src/random-id.ts";

describe("randomId", () => {
  it("encodes the bytes asked for", () => {
    expect(randomId(16, "hex")).toMatch(/^[0-9a-f]{32}$/);
    expect(Buffer.from(randomId(10, "base64"), "base64")).toHaveLength(10);
  });

  it("never hands out the same bytes twice, across refills of its pool", () => {
    // 2,000 ids of 16 bytes take the 4 KiB pool through several refills.
    const ids = Array.from({ length: 2000 }, () => randomId(16, "hex"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("refuses sizes it cannot give", () => {
    expect(() => randomId(0, "hex")).toThrow(RangeError);
    expect(() => randomId(4097, "hex")).toThrow(RangeError);
  });
});
