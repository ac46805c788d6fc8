import { httpHandler } from "@sluice/http";
import { UnavailableError } from "@sluice/streams";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { describe, expect, it } from "vitest";

const event = (extra: Partial<APIGatewayProxyEventV2> = {}): APIGatewayProxyEventV2 =>
  ({
    version: "2.0",
    routeKey: "GET /x",
    rawPath: "/x",
    rawQueryString: "",
    headers: { "X-Amzn-Trace-Id": "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1" },
    requestContext: { requestId: "r-1", http: { method: "GET", path: "/x" } },
    isBase64Encoded: false,
    ...extra,
  }) as APIGatewayProxyEventV2;
const context = (remainingMs = 30_000) =>
  ({ getRemainingTimeInMillis: () => remainingMs }) as unknown as Context;

describe("httpHandler", () => {
  it("answers 504 just before the Lambda timeout and aborts the route's signal", async () => {
    let signal: AbortSignal | undefined;
    const handler = httpHandler(
      (request) => {
        signal = request.signal;
        return new Promise(() => {});
      },
      { timeoutEarlyMs: 1000, log: () => {} },
    );
    const started = Date.now();
    const result = await handler(event(), context(1150));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.statusCode).toBe(504);
    expect(JSON.parse(result.body as string)).toEqual({
      error: "http.timeout",
      message: "The request did not finish in time",
    });
    expect(signal?.aborted).toBe(true);
  });

  it("maps unavailable to 503 with Retry-After and a fixed message, logging the cause with the ids", async () => {
    const lines: string[] = [];
    const handler = httpHandler(
      () => {
        throw new UnavailableError(
          "streams.unavailable",
          "Redis is unavailable: connect ECONNREFUSED 10.0.0.5:6379",
          {
            details: { host: "10.0.0.5" },
          },
        );
      },
      { log: (line) => lines.push(line) },
    );
    const result = await handler(event(), context());
    expect(result).toMatchObject({
      statusCode: 503,
      headers: {
        "retry-after": "1",
        "x-request-id": "r-1",
        "x-trace-id": "1-5759e988-bd862e3fe1be46a994272793",
      },
    });
    expect(JSON.parse(result.body as string)).toEqual({
      error: "streams.unavailable",
      message: "The service is temporarily unavailable: retry later",
    });
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      level: "error",
      msg: "request failed",
      requestId: "r-1",
      status: 503,
      error: { message: expect.stringContaining("ECONNREFUSED") },
    });
  });

  it.each([
    "UNBLOCKED client unblocked via CLIENT UNBLOCK",
    "READONLY You can't write against a read only replica.",
    "CLUSTERDOWN The cluster is down",
    "TRYAGAIN Multiple keys request during rehashing of slot",
    "LOADING Redis is loading the dataset in memory",
    "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.",
    "Connection is closed.",
    "Command timed out",
  ])("answers 503, never 500, for a Redis failure a route let escape untyped: %s", async (message) => {
    const handler = httpHandler(
      () => {
        throw new Error(message);
      },
      { log: () => {} },
    );
    const result = await handler(event(), context());
    expect(result).toMatchObject({ statusCode: 503, headers: { "retry-after": "1" } });
    expect(JSON.parse(result.body as string)).toEqual({
      error: "streams.unavailable",
      message: "The service is temporarily unavailable: retry later",
    });
  });

  it("answers a generic 500 for an unknown error, Redis's or not", async () => {
    for (const message of ["ERR unknown command 'FOO'", "cannot read x of undefined"]) {
      const handler = httpHandler(
        () => {
          throw new Error(message);
        },
        { log: () => {} },
      );
      const result = await handler(event(), context());
      expect(result.statusCode).toBe(500);
      expect(JSON.parse(result.body as string)).toEqual({
        error: "http.internal",
        message: "Internal server error",
      });
    }
  });

  it("writes results: 204 without a body, headers and cookies kept", async () => {
    const handler = httpHandler(() => ({ status: 204, headers: { etag: "x" }, cookies: ["a=1"] }));
    const result = await handler(event(), context());
    expect(result).toMatchObject({ statusCode: 204, headers: { etag: "x" }, cookies: ["a=1"] });
    expect(result.body).toBeUndefined();
  });

  it("rejects unknown options", () => {
    expect(() => httpHandler(() => ({}), { maxBodyByte: 1 } as never)).toThrow(
      'Unknown httpHandler option "maxBodyByte"',
    );
  });
});
