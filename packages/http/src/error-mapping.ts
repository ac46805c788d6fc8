import type { MiddlewareObj } from "@middy/core";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { errorResponse } from "./errors.ts";
import { stateOf } from "./request-state.ts";
import type { LogWriter } from "./types.ts";

function describe(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) };
  const { name, message, stack } = error;
  const code = (error as { code?: unknown }).code;
  return {
    name,
    message,
    ...(code !== undefined && { code }),
    stack,
    ...(error.cause !== undefined && { cause: describe(error.cause) }),
  };
}

/**
 * Turns what a route threw into the HTTP error Middy's error handler renders: typed errors by their kind, anything
 * else a generic 500. Server-side failures (5xx) are logged as one JSON line with the request and trace ids.
 */
export function errorMapping(log: LogWriter): MiddlewareObj<APIGatewayProxyEventV2> {
  return {
    onError(request) {
      if (request.response !== undefined) return;
      const { status, body, headers } = errorResponse(request.error);
      if (status >= 500) {
        const { requestId, traceId } = stateOf(request.event);
        const { routeKey } = request.event;
        log(
          JSON.stringify({
            level: "error",
            msg: status === 500 ? "unhandled error" : "request failed",
            requestId,
            traceId,
            routeKey,
            status,
            error: describe(request.error),
          }),
        );
      }
      // The shape @middy/http-error-handler renders: a JSON message is sent as application/json.
      request.error = Object.assign(new Error(JSON.stringify(body)), {
        statusCode: status,
        expose: true,
        headers,
      });
    },
  };
}
