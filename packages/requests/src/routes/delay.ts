import { setTimeout as sleep } from "node:timers/promises";
import type { ProxyRequest, RouteHandler } from "../types.ts";

export interface DelayRouteOptions {
  /** When the request names no delay (default 150 ms, the seed's work per request). */
  defaultMs?: number;
  /** Longest delay honoured (default 30000 ms). */
  maxMs?: number;
}

/** The delay asked for: `?ms=` in the path, else `{"ms": …}` in a JSON body, else the default. */
function requestedMs(request: ProxyRequest): number | undefined {
  const query = request.path.indexOf("?");
  const fromQuery = query >= 0 ? new URLSearchParams(request.path.slice(query + 1)).get("ms") : null;
  if (fromQuery !== null && fromQuery !== "") return Number(fromQuery);
  if (request.body.length === 0 || request.body.length > 1024) return undefined;
  try {
    const parsed = JSON.parse(request.body.toString()) as { ms?: unknown };
    return typeof parsed?.ms === "number" ? parsed.ms : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Built-in route for tests and benchmarks: waits, then answers 200 `{"delayedMs": n}`. Stands in for the seed's
 * 150 ms of work per request. A bad or negative value is the default; values over `maxMs` are capped.
 */
export function delayRoute(options: DelayRouteOptions = {}): RouteHandler {
  const { defaultMs = 150, maxMs = 30_000 } = options;
  return async (request) => {
    const asked = requestedMs(request);
    const ms =
      asked !== undefined && Number.isFinite(asked) && asked >= 0 ? Math.min(asked, maxMs) : defaultMs;
    await sleep(ms, undefined, { signal: request.signal });
    return {
      status: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ delayedMs: ms }),
    };
  };
}
