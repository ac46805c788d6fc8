import { describe, expect, it } from "vitest";
import { dataTexts } from "../src/data-texts.ts";

const texts = (body: string, single: boolean) =>
  dataTexts(Buffer.from(body), single).map((text) => text?.toString("utf8"));

/** A seeded generator of JSON texts written every way JSON allows: spacing, number forms, escapes, nesting. */
function generator(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const space = () => pick(["", "", " ", "\n\t", "  \r\n"]);
  const strings = [
    '""',
    '"a"',
    '"]}\\""',
    '"\\\\"',
    '"\\u00e9\\ud83d\\ude00"',
    '"é😀"',
    '"data"',
    '"{\\"data\\":1}"',
  ];
  const numbers = [
    "0",
    "-0",
    "1e400",
    "1E+2",
    "12345678901234567890",
    "-1.50e-7",
    "123456789012345678901234567890123456789",
  ];
  const value = (depth: number): string => {
    const kind = depth > 4 ? pick(["s", "n", "l"]) : pick(["s", "n", "l", "a", "o", "o"]);
    if (kind === "s") return pick(strings);
    if (kind === "n") return pick(numbers);
    if (kind === "l") return pick(["true", "false", "null"]);
    const count = Math.floor(random() * 4);
    const items = Array.from({ length: count }, () =>
      kind === "a" ? value(depth + 1) : `${pick(strings)}${space()}:${space()}${value(depth + 1)}`,
    );
    const [open, close] = kind === "a" ? ["[", "]"] : ["{", "}"];
    return `${open}${space()}${items.join(`${space()},${space()}`)}${space()}${close}`;
  };
  const object = (members: [string, string][]) =>
    `{${space()}${members.map(([name, text]) => `"${name}"${space()}:${space()}${text}`).join(`${space()},${space()}`)}${space()}}`;
  return { random, value, object, space };
}

describe("dataTexts", () => {
  it("finds each data value as written, in random bodies, one entry and batches", () => {
    const { random, value, object, space } = generator(18);
    for (let round = 0; round < 300; round++) {
      const data = value(0);
      const single = object(
        random() < 0.5
          ? [
              ["type", value(1)],
              ["data", data],
            ]
          : [
              ["data", data],
              ["key", value(1)],
            ],
      );
      expect(texts(`${space()}${single}${space()}`, true)).toEqual([data]);
      expect(JSON.parse(data)).toEqual(JSON.parse(single).data);
      const items = Array.from({ length: 1 + Math.floor(random() * 4) }, () => value(0));
      const entries = items.map((item) =>
        object([
          ["type", '"t"'],
          ["data", item],
          ["traceId", '"x"'],
        ]),
      );
      const batch = object([["entries", `[${space()}${entries.join(`${space()},${space()}`)}${space()}]`]]);
      expect(texts(batch, false)).toEqual(items);
    }
  });

  it("takes the last of duplicate members and decodes escaped names, as JSON.parse does", () => {
    expect(texts('{"data":1,"d\\u0061ta":[2],"type":"t"}', true)).toEqual(["[2]"]);
    expect(texts('{"entries":[{"data":1}],"entries":[{"data":2},{"data":3}]}', false)).toEqual(["2", "3"]);
  });

  it("finds only top-level data: none inside another member or inside data itself", () => {
    expect(texts('{"type":{"data":1},"data":{"data":2}}', true)).toEqual(['{"data":2}']);
    expect(texts('{"type":"t"}', true)).toEqual([undefined]);
    expect(texts('{"entries":[7,{"type":"t"},[{"data":1}],{"data":null}]}', false)).toEqual([
      undefined,
      undefined,
      undefined,
      "null",
    ]);
  });

  it("skips a byte order mark, which TextDecoder drops before JSON.parse", () => {
    expect(texts('\ufeff {"data": 12345678901234567890}', true)).toEqual(["12345678901234567890"]);
  });

  it("returns views of the body, not copies", () => {
    const body = Buffer.from('{"data":"x"}');
    expect(dataTexts(body, true)[0]?.buffer).toBe(body.buffer);
  });
});
