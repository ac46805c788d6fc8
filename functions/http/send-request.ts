// POST /v1/requests/{route}: request-reply. The body (any content type) and the query go to the route's proxy
// workers through Redis; the worker's status, headers and body come back. At the deadline 504; over the route's
// backlog limit 503 with Retry-After. `?timeoutMs=` sets the wait, never past what the invocation has left. Needs
// publish on the route's request stream, `rr.<route>` (which callers reach only through this path).
import { requestKeys } from "@sluice/requests";
import { requireScope } from "@sluice/streams";
import { requests } from "../shared/http-clients.ts";
import { route } from "../shared/http-route.ts";
import { forwardedQuery, inboundHeaders, outboundHeaders } from "../shared/request-forwarding.ts";

// Left for answering: Middy's early timeout (1 s) plus the trip back.
const ANSWER_MARGIN_MS = 1500;

export const handler = route(
  async ({ pathParameters, query, headers, rawBody, method, requestId, traceId, context, caller }) => {
    const name = pathParameters.route ?? "";
    requireScope(caller, "publish", requestKeys(name).streamName);
    const { timeoutMs, path } = forwardedQuery(query);
    const { client, defaultTimeoutMs } = await requests();
    const latest = Date.now() + context.getRemainingTimeInMillis() - ANSWER_MARGIN_MS;
    const wanted = Date.now() + (timeoutMs ?? defaultTimeoutMs);
    const reply = await client.request(name, {
      body: rawBody,
      headers: inboundHeaders(headers),
      method,
      path,
      requestId,
      traceId,
      deadline: Math.min(wanted, latest),
    });
    if (reply.status < 200 || reply.status > 599) {
      throw new Error(`route ${name} answered status ${reply.status}`);
    }
    return { status: reply.status, headers: outboundHeaders(reply.headers), rawBody: reply.body };
  },
  { body: "raw" },
);
