// POST /v1/streams/{stream}/messages through the local API Gateway adapter, with the real handler and Redis.
import { streamKeys } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { describe, expect, it, vi } from "vitest";
import { handler } from "../functions/http/append-messages.ts";
import { useLocalApi } from "./support/http.ts";
import { storedEntries } from "./support/stored-entries.ts";

const api = useLocalApi();
const messages = (stream: string) => `/v1/streams/${stream}/messages`;

const read = (stream: string) => storedEntries(api.redis.client, stream);

/** The server is still up and serving: a good request right after a bad one succeeds. */
async function stillServing(): Promise<void> {
  const ok = await api.call("POST", messages(uniqueStream("up")), { body: { type: "t", data: 1 } });
  expect(ok.status).toBe(201);
}

describe("appending", () => {
  it("appends one entry: 201 with its id; any JSON value is stored as its JSON text; ids and trace in headers", async () => {
    const stream = uniqueStream("one");
    const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    const response = await api.call("POST", messages(stream), {
      body: { type: "order.created", data: { orderId: 42, items: ["a"] }, key: "customer-7" },
      headers: { traceparent },
    });
    expect(response.status).toBe(201);
    expect(response.json).toEqual({ id: expect.stringMatching(/^\d+-\d+$/) });
    expect(response.headers.get("x-trace-id")).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    expect(response.headers.get("x-request-id")).toMatch(/^[A-Za-z0-9+/=]{8,}$/);
    const [entry] = await read(stream);
    expect(entry).toMatchObject({
      id: response.json.id,
      type: "order.created",
      contentType: "application/json",
      data: '{"orderId":42,"items":["a"]}',
      key: "customer-7",
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
    });
  });

  it("refuses appends to a request stream (rr.<route>) with 403", async () => {
    const response = await api.call("POST", messages("rr.echo"), { body: { type: "t", data: 1 } });
    expect(response.status).toBe(403);
    expect(response.json).toMatchObject({ error: "auth.platform_stream" });
    expect(response.json.message).toMatch(/POST \/v1\/requests/);
  });

  it("appends a batch with partial failures: one result per entry in order, failures counted, the rest written", async () => {
    const stream = uniqueStream("batch");
    const response = await api.call("POST", messages(stream), {
      body: {
        entries: [
          { type: "a.ok", data: "a string" },
          { type: "bad type!", data: 1 },
          { type: "b.ok", data: null, traceId: "mine" },
          { type: "c.ok" },
          { type: "d.text", data: "plain", contentType: "text/plain" },
          {
            type: "e.bytes",
            dataBase64: Buffer.from([0, 1, 255]).toString("base64"),
            contentType: "application/octet-stream",
          },
          { type: "f.ok", data: 1, typo: true },
        ],
      },
      headers: { "x-trace-id": "trace-batch-1" },
    });
    expect(response.status).toBe(200);
    const results = response.json.results as (
      | { id: string }
      | { error: { code: string; message: string } }
    )[];
    const message = (index: number) => (results[index] as { error: { message: string } }).error.message;
    expect(response.json.failed).toBe(3);
    expect(results.map((r) => ("id" in r ? "id" : r.error.code))).toEqual([
      "id",
      "streams.invalid_entry",
      "id",
      "http.invalid_entry",
      "id",
      "id",
      "http.invalid_entry",
    ]);
    expect(results[1]).toEqual({
      error: {
        code: "streams.invalid_entry",
        message: expect.stringContaining('Invalid event type "bad type!"'),
      },
    });
    expect(message(3)).toBe("Entry 3: needs exactly one of data and dataBase64");
    expect(message(6)).toBe('Entry 6: unknown field "typo"');
    const written = await read(stream);
    expect(written.map((e) => [e.type, e.data, e.contentType, e.traceId])).toEqual([
      ["a.ok", '"a string"', "application/json", "trace-batch-1"],
      ["b.ok", "null", "application/json", "mine"],
      ["d.text", "plain", "text/plain", "trace-batch-1"],
      ["e.bytes", Buffer.from([0, 1, 255]).toString(), "application/octet-stream", "trace-batch-1"],
    ]);
    expect(written.map((e) => e.id)).toEqual(results.flatMap((r) => ("id" in r ? [r.id] : [])));
  });

  it("takes a body API Gateway delivered base64-encoded (a +json content type, or any event with isBase64Encoded)", async () => {
    const stream = uniqueStream("b64");
    const viaServer = await api.call("POST", messages(stream), {
      raw: JSON.stringify({ type: "t", data: { via: "server" } }),
      headers: { "content-type": "application/vnd.sluice+json; charset=utf-8" },
    });
    expect(viaServer.status).toBe(201);
    const body = Buffer.from(JSON.stringify({ entries: [{ type: "t", data: { via: "event" } }] })).toString(
      "base64",
    );
    const event = {
      version: "2.0",
      routeKey: "POST /v1/streams/{stream}/messages",
      rawPath: messages(stream),
      rawQueryString: "",
      headers: { "Content-Type": "application/json" },
      pathParameters: { stream },
      requestContext: {
        requestId: "req-b64",
        http: { method: "POST", path: messages(stream) },
        // What API Gateway's JWT authorizer hands over (the local server builds the same from its token table).
        authorizer: { jwt: { claims: { sub: "test", scope: `publish:${stream}` }, scopes: null } },
      },
      body,
      isBase64Encoded: true,
    } as unknown as Parameters<typeof handler>[0];
    const result = await handler(event, {} as Parameters<typeof handler>[1]);
    expect(result.statusCode).toBe(200);
    expect(result.headers?.["x-request-id"]).toBe("req-b64");
    expect(JSON.parse(result.body as string)).toEqual({ results: [{ id: expect.any(String) }], failed: 0 });
    expect((await read(stream)).map((e) => e.data)).toEqual(['{"via":"server"}', '{"via":"event"}']);
  });
});

