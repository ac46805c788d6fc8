// Scopes (scopes.ts) and the token table (token-table.ts): what parses, what a scope covers, the list of scopes
// that allow an operation on a stream, and tokens looked up by their digest.
import { createHash } from "node:crypto";
import { allows, bearerToken, parseScope, requireScope, scopesAllowing, TokenTable } from "@sluice/streams";
import { describe, expect, it } from "vitest";

const scopes = (...texts: string[]) => texts.map(parseScope);

describe("scopes", () => {
  it("parses *, an operation, and an operation on an exact name or a separator pattern", () => {
    expect(parseScope("*")).toEqual({ operation: "*", streams: "*" });
    expect(parseScope("publish")).toEqual({ operation: "publish", streams: "*" });
    expect(parseScope("read:orders.*")).toEqual({ operation: "read", streams: "orders.*" });
    expect(parseScope("ack:cam-*")).toEqual({ operation: "ack", streams: "cam-*" });
    expect(parseScope("admin:orders")).toEqual({ operation: "admin", streams: "orders" });
  });

  it.each(["", "write", "publish:", "publish:Orders", "publish:ord*", "publish:a:b", "* ", "publish:*x"])(
    "refuses %j with auth.invalid_scope",
    (text) => expect(() => parseScope(text)).toThrow(expect.objectContaining({ code: "auth.invalid_scope" })),
  );

  it("allows an operation on the streams a scope covers, and nothing else", () => {
    const granted = scopes("publish:orders.*", "read:orders.eu", "admin:audit");
    expect(allows(granted, "publish", "orders.eu")).toBe(true);
    expect(allows(granted, "publish", "orders")).toBe(false);
    expect(allows(granted, "publish", "ordersx")).toBe(false);
    expect(allows(granted, "read", "orders.eu")).toBe(true);
    expect(allows(granted, "read", "orders.us")).toBe(false);
    expect(allows(granted, "ack", "orders.eu")).toBe(false);
    expect(allows(scopes("*"), "redrive", "anything")).toBe(true);
    expect(allows([], "read", "orders")).toBe(false);
  });

  it("lists every scope that allows an operation on a stream, each of which does", () => {
    const list = scopesAllowing("publish", "frames.in-put_x");
    expect(list).toEqual([
      "*",
      "publish",
      "publish:*",
      "publish:frames.*",
      "publish:frames.in-*",
      "publish:frames.in-put_*",
      "publish:frames.in-put_x",
    ]);
    for (const text of list)
      expect(allows([parseScope(text)], "publish", "frames.in-put_x"), text).toBe(true);
  });

  it("refuses a caller without the scope with auth.missing_scope (forbidden), naming what it needs", () => {
    const caller = { name: "camera-7", scopes: scopes("publish:frames.input") };
    expect(() => requireScope(caller, "publish", "frames.input")).not.toThrow();
    expect(() => requireScope(caller, "read", "frames.input")).toThrow(
      expect.objectContaining({
        kind: "forbidden",
        code: "auth.missing_scope",
        message: expect.stringMatching(/read:frames\.input/),
      }),
    );
  });
});

describe("TokenTable", () => {
  const secret = "s3cret-token-0123456789";
  const table = TokenTable.parse(
    JSON.stringify([
      { name: "ops", token: secret, scopes: ["*"] },
      {
        name: "camera-7",
        sha256: createHash("sha256").update("camera-token-000000").digest("hex"),
        scopes: ["publish:frames.input"],
      },
    ]),
    "SLUICE_TOKENS",
  );

  it("finds the caller of a token, given as is or as its digest, and nobody for another", () => {
    expect(table.size).toBe(2);
    expect(table.lookup(secret)?.name).toBe("ops");
    expect(table.lookup("camera-token-000000")).toEqual({
      name: "camera-7",
      scopes: [{ operation: "publish", streams: "frames.input" }],
    });
    expect(table.lookup("camera-token-000001")).toBeUndefined();
    expect(table.lookup("")).toBeUndefined();
  });

  it.each([
    ["not JSON", "{"],
    ["not an array", "{}"],
    ["an entry without a name", '[{"token":"0123456789abcdef","scopes":[]}]'],
    ["a short token", '[{"name":"a","token":"short","scopes":[]}]'],
    [
      "both token and sha256",
      `[{"name":"a","token":"0123456789abcdef","sha256":"${"0".repeat(64)}","scopes":[]}]`,
    ],
    ["a bad scope", '[{"name":"a","token":"0123456789abcdef","scopes":["write"]}]'],
    ["an unknown field", '[{"name":"a","token":"0123456789abcdef","scopes":[],"role":"x"}]'],
    [
      "a name twice",
      '[{"name":"a","token":"0123456789abcdef","scopes":[]},{"name":"a","token":"0123456789abcdeg","scopes":[]}]',
    ],
  ])("refuses %s, naming the source", (_, text) => {
    expect(() => TokenTable.parse(text, "SLUICE_TOKENS")).toThrow(
      expect.objectContaining({ code: expect.stringMatching(/^auth\.invalid_(token_table|scope)$/) }),
    );
  });

  it("reads the token of a Bearer header only", () => {
    expect(bearerToken(`Bearer ${secret}`)).toBe(secret);
    expect(bearerToken(` bearer ${secret} `)).toBe(secret);
    expect(bearerToken(`Basic ${secret}`)).toBeUndefined();
    expect(bearerToken("Bearer a b")).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
