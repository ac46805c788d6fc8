import {
  createLocalServer,
  fromLambdaResult,
  type LambdaHttpHandler,
  type LocalServer,
  type RouteDefinition,
  toApiGatewayEvent,
} from "@sluice/http";
import { TokenTable } from "@sluice/streams";
import { afterEach, describe, expect, it } from "vitest";

describe("toApiGatewayEvent", () => {
  it("builds the payload 2.0 event: headers, cookies, query, path parameters, base64 for binary bodies", () => {
    const event = toApiGatewayEvent(
      {
        method: "post",
        url: "/v1/streams/a%2Eb/messages?x=1&x=2&name=J%C3%BCrg&empty=",
        rawHeaders: [
          "Host",
          "api.local",
          "Cookie",
          "a=1; b=2",
          "X-Multi",
          "one",
          "x-multi",
          "two",
          "Content-Type",
          "image/png",
        ],
        body: Buffer.from([0x89, 0x50]),
        sourceIp: "10.0.0.9",
      },
      { routeKey: "POST /v1/streams/{stream}/messages", pathParameters: { stream: "a.b" } },
      "req-1",
      new Date(Date.UTC(2020, 2, 12, 19, 3, 58)),
    );
    expect(event).toEqual({
      version: "2.0",
      routeKey: "POST /v1/streams/{stream}/messages",
      rawPath: "/v1/streams/a%2Eb/messages",
      rawQueryString: "x=1&x=2&name=J%C3%BCrg&empty=",
      cookies: ["a=1", "b=2"],
      headers: { host: "api.local", "x-multi": "one,two", "content-type": "image/png" },
      queryStringParameters: { x: "1,2", name: "Jürg", empty: "" },
      pathParameters: { stream: "a.b" },
      requestContext: {
        accountId: "000000000000",
        apiId: "local",
        domainName: "api.local",
        domainPrefix: "api",
        http: {
          method: "POST",
          path: "/v1/streams/a%2Eb/messages",
          protocol: "HTTP/1.1",
          sourceIp: "10.0.0.9",
          userAgent: "",
        },
        requestId: "req-1",
        routeKey: "POST /v1/streams/{stream}/messages",
        stage: "$default",
        time: "12/Mar/2020:19:03:58 +0000",
        timeEpoch: Date.UTC(2020, 2, 12, 19, 3, 58),
      },
      body: "iVA=",
      isBase64Encoded: true,
    });
  });

  it("passes text bodies as text and leaves out what the request did not have", () => {
    const event = toApiGatewayEvent(
      {
        method: "GET",
        url: "/h",
        rawHeaders: ["content-type", "application/json; charset=utf-8"],
        body: Buffer.from("{}"),
        sourceIp: "::1",
      },
      { routeKey: "GET /h", pathParameters: {} },
    );
    expect(event).toMatchObject({ body: "{}", isBase64Encoded: false });
    expect(event).not.toHaveProperty("cookies");
    expect(event).not.toHaveProperty("queryStringParameters");
    expect(event).not.toHaveProperty("pathParameters");
  });

  it("sends text bodies that are not UTF-8, or compressed, as base64 so their bytes survive", () => {
    const event = (headers: string[], body: Buffer) =>
      toApiGatewayEvent(
        { method: "POST", url: "/h", rawHeaders: headers, body, sourceIp: "::1" },
        { routeKey: "POST /h", pathParameters: {} },
      );
    const latin1 = Buffer.from([0xff, 0xfe, 0x41]);
    expect(event(["content-type", "text/plain"], latin1)).toMatchObject({
      body: latin1.toString("base64"),
      isBase64Encoded: true,
    });
    const gzipped = event(["content-type", "text/plain", "content-encoding", "gzip"], Buffer.from("abc"));
    expect(gzipped.isBase64Encoded).toBe(true);
  });

  it("reads results like API Gateway: structured, base64, or a bare value as JSON", () => {
    expect(
      fromLambdaResult({
        statusCode: 202,
        headers: { "X-A": "1" },
        body: "aGk=",
        isBase64Encoded: true,
        cookies: ["c=1"],
      }),
    ).toEqual({ status: 202, headers: { "x-a": "1" }, cookies: ["c=1"], body: Buffer.from("hi") });
    expect(fromLambdaResult({ ok: true })).toMatchObject({ status: 200, body: Buffer.from('{"ok":true}') });
  });
});