describe("rejected requests get the right 4xx with a clear message, and the server stays up", () => {
  it("malformed JSON: 400 with the parse position", async () => {
    const response = await api.call("POST", messages(uniqueStream()), {
      raw: '{"type": "t", "data": }',
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({
      error: "http.malformed_json",
      message: 'Malformed JSON body: unexpected "}" at position 22 (line 1, column 23)',
      details: { position: 22, line: 1, column: 23 },
    });
    await stillServing();
  });

  it("wrong or missing content type: 415", async () => {
    for (const headers of [{ "content-type": "text/plain" }, {}] as Record<string, string>[]) {
      const response = await api.call("POST", messages(uniqueStream()), {
        raw: '{"type":"t","data":1}',
        headers,
      });
      expect(response.status).toBe(415);
      expect(response.json.error).toBe("http.unsupported_media_type");
      expect(response.json.message).toMatch(/^Content-Type must be application\/json, got /);
    }
    await stillServing();
  });

  it("a body over 6 MiB: 413 before it is parsed; payloads over 5 MiB in a batch: 413", async () => {
    const huge = await api.call("POST", messages(uniqueStream()), {
      raw: `{"type":"t","data":"${"x".repeat(6 * 1024 * 1024)}"}`,
      headers: { "content-type": "application/json" },
    });
    expect(huge.status).toBe(413);
    expect(huge.json).toMatchObject({ error: "http.body_too_large", details: { limit: 6 * 1024 * 1024 } });
    const entry = { type: "t", data: "y".repeat(900 * 1024) };
    const batch = await api.call("POST", messages(uniqueStream()), {
      body: { entries: Array(6).fill(entry) },
    });
    expect(batch.status).toBe(413);
    expect(batch.json).toMatchObject({ error: "http.batch_too_large", details: { limit: 5 * 1024 * 1024 } });
    await stillServing();
  });

  it("a bad stream name: 400 naming the rule", async () => {
    for (const name of ["Bad%20Name", "UPPER", "-dash-first"]) {
      const response = await api.call("POST", messages(name), { body: { type: "t", data: 1 } });
      expect(response.status).toBe(400);
      expect(response.json).toMatchObject({
        error: "streams.invalid_name",
        message: expect.stringContaining("use 1-100 characters a-z 0-9 . _ -"),
      });
    }
    await stillServing();
  });

  it("a batch over 500 entries, an empty one, or a body that is no entry: 400", async () => {
    const over = await api.call("POST", messages(uniqueStream()), {
      body: { entries: Array.from({ length: 501 }, () => ({ type: "t", data: 1 })) },
    });
    expect(over.status).toBe(400);
    expect(over.json).toEqual({
      error: "http.invalid_batch",
      message: "entries must be an array of 1 to 500 entries, got 501",
      details: { limit: 500, count: 501 },
    });
    const empty = await api.call("POST", messages(uniqueStream()), { body: { entries: [] } });
    expect(empty.json.error).toBe("http.invalid_batch");
    for (const body of [[1, 2], "text", null]) {
      const response = await api.call("POST", messages(uniqueStream()), { body });
      expect(response.status).toBe(400);
      expect(response.json.error).toBe("http.invalid_body");
    }
    const none = await api.call("POST", messages(uniqueStream()));
    expect(none.json).toMatchObject({
      error: "http.invalid_body",
      message: expect.stringMatching(/^A JSON body is required/),
    });
    const single = await api.call("POST", messages(uniqueStream()), { body: { type: "no data" } });
    expect(single.status).toBe(400);
    expect(single.json.message).toBe("Entry 0: needs exactly one of data and dataBase64");
    await stillServing();
  });

  it("unknown routes: 404; a known path with another method: 405 with Allow", async () => {
    const missing = await api.call("GET", "/v2/nothing");
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: "http.route_not_found", message: "No route for GET /v2/nothing" });
    const method = await api.call("DELETE", messages("s"));
    expect(method.status).toBe(405);
    expect(method.headers.get("allow")).toBe("POST");
    await stillServing();
  });

  it("a handler crash is a generic 500 that echoes nothing, logged as one JSON line with the request id", async () => {
    const stream = uniqueStream("crash");
    await api.redis.client.set(streamKeys(stream).stream, "not a stream");
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation(((chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write);
    const response = await api
      .call("POST", messages(stream), { body: { type: "t", data: 1 } })
      .finally(() => spy.mockRestore());
    expect(response.status).toBe(500);
    expect(response.json).toEqual({ error: "http.internal", message: "Internal server error" });
    expect(response.text).not.toMatch(/WRONGTYPE/);
    const [log, ...others] = lines.map((line) => JSON.parse(line)).filter((record) => !record._aws);
    expect(others).toEqual([]);
    expect(log).toMatchObject({
      level: "error",
      msg: "unhandled error",
      requestId: response.headers.get("x-request-id"),
      traceId: response.headers.get("x-trace-id"),
      routeKey: "POST /v1/streams/{stream}/messages",
      status: 500,
      error: { name: "ReplyError", message: expect.stringContaining("WRONGTYPE") },
    });
    // Redis refused the write: counted, with the reason of an error Sluice has no code for.
    expect(lines.map((line) => JSON.parse(line)).filter((record) => record._aws)).toEqual([
      expect.objectContaining({ Stream: stream, Reason: "other", PublishFailures: 1 }),
    ]);
    await stillServing();
  });
});
