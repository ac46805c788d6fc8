import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";

/** What a route function receives: the API Gateway event, read. */
export interface HttpRequest {
  /** Upper case: `GET`, `POST`. */
  method: string;
  /** The path as sent (`rawPath`). */
  path: string;
  /** The matched route, `POST /v1/streams/{stream}/messages`. */
  routeKey: string;
  /** Values of the route template's `{name}` segments, URL-decoded. */
  pathParameters: Record<string, string>;
  /** Query parameters, URL-decoded; a repeated name has its values joined with commas (as API Gateway does). */
  query: Record<string, string>;
  /** Lower-case names. */
  headers: Record<string, string>;
  cookies: string[];
  /** The parsed JSON body; undefined when the request had no body. */
  body: unknown;
  /** The body's bytes, base64-decoded when API Gateway encoded it (empty when there was none). */
  rawBody: Buffer;
  /** API Gateway's request id (`requestContext.requestId`), returned as `x-request-id`. */
  requestId: string;
  /** From `traceparent`, `x-trace-id` or `x-amzn-trace-id`, else generated; returned as `x-trace-id`. */
  traceId: string;
  /** Aborted just before the Lambda would time out (Middy's timeoutEarlyInMillis). */
  signal: AbortSignal;
  event: APIGatewayProxyEventV2;
  context: Context;
}

/** What a route function returns; `body` is serialized as JSON (none for 204). */
export interface HttpResult {
  /** Default 200. */
  status?: number;
  body?: unknown;
  /** Bytes sent as they are (with the content type in `headers`) instead of `body` as JSON. */
  rawBody?: Buffer;
  headers?: Record<string, string>;
  cookies?: string[];
}

export type RouteFunction = (request: HttpRequest) => Promise<HttpResult> | HttpResult;

/** A Lambda handler for API Gateway HTTP API events, payload format 2.0. */
export type LambdaHttpHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

/** One route of an API, as the local server serves it (API Gateway's route key is `<method> <path>`). */
export interface RouteDefinition {
  method: HttpMethod | "ANY";
  /** A template like `/v1/streams/{stream}/messages`; `{name+}` matches the rest of the path. */
  path: string;
  handler: LambdaHttpHandler;
  /** Served without a token (health checks). */
  public?: boolean;
}

export type { LogWriter } from "@sluice/streams";
