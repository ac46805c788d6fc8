// Caller JSON on the HTTP routes, through the local server, the real handlers and Redis: JSON nested deeper than
// MAX_JSON_DEPTH is a 400 on every route that parses JSON (never a 500 from a recursive JSON.stringify), and a
// message's `data` is stored as the very text sent, so a consumer reads back every digit, escape and space.
import { MAX_JSON_DEPTH, streamKeys } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { useLocalApi } from "./support/http.ts";
import { storedEntries } from "./support/stored-entries.ts";

const api = useLocalApi();
const messages = (stream: string) => `/v1/streams/${stream}/messages`;
const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
const json = { "content-type": "application/json" };

/** The stored payloads of a stream as a consumer reads them, as text. */
async function stored(stream: string): Promise<string[]> {
  return (await storedEntries(api.redis.client, stream)).map((entry) => entry.data);
}

describe("JSON nested too deeply: 400 naming the limit, on every route that parses JSON", () => {
  const tooDeep = (status: number, code: string, body: Record<string, unknown>) => {
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: code,
      message: expect.stringContaining(`deeper than the limit of ${MAX_JSON_DEPTH} levels`),
      details: { limit: MAX_JSON_DEPTH, position: expect.any(Number) },
    });
  };

  it("a 10,000-deep data, in one entry and in a batch, writes nothing", async () => {
    const stream = uniqueStream("deep");
    const single = await api.call("POST", messages(stream), {
      raw: `{"type":"t","data":${nested(10_000)}}`,
      headers: json,
    });
    tooDeep(single.status, "http.json_too_deep", single.json);
    // The body's `{` is level 1, so the 64th `[` of data (at byte 19 + 63) opens level 65.
    expect(single.json.details).toEqual({ limit: 64, position: 19 + 63 });
    const batch = await api.call("POST", messages(stream), {
      raw: `{"entries":[{"type":"ok","data":1},{"type":"t","data":${nested(10_000)}}]}`,
      headers: json,
    });
    tooDeep(batch.status, "http.json_too_deep", batch.json);
    expect(await api.redis.client.exists(streamKeys(stream).stream)).toBe(0);
  });

  it("the limit counts from the body's top: 64 levels pass, 65 do not; brackets in strings do not count", async () => {
    const stream = uniqueStream("limit");
    const atLimit = `{"type":"t","data":${nested(MAX_JSON_DEPTH - 1)}}`;
    expect((await api.call("POST", messages(stream), { raw: atLimit, headers: json })).status).toBe(201);
    const over = `{"type":"t","data":${nested(MAX_JSON_DEPTH)}}`;
    expect((await api.call("POST", messages(stream), { raw: over, headers: json })).status).toBe(400);
    const inString = `{"type":"t","data":"\\"${"[".repeat(10_000)}"}`;
    expect((await api.call("POST", messages(stream), { raw: inString, headers: json })).status).toBe(201);
    expect(await stored(stream)).toEqual([nested(MAX_JSON_DEPTH - 1), `"\\"${"[".repeat(10_000)}"`]);
  });

  it("a malformed body nested too deeply is refused for its depth, before the parse position is searched", async () => {
    const response = await api.call("POST", messages(uniqueStream()), {
      raw: `{"type":"t","data":${"[".repeat(100_000)}`,
      headers: json,
    });
    tooDeep(response.status, "http.json_too_deep", response.json);
  });

  it("redrive's options and a frame's JSON mapping", async () => {
    const redrive = await api.call("POST", `/v1/streams/${uniqueStream("redrive")}/dlq/redrive`, {
      raw: `{"limit":${nested(10_000)}}`,
      headers: json,
    });
    tooDeep(redrive.status, "http.json_too_deep", redrive.json);
    const frame = await api.call("POST", "/v1/frames", {
      raw: `{"frameId":"f","labels":{"a":${nested(10_000)}}}`,
      headers: json,
    });
    tooDeep(frame.status, "frames.json_too_deep", frame.json);
  });
});

describe("data is stored as the JSON text sent", () => {
  // Each as written in the body; JSON.parse then JSON.stringify would give null, 12345678901234567000,
  // 1.2345678901234568e+38, 0, 100, {"a":[1,2]} and "é😀".
  const values = [
    "1e400",
    "12345678901234567890",
    "123456789012345678901234567890123456789",
    "-0",
    "1E+2",
    '{ "a" : [ 1 ,\n\t2 ] }',
    '"\\u00e9\\ud83d\\ude00 \\/ \\""',
    '"é😀"',
    '{"big":12345678901234567890,"list":[1e400, -0.0]}',
  ];

  it("one entry at a time: every byte comes back to a consumer", async () => {
    const stream = uniqueStream("exact");
    for (const value of values) {
      const response = await api.call("POST", messages(stream), {
        raw: `{ "data" : ${value} , "type":"t"}`,
        headers: json,
      });
      expect(response.status).toBe(201);
    }
    expect(await stored(stream)).toEqual(values);
  });

  it("in a batch, with invalid entries between, duplicate and escaped member names resolved as JSON.parse does", async () => {
    const stream = uniqueStream("exact-batch");
    const entries = values.map((value) => `{"type":"t","data":${value}}`);
    const body = `\ufeff {"entries": [ ${[
      ...entries.slice(0, 3),
      '{"type":"bad type!","data":[1,{"x":"]"}]}',
      "7",
      '{"type":"t","data":"first","d\\u0061ta":0.10}',
      ...entries.slice(3),
    ].join(" ,\n ")} ] }`;
    const response = await api.call("POST", messages(stream), { raw: body, headers: json });
    expect(response.status).toBe(200);
    expect(response.json.failed).toBe(2);
    expect(await stored(stream)).toEqual([...values.slice(0, 3), "0.10", ...values.slice(3)]);
  });

  it("a normal payload is stored as before; text content types keep the decoded string", async () => {
    const stream = uniqueStream("normal");
    const data = { orderId: 42, items: ["a", "b"], total: 12.5, note: null };
    const response = await api.call("POST", messages(stream), {
      body: {
        entries: [
          { type: "order.created", data },
          { type: "t", data: "line\n", contentType: "text/plain" },
        ],
      },
    });
    expect(response.json.failed).toBe(0);
    expect(await stored(stream)).toEqual([JSON.stringify(data), "line\n"]);
  });
});
