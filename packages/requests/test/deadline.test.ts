import {
  assertRouteName,
  BacklogFullError,
  DEFAULT_GROUP,
  type ProxyRequest,
  ReplyTimeoutError,
  replyListKey,
  requestKeys,
} from "@sluice/requests";
import { useRequestKit } from "@sluice/requests/testing";
import { InvalidInputError, NotFoundError, streamStats } from "@sluice/streams";
import { waitFor } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";

const { server, kit } = useRequestKit();

/** A route with a worker group but no worker running: requests wait. */
async function idleRoute(route: string): Promise<void> {
  await server.client.xgroup("CREATE", requestKeys(route).stream.stream, DEFAULT_GROUP, "0", "MKSTREAM");
}

it.each(["stream", "list"] as const)(
  "%s replies: no reply by the deadline → ReplyTimeoutError; a worker started later skips the stale request",
  async (strategy) => {
    const route = `late-${strategy}`;
    await idleRoute(route);
    const client = strategy === "stream" ? await kit.streamClient() : kit.listClient();
    const started = Date.now();
    const error = await client.request(route, { body: "hello", timeoutMs: 300 }).catch((e: unknown) => e);
    const waited = Date.now() - started;
    expect(error).toBeInstanceOf(ReplyTimeoutError);
    expect(error).toMatchObject({ code: "requests.timeout", kind: "timeout", route });
    expect(waited).toBeGreaterThanOrEqual(290);
    expect(waited).toBeLessThan(1500);

    const calls: ProxyRequest[] = [];
    const worker = await kit.worker({
      routes: {
        [route]: (request) => {
          calls.push(request);
          return {};
        },
      },
      consumer: `skipper-${strategy}`,
    });
    const keys = requestKeys(route).stream;
    await waitFor(
      async () =>
        (await streamStats(server.client, keys)).groups[0]?.pending === 0 && worker.stats.expired === 1,
      {
        what: "the stale request acknowledged",
      },
    );
    expect(calls).toHaveLength(0);
    expect(worker.stats).toMatchObject({ expired: 1, served: 0 });
    expect((await streamStats(server.client, keys)).groups[0]).toMatchObject({ lag: 0, pending: 0 });
    expect(await server.client.keys("sluice:reply:*")).toEqual([]);
  },
);

it("a route whose backlog is at its limit refuses new requests with BacklogFullError and writes nothing", async () => {
  const route = "busy";
  await idleRoute(route);
  const client = await kit.streamClient({ backlogLimit: 3, backlogCacheMs: 1, retryAfterSeconds: 2 });
  const waiting = Array.from({ length: 3 }, () => client.request(route, { timeoutMs: 800 }).catch(() => {}));
  const keys = requestKeys(route).stream;
  await waitFor(async () => (await server.client.xlen(keys.stream)) === 3);
  await new Promise((resolve) => setTimeout(resolve, 5));
  const error = await client.request(route).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BacklogFullError);
  expect(error).toMatchObject({
    code: "requests.backlog_full",
    kind: "unavailable",
    retryAfterSeconds: 2,
    details: { route, backlog: 3, limit: 3, retryAfterSeconds: 2 },
  });
  expect(await server.client.xlen(keys.stream)).toBe(3);
  expect(client.waiting).toBe(3);
  await Promise.all(waiting);
});

it("a route nobody serves is NotFoundError (requests.unknown_route), at once", async () => {
  const client = kit.listClient();
  const error = await client.request("nobody-home").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NotFoundError);
  expect(error).toMatchObject({ code: "requests.unknown_route", kind: "not_found" });
  expect(await server.client.exists(requestKeys("nobody-home").stream.stream)).toBe(0);
});

describe("invalid input is refused before anything is written", () => {
  it.each(["", "Echo", "a/b", "../x", "x".repeat(65), "-x", "a b", "rr:x", "é"])(
    "route %j",
    async (route) => {
      expect(() => assertRouteName(route)).toThrow(InvalidInputError);
      expect(() => requestKeys(route)).toThrow(expect.objectContaining({ code: "requests.invalid_route" }));
      const client = await kit.streamClient();
      await expect(client.request(route)).rejects.toMatchObject({
        code: "requests.invalid_route",
        kind: "invalid",
      });
      expect(client.waiting).toBe(0);
    },
  );

  it("request ids, options and deadlines", async () => {
    await idleRoute("strict");
    const client = kit.listClient();
    expect(() => replyListKey("a}b")).toThrow(
      expect.objectContaining({ code: "requests.invalid_request_id" }),
    );
    await expect(client.request("strict", { requestId: "has space" })).rejects.toMatchObject({
      code: "requests.invalid_request_id",
    });
    await expect(client.request("strict", { timeoutMs: 10_000_000 })).rejects.toMatchObject({
      code: "requests.invalid_request",
    });
    await expect(client.request("strict", { path: "no-slash" })).rejects.toMatchObject({
      code: "requests.invalid_request",
    });
    await expect(client.request("strict", { body: 42 as never })).rejects.toMatchObject({
      code: "requests.invalid_request",
    });
    expect(() => kit.listClient({ backlogLimt: 5 } as never)).toThrow(
      expect.objectContaining({ code: "requests.invalid_option" }),
    );
    expect(() => kit.listClient({ defaultTimeoutMs: -1 })).toThrow(
      expect.objectContaining({ code: "requests.invalid_option" }),
    );
    await expect(kit.worker({ routes: { "Bad/Route": () => ({}) }, consumer: "x" })).rejects.toMatchObject({
      code: "requests.invalid_route",
    });
    expect(await server.client.xlen(requestKeys("strict").stream.stream)).toBe(0);
  });
});

describe("a route's abort signal", () => {
  it("aborts at the request's deadline (TimeoutError); the late answer is not written", async () => {
    const route = "signal-deadline";
    let reason: unknown;
    const worker = await kit.worker({
      routes: {
        [route]: (request) =>
          new Promise((_, reject) =>
            request.signal.addEventListener("abort", () => {
              reason = request.signal.reason;
              reject(reason);
            }),
          ),
      },
      consumer: "signal-deadline",
    });
    const client = await kit.streamClient();
    const error = await client.request(route, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReplyTimeoutError);
    await waitFor(async () => worker.stats.late === 1, { what: "the request counted late" });
    expect(reason).toMatchObject({ name: "TimeoutError" });
    expect(worker.stats).toMatchObject({ late: 1, served: 0, errors: 0 });
  });

  it("is released once the route answers: it does not abort at the deadline afterwards", async () => {
    const route = "signal-released";
    const signals: AbortSignal[] = [];
    await kit.worker({
      routes: {
        [route]: (request) => {
          signals.push(request.signal);
          return { body: "done" };
        },
      },
      consumer: "signal-released",
    });
    const client = await kit.streamClient();
    const reply = await client.request(route, { timeoutMs: 200 });
    expect(reply.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(false);
  });
});