describe("createLocalServer", () => {
  let server: LocalServer | undefined;
  afterEach(async () => {
    await server?.close(200);
    server = undefined;
  });
  const serve = async (
    routes: RouteDefinition[],
    options: { timeoutMs?: number; maxBodyBytes?: number; tokens?: TokenTable } = {},
  ) => {
    const log: string[] = [];
    server = await createLocalServer({
      routes,
      port: 0,
      tokens: "none",
      log: (line) => log.push(line),
      ...options,
    });
    return { url: server.url, log };
  };
  const echo: LambdaHttpHandler = async (event) => ({
    statusCode: 200,
    headers: { "content-type": "application/json" },
    cookies: ["session=1; HttpOnly"],
    body: JSON.stringify({ path: event.pathParameters, query: event.queryStringParameters }),
  });

  it("routes by template (static segments first), writes status, headers and cookies", async () => {
    const { url } = await serve([
      { method: "GET", path: "/files/{rest+}", handler: echo },
      { method: "GET", path: "/files/{name}", handler: echo },
      { method: "GET", path: "/files/latest", handler: async () => ({ statusCode: 204 }) },
    ]);
    const one = await fetch(`${url}/files/a%20b?q=1`);
    expect(await one.json()).toEqual({ path: { name: "a b" }, query: { q: "1" } });
    expect(one.headers.getSetCookie()).toEqual(["session=1; HttpOnly"]);
    expect(await (await fetch(`${url}/files/a/b/c`)).json()).toMatchObject({ path: { rest: "a/b/c" } });
    expect((await fetch(`${url}/files/latest`)).status).toBe(204);
  });

  it("turns a crash into a 500 and a handler that never answers into a 504, and keeps serving", async () => {
    const { url, log } = await serve(
      [
        { method: "GET", path: "/crash", handler: async () => Promise.reject(new Error("secret detail")) },
        { method: "GET", path: "/hang", handler: () => new Promise(() => {}) },
        { method: "GET", path: "/ok", handler: echo },
      ],
      { timeoutMs: 200 },
    );
    const crash = await fetch(`${url}/crash`);
    expect(crash.status).toBe(500);
    expect(await crash.text()).not.toContain("secret");
    expect((await fetch(`${url}/hang`)).status).toBe(504);
    expect((await fetch(`${url}/ok`)).status).toBe(200);
    expect(log.map((line) => JSON.parse(line).msg)).toEqual(["handler failed", "handler timed out"]);
  });

  it("answers 413 for a body over its own limit, after reading it", async () => {
    const { url } = await serve([{ method: "POST", path: "/in", handler: echo }], { maxBodyBytes: 1000 });
    const response = await fetch(`${url}/in`, { method: "POST", body: "x".repeat(100_000) });
    expect(response.status).toBe(413);
    expect((await fetch(`${url}/in`, { method: "POST", body: "x" })).status).toBe(200);
  });

  it("closes gracefully: a request in flight finishes, new connections are refused", async () => {
    let release = () => {};
    const slow: LambdaHttpHandler = () =>
      new Promise((resolve) => {
        release = () => resolve({ statusCode: 200, body: "done" });
      });
    const { url } = await serve([{ method: "GET", path: "/slow", handler: slow }]);
    const pending = fetch(`${url}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = (server as LocalServer).close(2000);
    server = undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(fetch(`${url}/slow`)).rejects.toThrow();
    release();
    expect(await (await pending).text()).toBe("done");
    await closing;
  });

  it("closes within its grace when a request never finishes (a handler stuck on a Redis that does not answer)", async () => {
    let arrived = false;
    const stuck: LambdaHttpHandler = () => {
      arrived = true;
      return new Promise(() => {});
    };
    const { url } = await serve([{ method: "GET", path: "/stuck", handler: stuck }]);
    const pending = fetch(`${url}/stuck`).catch((error: unknown) => error);
    while (!arrived) await new Promise((resolve) => setTimeout(resolve, 10));
    const started = Date.now();
    await (server as LocalServer).close(300);
    server = undefined;
    expect(Date.now() - started).toBeLessThan(300 + 700);
    expect(await pending).toBeInstanceOf(Error);
  });

  it("rejects unknown options, and refuses to start without tokens (a TokenTable or an explicit none)", async () => {
    await expect(createLocalServer({ routes: [], prot: 1 } as never)).rejects.toThrow(
      'Unknown createLocalServer option "prot"',
    );
    await expect(createLocalServer({ routes: [], port: 0 } as never)).rejects.toMatchObject({
      code: "http.invalid_option",
    });
  });

  it("checks bearer tokens: 401 without one or with an unknown one, the caller as JWT claims in the event", async () => {
    const tokens = TokenTable.parse(
      JSON.stringify([
        { name: "cam-7", token: "cam-7-secret-token", scopes: ["publish:frames.input", "read"] },
      ]),
      "test",
    );
    const whoami: LambdaHttpHandler = async (event) => ({
      statusCode: 200,
      body: JSON.stringify((event.requestContext as { authorizer?: unknown }).authorizer ?? null),
    });
    const { url } = await serve(
      [
        { method: "GET", path: "/whoami", handler: whoami },
        { method: "GET", path: "/health", handler: whoami, public: true },
      ],
      { tokens },
    );
    const missing = await fetch(`${url}/whoami`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe("Bearer");
    expect(await missing.json()).toEqual({
      error: "http.unauthorized",
      message: "Missing token: send Authorization: Bearer <token>",
    });
    const unknown = await fetch(`${url}/whoami`, { headers: { authorization: "Bearer cam-7-secret-tokeN" } });
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as { message: string }).message).toBe("Unknown token");
    const known = await fetch(`${url}/whoami`, { headers: { authorization: "Bearer cam-7-secret-token" } });
    expect(await known.json()).toEqual({
      jwt: { claims: { sub: "cam-7", scope: "publish:frames.input read:*" }, scopes: null },
    });
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toBeNull();
  });
});
