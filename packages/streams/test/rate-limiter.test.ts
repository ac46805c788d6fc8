// The per-caller rate limiter (GCRA, one script call per request) on a real redis-server: a burst passes at once,
// the next request waits one interval and is told how long, callers do not share a budget, an idle caller's key
// expires, and a Redis that does not answer is an error (the HTTP API fails closed on it: 503).
import { RateLimiter, rateLimitKey } from "@sluice/streams";
import { useRedisServer } from "@sluice/testing/clients";
import { expect, it } from "vitest";

const server = useRedisServer();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("lets a burst through, then one request per interval, each refusal saying how long to wait", async () => {
  const limiter = new RateLimiter(server.client, { perSecond: 10, burst: 3 });
  const caller = `burst-${Date.now()}`;
  const decisions = [];
  for (let i = 0; i < 4; i++) decisions.push(await limiter.take(caller));
  expect(decisions.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
  const refused = decisions[3];
  expect(refused?.allowed).toBe(false);
  const wait = refused?.allowed === false ? refused.retryAfterMs : 0;
  expect(wait).toBeGreaterThan(50);
  expect(wait).toBeLessThanOrEqual(100);
  expect((await limiter.take(`other-${caller}`)).allowed).toBe(true);
  await sleep(wait + 10);
  expect(await limiter.take(caller)).toEqual({ allowed: true });
  expect((await limiter.take(caller)).allowed).toBe(false);
});

it("holds one key per active caller, gone once its whole burst is back", async () => {
  const limiter = new RateLimiter(server.client, { perSecond: 20, burst: 2 });
  const caller = `idle-${Date.now()}`;
  await limiter.take(caller);
  await limiter.take(caller);
  const ttl = await server.client.pttl(rateLimitKey(caller));
  expect(ttl).toBeGreaterThan(0);
  expect(ttl).toBeLessThanOrEqual(101);
  await sleep(ttl + 20);
  expect(await server.client.exists(rateLimitKey(caller))).toBe(0);
});

it("refuses settings that allow nothing", () => {
  expect(() => new RateLimiter(server.client, { perSecond: 0, burst: 1 })).toThrow(/perSecond above 0/);
  expect(() => new RateLimiter(server.client, { perSecond: 5, burst: 0 })).toThrow(/burst of at least 1/);
});
