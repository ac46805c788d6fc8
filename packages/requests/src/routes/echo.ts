import type { RouteHandler } from "../types.ts";

/** Headers that describe one hop or carry credentials: never echoed or forwarded as they are. */
export const HOP_BY_HOP = new Set([
  "connection",
  "expect",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
]);
const SECRET = new Set(["authorization", "cookie", "x-api-key"]);

/** Built-in route for tests and benchmarks: answers 200 with the request's body, content type and headers. */
export function echoRoute(): RouteHandler {
  return (request) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!HOP_BY_HOP.has(name) && !SECRET.has(name)) headers[name] = value;
    }
    headers["x-request-id"] = request.requestId;
    return { status: 200, headers, body: request.body };
  };
}
