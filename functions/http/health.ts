// GET /v1/health: liveness (this answer) and readiness: Redis takes a write (checkReadiness of @sluice/streams: a
// tiny expiring key on the one server or on every master), with its round trip in ms. 503 with Retry-After and the
// reason (read-only, unreachable, timed out…) when it does not within HEALTH_TIMEOUT_MS, so a load balancer or monitor
// takes the instance out while its node is a demoted primary or gone, never a hang.
import type { HttpResult } from "@sluice/http";
import { checkReadiness } from "@sluice/streams";
import { redis } from "../shared/http-clients.ts";
import { publicRoute } from "../shared/http-route.ts";

const HEALTH_TIMEOUT_MS = 2000;

export const handler = publicRoute(async (): Promise<HttpResult> => {
  const readiness = await checkReadiness(redis().client, { timeoutMs: HEALTH_TIMEOUT_MS });
  if (!readiness.ready) {
    return {
      status: 503,
      headers: { "retry-after": "5", "cache-control": "no-store" },
      body: {
        status: "unavailable",
        live: true,
        ready: false,
        redis: { ok: false, reason: readiness.reason, error: readiness.message },
      },
    };
  }
  return {
    headers: { "cache-control": "no-store" },
    body: { status: "ok", live: true, ready: true, redis: { ok: true, roundTripMs: readiness.roundTripMs } },
  };
});
