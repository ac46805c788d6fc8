import { describe, expect, it } from "vitest";
import { jsonErrorPosition, lineAndColumn } from "../src/json-error-position.ts";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("jsonErrorPosition", () => {
  it.each([
    ['{"a": }', 6],
    ['{"a": 1,}', 8],
    ["[1, 2", 5],
    ['{"a" 1}', 5],
    ["01", 1],
    ["1.", 1],
    ['"\\x"', 2],
    ["tru", 3],
    ["{} x", 3],
    ["", 0],
    ['{"a":"\n"}', 6],
  ])("%j fails at %i", (text, position) => {
    expect(parses(text)).toBe(false);
    expect(jsonErrorPosition(text)).toBe(position);
  });

  it("agrees with JSON.parse on which texts are JSON, over random mutations of a valid document", () => {
    const valid = JSON.stringify({ a: [1, -2.5e3, true, null, 'x\\"y\u00e9'], b: { c: "", d: [[], {}] } });
    const alphabet = '{}[]":,.-+eE0123456789 tfnrul\\x';
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 3000; round++) {
      const at = random(valid.length);
      const text =
        valid.slice(0, at) + (alphabet[random(alphabet.length)] as string) + valid.slice(at + random(2));
      expect({ text, valid: jsonErrorPosition(text) === undefined }).toEqual({ text, valid: parses(text) });
    }
  });

  it("names line and column from 1", () => {
    expect(lineAndColumn('{\n  "a": }', 8)).toEqual({ line: 2, column: 7 });
  });
});
