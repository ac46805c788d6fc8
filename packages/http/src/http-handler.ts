import middy from "@middy/core";
import httpCors from "@middy/http-cors";
import httpErrorHandler from "@middy/http-error-handler";
import httpHeaderNormalizer from "@middy/http-header-normalizer";
import { InvalidInputError, logWriter } from "@sluice/streams";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { CORS_ALLOWED_HEADERS, CORS_EXPOSED_HEADERS } from "./cors-headers.ts";
import { errorMapping } from "./error-mapping.ts";
import { HandlerTimeoutError, INTERNAL_ERROR } from "./errors.ts";
import { jsonBody } from "./json-body.ts";
import { requestIds } from "./request-ids.ts";
import { stateOf } from "./request-state.ts";
import type { HttpRequest, HttpResult, LambdaHttpHandler, LogWriter, RouteFunction } from "./types.ts";

export interface CorsOptions {
  /** Allowed origins: exact (`https://app.example.com`), with a `*` label (`https://*.example.com`), or `*`. */
  origins: string[];
  /** How long browsers may cache a preflight answer (default 300). */
  maxAgeSeconds?: number;
  /** Allow cookies and Authorization on cross-origin requests (the origin is then echoed, never `*`). */
  credentials?: boolean;
}

export interface HttpHandlerOptions {
  /** Largest request body, bytes, after base64 decoding (default 6 MiB, Lambda's own request limit); 413 beyond. */
  maxBodyBytes?: number;
  /** CORS headers and preflight answers; off by default (same-origin and server-to-server callers need none). */
  cors?: CorsOptions | false;
  /** Answer 504 this long before the Lambda would time out, with the route aborted (default 1000). */
  timeoutEarlyMs?: number;
  /** Where server-side failures are logged, one JSON line each (default stdout). */
  log?: LogWriter;
  /** "json" (default): JSON bodies only, parsed; "raw": any content type, bytes in `rawBody`. */
  body?: "json" | "raw";
}

export const MiB = 1024 * 1024;
const defaults: Required<HttpHandlerOptions> = {
  maxBodyBytes: 6 * MiB,
  cors: false,
  timeoutEarlyMs: 1000,
  log: (line) => process.stdout.write(`${line}\n`),
  body: "json",
};

function validate(options: HttpHandlerOptions): Required<HttpHandlerOptions> {
  for (const name of Object.keys(options)) {
    if (!Object.hasOwn(defaults, name)) {
      throw new InvalidInputError(
        "http.invalid_option",
        `Unknown httpHandler option ${JSON.stringify(name)}`,
      );
    }
  }
  const settings = { ...defaults, ...options, log: logWriter(options.log ?? defaults.log) };
  for (const name of ["maxBodyBytes", "timeoutEarlyMs"] as const) {
    if (!Number.isSafeInteger(settings[name]) || settings[name] < 0) {
      throw new InvalidInputError(
        "http.invalid_option",
        `httpHandler ${name} must be a non-negative integer`,
      );
    }
  }
  if (settings.cors !== false && !Array.isArray(settings.cors.origins)) {
    throw new InvalidInputError(
      "http.invalid_option",
      "httpHandler cors.origins must be an array of origins",
    );
  }
  return settings;
}

function readRequest(event: APIGatewayProxyEventV2, context: Context, signal: AbortSignal): HttpRequest {
  const { requestId, traceId, body, rawBody } = stateOf(event);
  return {
    method: event.requestContext.http.method.toUpperCase(),
    path: event.rawPath,
    routeKey: event.routeKey,
    pathParameters: { ...event.pathParameters } as Record<string, string>,
    query: { ...event.queryStringParameters } as Record<string, string>,
    headers: event.headers as Record<string, string>,
    cookies: event.cookies ?? [],
    body,
    rawBody,
    requestId,
    traceId,
    signal,
    event,
    context,
  };
}

function writeResult(result: HttpResult): APIGatewayProxyStructuredResultV2 {
  const statusCode = result.status ?? 200;
  if (result.rawBody !== undefined) {
    // Bytes as they are, whatever their type: base64, which API Gateway (and the local server) decode.
    return {
      statusCode,
      headers: { ...result.headers },
      body: result.rawBody.toString("base64"),
      isBase64Encoded: true,
      ...(result.cookies !== undefined && { cookies: result.cookies }),
    };
  }
  const hasBody = result.body !== undefined && statusCode !== 204 && statusCode !== 304;
  return {
    statusCode,
    headers: { ...(hasBody && { "content-type": "application/json" }), ...result.headers },
    ...(hasBody && { body: JSON.stringify(result.body) }),
    ...(result.cookies !== undefined && { cookies: result.cookies }),
  };
}

/**
 * A Lambda handler for API Gateway HTTP API (payload 2.0) events around a route function: header normalization,
 * request and trace ids, JSON body parsing (base64 too) with a size limit, CORS, and errors mapped by kind to a
 * status with a `{ error, message, details? }` body. Middlewares run in this order on the way in; the error path
 * runs them backwards, so the error is mapped, rendered, then given its id and CORS headers.
 */
export function httpHandler(route: RouteFunction, options: HttpHandlerOptions = {}): LambdaHttpHandler {
  const settings = validate(options);
  const { cors } = settings;
  const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(
    async (event: APIGatewayProxyEventV2, context: Context, { signal }: { signal: AbortSignal }) =>
      writeResult(await route(readRequest(event, context, signal))),
    {
      timeoutEarlyInMillis: settings.timeoutEarlyMs,
      timeoutEarlyResponse: () => {
        throw new HandlerTimeoutError("http.timeout", "The request did not finish in time");
      },
    },
  )
    .use(httpHeaderNormalizer())
    .use(
      cors === false
        ? {
            before: (request) =>
              request.event.requestContext.http.method === "OPTIONS" ? { statusCode: 204 } : undefined,
          }
        : httpCors({
            origins: cors.origins,
            credentials: cors.credentials ?? false,
            headers: CORS_ALLOWED_HEADERS.join(","),
            exposeHeaders: CORS_EXPOSED_HEADERS.join(","),
            maxAge: cors.maxAgeSeconds ?? 300,
            disableBeforePreflightResponse: false,
          }),
    )
    .use(requestIds())
    .use(httpErrorHandler({ logger: false, fallbackMessage: JSON.stringify(INTERNAL_ERROR) }))
    .use(errorMapping(settings.log))
    .use(jsonBody({ maxBodyBytes: settings.maxBodyBytes, json: settings.body === "json" }));
  return handler as LambdaHttpHandler;
}
