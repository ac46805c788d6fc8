// POST /v1/requests/{route}: request-reply. The body (any content type) goes to the route's proxy workers through
// Redis; the worker's status, headers and body come back. At the deadline 504; over the route's backlog limit 503 with
// Retry-After. `?timeoutMs=` shortens or lengthens the wait within the client's bounds.
import { InvalidInputError } from "@sluice/streams";
import { requests, route } from "./runtime.ts";

// Not passed on: hop-by-hop headers, the body's framing, and the caller's credentials.
const DROPPED = new Set([
  "host",
  "connection",
  "content-length",
  "transfer-encoding",
  "authorization",
  "x-api-key",
  "cookie",
]);

export const handler = route(
  async ({ pathParameters, query, headers, rawBody, method, requestId, traceId }) => {
    const timeoutMs = query.timeoutMs === undefined ? undefined : Number(query.timeoutMs);
    if (timeoutMs !== undefined && !(Number.isSafeInteger(timeoutMs) && timeoutMs > 0)) {
      throw new InvalidInputError(
        "http.invalid_timeout",
        `timeoutMs must be a positive integer, got ${query.timeoutMs}`,
      );
    }
    const forwarded = Object.fromEntries(Object.entries(headers).filter(([name]) => !DROPPED.has(name)));
    const client = await requests();
    const reply = await client.request(pathParameters.route ?? "", {
      body: rawBody,
      headers: forwarded,
      method,
      requestId,
      traceId,
      ...(timeoutMs !== undefined && { timeoutMs }),
    });
    return { status: reply.status, headers: reply.headers, rawBody: reply.body };
  },
  { body: "raw" },
);
