// POST /v1/requests/{route}: request-reply. The body (any content type) and the query go to the route's proxy
// workers through Redis; the worker's status, headers and body come back. At the deadline 504; over the route's
// backlog limit 503 with Retry-After. `?timeoutMs=` sets the wait, never past what the invocation has left.
import { InvalidInputError } from "@sluice/streams";
import { requests, route } from "./runtime.ts";

// Not passed on, either way: hop-by-hop headers, the body's framing, and (inbound) the caller's credentials.
const HOP_BY_HOP = [
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "expect",
  "upgrade",
  "te",
];
const INBOUND_DROPPED = new Set([...HOP_BY_HOP, "host", "authorization", "x-api-key", "cookie"]);
const OUTBOUND_DROPPED = new Set(HOP_BY_HOP);
// Left for answering: Middy's early timeout (1 s) plus the trip back.
const ANSWER_MARGIN_MS = 1500;

const keep = (headers: Record<string, string>, dropped: Set<string>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !dropped.has(name.toLowerCase())));

export const handler = route(
  async ({ pathParameters, query, headers, rawBody, method, requestId, traceId, context }) => {
    const { timeoutMs: asked, ...params } = query;
    const timeoutMs = asked === undefined ? undefined : Number(asked);
    if (timeoutMs !== undefined && !(Number.isSafeInteger(timeoutMs) && timeoutMs > 0)) {
      throw new InvalidInputError(
        "http.invalid_timeout",
        `timeoutMs must be a positive integer, got ${asked}`,
      );
    }
    const { client, defaultTimeoutMs } = await requests();
    const latest = Date.now() + context.getRemainingTimeInMillis() - ANSWER_MARGIN_MS;
    const wanted = Date.now() + (timeoutMs ?? defaultTimeoutMs);
    const search = new URLSearchParams(params).toString();
    const reply = await client.request(pathParameters.route ?? "", {
      body: rawBody,
      headers: keep(headers, INBOUND_DROPPED),
      method,
      path: search ? `/?${search}` : "/",
      requestId,
      traceId,
      deadline: Math.min(wanted, latest),
    });
    if (reply.status < 200 || reply.status > 599) {
      throw new Error(`route ${pathParameters.route} answered status ${reply.status}`);
    }
    return { status: reply.status, headers: keep(reply.headers, OUTBOUND_DROPPED), rawBody: reply.body };
  },
  { body: "raw" },
);
