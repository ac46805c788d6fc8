import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { forwardTo, type ProxyRequest } from "@sluice/requests";
import { useRequestKit } from "@sluice/requests/testing";
import { freePort } from "@sluice/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { hostilePaths } from "./fixtures/hostile-paths.ts";

const { kit } = useRequestKit();
let upstream: Server;
let base: string;
// A second server, standing for any other host a hostile path could name: it must never be reached.
let elsewhere: Server;
let elsewhereHost: string;
const elsewhereSeen: (string | undefined)[] = [];
const seen: { method?: string; url?: string; headers: IncomingMessage["headers"]; body: string }[] = [];

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.push({
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      if (req.url?.startsWith("/api/slow")) return; // never answers
      res.writeHead(req.url?.startsWith("/api/missing") ? 404 : 201, {
        "content-type": "text/plain",
        "x-upstream": "yes",
        "set-cookie": "a=1",
      });
      res.end(`upstream got ${req.method} ${req.url} ${Buffer.concat(chunks).toString()}`);
    });
  });
  upstream.listen(0, "127.0.0.1");
  await new Promise((resolve) => upstream.once("listening", resolve));
  base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/api`;
  elsewhere = createServer((req, res) => {
    elsewhereSeen.push(req.url);
    res.end("elsewhere");
  });
  elsewhere.listen(0, "127.0.0.1");
  await new Promise((resolve) => elsewhere.once("listening", resolve));
  elsewhereHost = `127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const server of [upstream, elsewhere]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function request(overrides: Partial<ProxyRequest> = {}): ProxyRequest {
  return {
    route: "up",
    requestId: "fwd-1",
    method: "POST",
    path: "/",
    headers: { "content-type": "text/plain", host: "ingress.example.com", "x-client": "c1" },
    contentType: "text/plain",
    body: Buffer.from("payload"),
    deadline: Date.now() + 5000,
    traceId: "trace-9",
    signal: new AbortController().signal,
    ...overrides,
  };
}

it("maps the upstream's status, headers and body; passes method, path, query, headers, body and ids", async () => {
  const reply = await forwardTo(base)(request({ method: "PUT", path: "/orders/7?x=1" }));
  expect(reply.status).toBe(201);
  expect(reply.headers).toMatchObject({
    "content-type": "text/plain",
    "x-upstream": "yes",
    "set-cookie": "a=1",
  });
  expect(reply.headers?.["content-length"]).toBeUndefined();
  expect(Buffer.from(reply.body as Uint8Array).toString()).toBe("upstream got PUT /api/orders/7?x=1 payload");
  const last = seen.at(-1);
  expect(last?.headers).toMatchObject({ "x-client": "c1", "x-request-id": "fwd-1", "x-trace-id": "trace-9" });
  expect(last?.headers.host).not.toBe("ingress.example.com");
  expect((await forwardTo(base)(request({ method: "GET", path: "/missing" }))).status).toBe(404);
});

it("an upstream that is down is 502; one slower than its timeout is 504 within the timeout", async () => {
  const closed = `http://127.0.0.1:${await freePort()}/`;
  const down = await forwardTo(closed)(request());
  expect(down.status).toBe(502);
  expect(JSON.parse(String(down.body))).toMatchObject({ error: "bad_gateway" });
  const started = Date.now();
  const slow = await forwardTo(`${base}/slow`, { timeoutMs: 200 })(request());
  expect(slow.status).toBe(504);
  expect(Date.now() - started).toBeLessThan(1000);
});

it("the upstream's wait is cut to the request deadline: past it the route throws (no one to answer)", async () => {
  const started = Date.now();
  const deadline = Date.now() + 150;
  const signal = AbortSignal.timeout(150);
  await expect(
    forwardTo(`${base}/slow`, { timeoutMs: 10_000 })(request({ deadline, signal })),
  ).rejects.toThrow();
  expect(Date.now() - started).toBeLessThan(1000);
});

it("end to end through a proxy worker: the caller gets the upstream's answer, or 502 when it is down", async () => {
  const closed = `http://127.0.0.1:${await freePort()}/`;
  await kit.worker({ routes: { orders: forwardTo(base), dead: forwardTo(closed) }, consumer: "fwd" });
  const client = await kit.streamClient();
  const reply = await client.request("orders", {
    body: '{"id":1}',
    headers: { "content-type": "application/json" },
  });
  expect(reply.status).toBe(201);
  expect(reply.headers["x-upstream"]).toBe("yes");
  expect(reply.body.toString()).toBe('upstream got POST /api {"id":1}');
  expect(seen.at(-1)?.headers["content-type"]).toBe("application/json");
  expect((await client.request("dead")).status).toBe(502);
});

it("drops an Expect header and answers 502 for an upstream answer over the size cap", async () => {
  const reply = await forwardTo(base)(
    request({ headers: { "content-type": "text/plain", expect: "100-continue" } }),
  );
  expect(reply.status).toBe(201);
  const capped = await forwardTo(base, { maxResponseBytes: 10 })(request());
  expect(capped.status).toBe(502);
  expect(Buffer.from(capped.body as Uint8Array).toString()).toMatch(/upstream_too_large/);
});

it("refuses with 400 every path that would leave the upstream's base path, sending nothing anywhere", async () => {
  const before = seen.length;
  for (const path of hostilePaths(elsewhereHost)) {
    const reply = await forwardTo(base)(request({ method: "GET", path }));
    expect(reply.status, path).toBe(400);
    expect(JSON.parse(String(reply.body)), path).toMatchObject({
      error: "requests.invalid_path",
      message: expect.stringMatching(/^The request's path is refused: /),
    });
  }
  expect(seen.slice(before).map((r) => r.url)).toEqual([]);
  expect(elsewhereSeen).toEqual([]);
  // The same upstream still serves the paths below its base.
  const fine = await forwardTo(base)(request({ method: "GET", path: "/a.b/c%20d?next=http://x/..&q=a@b" }));
  expect(fine.status).toBe(201);
  expect(seen.at(-1)?.url).toBe("/api/a.b/c%20d?next=http://x/..&q=a@b");
});

it("end to end: a request frame with a hostile path gets a 400 reply naming the refusal", async () => {
  await kit.worker({ routes: { guarded: forwardTo(base) }, consumer: "fwd-guard" });
  const client = await kit.streamClient();
  const before = seen.length;
  for (const path of [`//${elsewhereHost}/x`, "/%2e%2e/secret", `/\\\\${elsewhereHost}/x`]) {
    const reply = await client.request("guarded", { method: "GET", path });
    expect(reply.status, path).toBe(400);
    expect(JSON.parse(reply.body.toString())).toMatchObject({ error: "requests.invalid_path" });
  }
  expect(seen.length).toBe(before);
  expect(elsewhereSeen).toEqual([]);
});
