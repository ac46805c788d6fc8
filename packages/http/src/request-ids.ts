import { randomUUID } from "node:crypto";
import type { MiddlewareObj } from "@middy/core";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { randomId } from "./random-id.ts";
import { stateOf } from "./request-state.ts";

type Request = Parameters<NonNullable<MiddlewareObj<APIGatewayProxyEventV2>["before"]>>[0];

// W3C trace context: version-traceid-parentid-flags; the trace id is 32 hex digits, not all zero.
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;
const CLIENT_TRACE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const AMZN_ROOT = /(?:^|;)\s*Root=(1-[0-9a-f]{8}-[0-9a-f]{24})\s*(?:;|$)/i;

/**
 * The trace id of a request: a W3C `traceparent`'s trace id, else the caller's `x-trace-id`, else the `Root` of
 * `x-amzn-trace-id` (API Gateway and load balancers add one), else a new random one. Headers are lower-case here.
 */
export function traceIdOf(headers: Record<string, string | undefined>): string {
  const traceparent = TRACEPARENT.exec(headers.traceparent?.trim() ?? "")?.[1];
  if (traceparent !== undefined && !/^0+$/.test(traceparent)) return traceparent;
  const client = headers["x-trace-id"]?.trim();
  if (client !== undefined && CLIENT_TRACE_ID.test(client)) return client;
  return AMZN_ROOT.exec(headers["x-amzn-trace-id"] ?? "")?.[1] ?? randomId(16, "hex");
}

function addHeaders(request: Request): void {
  const response = request.response as APIGatewayProxyStructuredResultV2 | undefined;
  if (response === undefined || response === null || typeof response !== "object") return;
  const state = stateOf(request.event);
  response.headers = { ...response.headers, "x-request-id": state.requestId, "x-trace-id": state.traceId };
}

/** Gives every request its request id and trace id, and returns both as response headers, errors included. */
export function requestIds(): MiddlewareObj<APIGatewayProxyEventV2> {
  return {
    before(request) {
      const state = stateOf(request.event);
      const context = request.context as Partial<Context>;
      state.requestId = request.event.requestContext?.requestId ?? context.awsRequestId ?? randomUUID();
      state.traceId = traceIdOf(request.event.headers ?? {});
    },
    after: addHeaders,
    onError: addHeaders,
  };
}
