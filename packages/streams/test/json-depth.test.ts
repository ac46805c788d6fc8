import { describe, expect, it } from "vitest";
import { jsonStringEnd, jsonTooDeepAt, MAX_JSON_DEPTH } from "../src/json-depth.ts";

const bytes = (text: string) => Buffer.from(text);

describe("jsonTooDeepAt", () => {
  it("finds the bracket that opens the level past the limit", () => {
    expect(jsonTooDeepAt(bytes("[[[]]]"), 3)).toBeUndefined();
    expect(jsonTooDeepAt(bytes("[[[[]]]]"), 3)).toBe(3);
    expect(jsonTooDeepAt(bytes('{"a":[{"b":[]}]}'), 3)).toBe(11);
    expect(jsonTooDeepAt(bytes("[[],[],[[]]]"), 2)).toBe(8);
    expect(jsonTooDeepAt(bytes("1"), 0)).toBeUndefined();
  });

  it("defaults to MAX_JSON_DEPTH", () => {
    const nested = (levels: number) => bytes(`${"[".repeat(levels)}${"]".repeat(levels)}`);
    expect(jsonTooDeepAt(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(jsonTooDeepAt(nested(MAX_JSON_DEPTH + 1))).toBe(MAX_JSON_DEPTH);
  });

  it("does not count brackets in strings, whatever their escapes", () => {
    expect(jsonTooDeepAt(bytes('["[[[[", "\\"[[[[", "\\\\", "{{{{"]'), 1)).toBeUndefined();
    expect(jsonTooDeepAt(bytes('["\\\\"[[]]'), 1)).toBe(5);
    expect(jsonTooDeepAt(bytes('["é😀[[[["]'), 1)).toBeUndefined();
  });

  it("scans malformed text too: an unterminated string ends the scan", () => {
    expect(jsonTooDeepAt(bytes('[[[ "[[[['), 2)).toBe(2);
    expect(jsonTooDeepAt(bytes('[ "[[[['), 1)).toBeUndefined();
    expect(jsonTooDeepAt(bytes("]]]][[["), 2)).toBeUndefined();
  });

  // Quadratic work on 6 MB would take hours; 5 s leaves room for a loaded machine (about 0.1 s each when idle).
  it("takes linear time on 6 MB bodies, whatever they hold", () => {
    const start = performance.now();
    expect(jsonTooDeepAt(bytes("[".repeat(6_000_000)))).toBe(MAX_JSON_DEPTH);
    expect(jsonTooDeepAt(bytes(`["${'\\"'.repeat(3_000_000)}"]`))).toBeUndefined();
    expect(jsonTooDeepAt(bytes(`[${'"",'.repeat(2_000_000)}""]`))).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe("jsonStringEnd", () => {
  it("finds the closing quote past escaped quotes and backslashes", () => {
    expect(jsonStringEnd(bytes('"abc"'), 0)).toBe(4);
    expect(jsonStringEnd(bytes('"a\\"b"'), 0)).toBe(5);
    expect(jsonStringEnd(bytes('"a\\\\"b"'), 0)).toBe(4);
    expect(jsonStringEnd(bytes('x"a'), 1)).toBe(-1);
  });
});
