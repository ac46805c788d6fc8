// `route()`, which wraps a route function of functions/http/*.ts in @sluice/http's Lambda handler with the
// configured CORS origins and body limit, read on the first invocation (importing a handler reads no environment).
import {
  type HttpHandlerOptions,
  httpHandler,
  type LambdaHttpHandler,
  type RouteFunction,
} from "@sluice/http";
import { loadHttpConfig } from "../config/http.ts";

/** A Lambda handler for a route function; the Middy chain is built on the first invocation. */
export function route(fn: RouteFunction, options: Pick<HttpHandlerOptions, "body"> = {}): LambdaHttpHandler {
  let handler: LambdaHttpHandler | undefined;
  return (event, context) => {
    if (handler === undefined) {
      const { corsOrigins, maxBodyBytes } = loadHttpConfig();
      const cors = corsOrigins.length > 0 && { origins: corsOrigins };
      handler = httpHandler(fn, { ...options, maxBodyBytes, cors });
    }
    return handler(event, context);
  };
}
