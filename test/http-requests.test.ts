import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { delayRoute, echoRoute, type ProxyWorker, requestKeys, startProxyWorker } from "@sluice/requests";
import { waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useLocalApi } from "./support/http.ts";

/** POST /v1/requests/{route} through the local server, real Redis and in-process proxy workers, both reply modes. */
describe.each(["stream", "list"])("request-reply over HTTP, reply mode %s", (mode) => {
  // The backlog test needs its eight requests to pass the ingress's cached backlog reading together: without the
  // rate limiter's round trip in front of each (test/http-rate-limit.test.ts covers it), they still arrive at once.
  const api = useLocalApi({
    env: { SLUICE_REPLY_MODE: mode, SLUICE_REQUEST_BACKLOG_LIMIT: "3", SLUICE_API_RATE_PER_SECOND: "off" },
  });
  let worker: ProxyWorker;
  beforeAll(async () => {
    worker = await startProxyWorker({
      redis: api.redis.redis.target,
      routes: { echo: echoRoute(), delay: delayRoute(), slow: delayRoute() },
      consumer: `worker-${mode}`,
      terminals: 4,
      blockMs: 100,
      write: () => {},
    });
  });
  afterAll(async () => {
    await worker?.stop();
  });

  it("round-trips a request: the worker's status, headers and body come back", async () => {
    const response = await api.call("POST", "/v1/requests/echo?x=1", {
      raw: Buffer.from([0, 1, 2, 255]),
      headers: { "content-type": "application/octet-stream", "x-custom": "yes" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-custom")).toBe("yes");
    // The caller's bearer token goes no further than the API.
    expect(response.headers.get("authorization")).toBeNull();
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.bytes).toEqual(Buffer.from([0, 1, 2, 255]));
  });

  it("forwards a JSON body as its bytes, never parsed: a 10,000-deep one and 1e400 come back byte-identical", async () => {
    for (const raw of [`{"n":${"[".repeat(10_000)}${"]".repeat(10_000)}}`, '{ "n" : 1e400, "m": -0 }']) {
      const response = await api.call("POST", "/v1/requests/echo", {
        raw,
        headers: { "content-type": "application/json" },
      });
      expect(response.status).toBe(200);
      expect(response.text).toBe(raw);
    }
  });

  it("passes the query to the route (delay's ?ms=)", async () => {
    const response = await api.call("POST", "/v1/requests/delay?ms=40", { body: {} });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ delayedMs: 40 });
  });

  it("answers 504 with a clear body when the deadline passes", async () => {
    const response = await api.call("POST", "/v1/requests/delay?timeoutMs=200", { body: { ms: 1000 } });
    expect(response.status).toBe(504);
    expect(response.json).toMatchObject({
      error: "requests.timeout",
      message: "The request did not finish in time",
    });
  });

  it("answers 503 with Retry-After when the route's backlog is over its limit", async () => {
    // Eight requests of 1.5 s on 4 terminals: 4 in progress and 4 waiting, over the limit of 3.
    const busy = Array.from({ length: 8 }, () =>
      api.call("POST", "/v1/requests/slow?timeoutMs=5000", { body: { ms: 1500 } }),
    );
    // Once all eight are in the route's stream (however busy the machine), and the ingress's cached backlog reading
    // (100 ms) has expired, the ninth finds the backlog over the limit.
    const stream = requestKeys("slow").stream.stream;
    await waitFor(async () => (await api.redis.client.xlen(stream)) >= 8, {
      what: "the eight requests appended",
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const refused = await api.call("POST", "/v1/requests/slow?timeoutMs=5000", { body: { ms: 1 } });
    expect(refused.status).toBe(503);
    expect(refused.json).toMatchObject({ error: "requests.backlog_full" });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await Promise.all(busy)).map((r) => r.status)).toEqual(Array(8).fill(200));
  });

  it("answers 404 for a route no worker serves and 400 for a bad route name or timeout", async () => {
    expect((await api.call("POST", "/v1/requests/nobody", { body: {} })).status).toBe(404);
    const bad = await api.call("POST", "/v1/requests/Bad%20Route", { body: {} });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toMatch(/route/i);
    expect((await api.call("POST", "/v1/requests/echo?timeoutMs=soon", { body: {} })).status).toBe(400);
  });
});

describe("request-reply over HTTP when a proxy worker dies mid-request", () => {
  const api = useLocalApi({ env: { SLUICE_REPLY_MODE: "stream" } });
  const started: { stop(): Promise<void> }[] = [];
  let child: ChildProcess | undefined;
  afterAll(async () => {
    child?.kill("SIGKILL");
    await Promise.all(started.map((w) => w.stop()));
  });

  it("is served by another worker before its deadline, never left hanging", async () => {
    const { redis } = api.redis;
    child = spawn(process.execPath, [new URL("../functions/services/proxy.ts", import.meta.url).pathname], {
      env: {
        PATH: process.env.PATH,
        SLUICE_REDIS_URL: `redis://${redis.host}:${redis.port}`,
        SLUICE_PROXY_ROUTES: "crashy=delay",
        SLUICE_PROXY_VISIBILITY_TIMEOUT_MS: "500",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    await waitFor(() => output.includes('"proxy started"'), { what: "the proxy process" });
    const response = api.call("POST", "/v1/requests/crashy?timeoutMs=6000", { body: { ms: 1000 } });
    const stream = requestKeys("crashy").stream.stream;
    await waitFor(async () => ((await api.redis.client.xpending(stream, "proxy")) as [number])[0] === 1, {
      what: "the request picked up",
    });
    child.kill("SIGKILL");
    await once(child, "exit");
    started.push(
      await startProxyWorker({
        redis: redis.target,
        routes: { crashy: delayRoute() },
        consumer: "heir",
        visibilityTimeoutMs: 500,
        blockMs: 100,
        write: () => {},
      }),
    );
    expect((await response).status).toBe(200);
  });
});
