// The per-caller rate limit of the HTTP API (route() of functions/shared/http-route.ts, RateLimiter of
// @sluice/streams) through the local server: past its burst a caller gets 429 http.rate_limited with Retry-After and
// is served again an interval later; other callers and the public health check are not affected. With Redis gone
// it fails closed: 503 with Retry-After even on a route that does no Redis work of its own.
import { describe, expect, it } from "vitest";
import { route } from "../functions/shared/http-route.ts";
import { loadRoutes } from "../functions/shared/load-routes.ts";
import type { TestToken } from "./support/api-tokens.ts";
import { useLocalApi } from "./support/http.ts";

const OTHER: TestToken = { name: "other", token: "other-token-0123456789", scopes: ["read"] };
const api = useLocalApi({
  env: { SLUICE_API_RATE_PER_SECOND: "2", SLUICE_API_RATE_BURST: "3" },
  tokens: [OTHER],
  routes: async () => [
    ...(await loadRoutes()),
    { method: "GET", path: "/test/no-redis", handler: route(() => ({ body: { ok: true } })) },
  ],
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the per-caller rate limit", () => {
  it("answers 429 http.rate_limited with Retry-After past the burst, then serves the caller again", async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await api.call("GET", "/test/no-redis")).status);
    expect(statuses).toEqual([200, 200, 200]);
    const limited = await api.call("GET", "/v1/streams");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(limited.json).toEqual({
      error: "http.rate_limited",
      message: "test-all is over its rate of requests: retry after 1 s",
      details: { caller: "test-all", retryAfterSeconds: 1 },
    });
    expect((await api.call("GET", "/v1/streams", { token: OTHER.token })).status).toBe(200);
    expect((await api.call("GET", "/v1/health", { token: null })).status).toBe(200);
    await sleep(600);
    expect((await api.call("GET", "/v1/streams")).status).toBe(200);
    expect((await api.call("GET", "/v1/streams")).status).toBe(429);
  });

  it("fails closed when Redis is gone: 503 with Retry-After, never a request let through unchecked", async () => {
    await api.redis.redis.kill();
    const started = Date.now();
    const response = await api.call("GET", "/test/no-redis", { token: OTHER.token });
    expect(Date.now() - started).toBeLessThan(6000);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBeTruthy();
  });
});
