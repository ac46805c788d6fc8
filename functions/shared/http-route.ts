// `route()`, which wraps a route function of functions/http/*.ts in @sluice/http's Lambda handler with the
// configured CORS origins and body limit, read on the first invocation (importing a handler reads no environment).
// Every route but the health check (`publicRoute`) learns its caller first (callerOf of @sluice/http, in the mode
// SLUICE_API_AUTH names: 401 without one) and counts the request against the caller's rate (429 `http.rate_limited`
// with Retry-After past it); the route function then checks the operation it does on its stream (stream-access.ts).
import {
  type AuthMode,
  callerOf,
  type HttpHandlerOptions,
  type HttpRequest,
  type HttpResult,
  httpHandler,
  type LambdaHttpHandler,
  type RouteFunction,
} from "@sluice/http";
import { type Caller, QuotaExceededError } from "@sluice/streams";
import { loadHttpConfig } from "../config/http.ts";
import { redis } from "./http-clients.ts";

/** What a full Redis (maxmemory with noeviction) answers a write with, typed (toStreamsError of @sluice/streams). */
const OUT_OF_MEMORY = "streams.out_of_memory";

/** A route function that needs a caller: every route of the API but the health check. */
export type CallerRouteFunction = (
  request: HttpRequest & { caller: Caller },
) => Promise<HttpResult> | HttpResult;

type Options = Pick<HttpHandlerOptions, "body">;

/** A Lambda handler for a route function; the Middy chain is built on the first invocation. */
function lazyHandler(build: () => { fn: RouteFunction; options: HttpHandlerOptions }): LambdaHttpHandler {
  let handler: LambdaHttpHandler | undefined;
  return (event, context) => {
    if (handler === undefined) {
      const { fn, options } = build();
      handler = httpHandler(fn, options);
    }
    return handler(event, context);
  };
}

function handlerOptions(
  options: Options,
  { corsOrigins, maxBodyBytes }: ReturnType<typeof loadHttpConfig>,
): HttpHandlerOptions {
  const cors = corsOrigins.length > 0 && { origins: corsOrigins };
  return { ...options, maxBodyBytes, cors };
}

/**
 * Fails when the caller is over its rate. Redis not answering fails the request (503, like the route's own Redis
 * work would a moment later): failing open would make an outage's answers wait for two command timeouts instead
 * of one, and would not serve anything, since every route that has a caller needs Redis. A Redis that answers but
 * is full (maxmemory with noeviction refuses the limiter's write) lets the request go on: reads, listing and
 * redrives still work then, and a publish is refused by Redis itself, counted as the route's own failure.
 */
async function limitRate(caller: Caller): Promise<void> {
  const limiter = redis().rateLimiter;
  if (limiter === undefined) return;
  const decision = await limiter.take(caller.name).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === OUT_OF_MEMORY) return { allowed: true } as const;
    throw error;
  });
  if (decision.allowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  throw new QuotaExceededError(
    "http.rate_limited",
    `${caller.name} is over its rate of requests: retry after ${retryAfterSeconds} s`,
    { details: { caller: caller.name, retryAfterSeconds } },
  );
}

/** A route with a caller: authenticated in the configured mode and rate-limited before `fn` runs. */
export function route(fn: CallerRouteFunction, options: Options = {}): LambdaHttpHandler {
  return lazyHandler(() => {
    const config = loadHttpConfig();
    const auth: AuthMode = config.auth;
    const authorized: RouteFunction = async (request) => {
      const caller = callerOf(request.event, auth);
      await limitRate(caller);
      return fn({ ...request, caller });
    };
    return { fn: authorized, options: handlerOptions(options, config) };
  });
}

/** A route served without credentials or a rate (the health check, for load balancers and monitors). */
export function publicRoute(fn: RouteFunction, options: Options = {}): LambdaHttpHandler {
  return lazyHandler(() => ({ fn, options: handlerOptions(options, loadHttpConfig()) }));
}
