// GET /v1/health: liveness (this answer) and readiness (Redis answers PING; its round trip in ms). 503 when Redis does
// not answer within its command timeout, so a load balancer or monitor takes the instance out, never a hang.
import { performance } from "node:perf_hooks";
import type { HttpResult } from "@sluice/http";
import { redis } from "../shared/http-clients.ts";
import { route } from "../shared/http-route.ts";

export const handler = route(async (): Promise<HttpResult> => {
  const { client } = redis();
  const started = performance.now();
  try {
    await client.ping();
  } catch (error) {
    const reason =
      error instanceof Error && /timed out/i.test(error.message) ? "timed out" : "is unreachable";
    return {
      status: 503,
      headers: { "retry-after": "5", "cache-control": "no-store" },
      body: {
        status: "unavailable",
        live: true,
        ready: false,
        redis: { ok: false, error: `Redis ${reason}` },
      },
    };
  }
  const roundTripMs = Math.round((performance.now() - started) * 100) / 100;
  return {
    headers: { "cache-control": "no-store" },
    body: { status: "ok", live: true, ready: true, redis: { ok: true, roundTripMs } },
  };
});
