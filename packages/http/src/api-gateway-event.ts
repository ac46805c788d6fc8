import { isUtf8 } from "node:buffer";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { randomId } from "./random-id.ts";

/** One HTTP request as the local server received it. */
export interface IncomingRequest {
  method: string;
  /** Path and query as sent: `/v1/streams?limit=10`. */
  url: string;
  /** Node's `rawHeaders`: name, value, name, value… with repeats, in order. */
  rawHeaders: string[];
  body: Buffer;
  sourceIp: string;
}

export interface MatchedRoute {
  routeKey: string;
  pathParameters: Record<string, string>;
}

/** Bodies API Gateway passes as text; any other content type (or none) arrives base64-encoded. */
const TEXT_MEDIA_TYPE =
  /^(?:text\/[^;]+|application\/(?:json|xml|javascript|x-www-form-urlencoded|graphql))\s*(?:;.*)?$/i;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `12/Mar/2020:19:03:58 +0000`, the format of `requestContext.time`. */
function clfTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

/** API Gateway's request ids look like `JjRnNhMAoAMEb2g=`. */
export function newRequestId(): string {
  return randomId(10, "base64");
}

function joinRepeats(pairs: Iterable<[string, string]>): Record<string, string> {
  const joined: Record<string, string> = {};
  for (const [name, value] of pairs) {
    joined[name] = Object.hasOwn(joined, name) ? `${joined[name]},${value}` : value;
  }
  return joined;
}

function headerPairs(raw: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2)
    pairs.push([(raw[i] as string).toLowerCase(), raw[i + 1] as string]);
  return pairs;
}

/**
 * The event API Gateway HTTP API (payload format 2.0) would hand a Lambda for this request: lower-case headers
 * (repeats joined with commas), cookies split out of the Cookie header, query parameters decoded (repeats joined
 * with commas), path parameters of the matched route, and a base64 body for content types that are not text.
 */
export function toApiGatewayEvent(
  request: IncomingRequest,
  route: MatchedRoute,
  requestId = newRequestId(),
  now = new Date(),
): APIGatewayProxyEventV2 {
  const queryAt = request.url.indexOf("?");
  const rawPath = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const rawQueryString = queryAt === -1 ? "" : request.url.slice(queryAt + 1);
  const pairs = headerPairs(request.rawHeaders);
  const cookies = pairs
    .filter(([name]) => name === "cookie")
    .flatMap(([, value]) => value.split(";"))
    .map((cookie) => cookie.trim())
    .filter(Boolean);
  const headers = joinRepeats(pairs.filter(([name]) => name !== "cookie"));
  const query = joinRepeats(new URLSearchParams(rawQueryString));
  const method = request.method.toUpperCase();
  const hasBody = request.body.length > 0;
  // Text goes as a string, unless its bytes are not UTF-8 (or are compressed): those would not survive as a string.
  const text =
    TEXT_MEDIA_TYPE.test(headers["content-type"] ?? "") &&
    headers["content-encoding"] === undefined &&
    isUtf8(request.body);
  const isBase64Encoded = hasBody && !text;
  const domainName = headers.host ?? "localhost";
  return {
    version: "2.0",
    routeKey: route.routeKey,
    rawPath,
    rawQueryString,
    ...(cookies.length > 0 && { cookies }),
    headers,
    ...(Object.keys(query).length > 0 && { queryStringParameters: query }),
    ...(Object.keys(route.pathParameters).length > 0 && { pathParameters: route.pathParameters }),
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      domainName,
      domainPrefix: domainName.split(".")[0] ?? domainName,
      http: {
        method,
        path: rawPath,
        protocol: "HTTP/1.1",
        sourceIp: request.sourceIp,
        userAgent: headers["user-agent"] ?? "",
      },
      requestId,
      routeKey: route.routeKey,
      stage: "$default",
      time: clfTime(now),
      timeEpoch: now.getTime(),
    },
    ...(hasBody && { body: request.body.toString(isBase64Encoded ? "base64" : "utf8") }),
    isBase64Encoded,
  };
}

/** A handler's result as API Gateway turns it into a response (a bare value becomes a 200 JSON body). */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  cookies: string[];
  body: Buffer;
}

export function fromLambdaResult(result: unknown): HttpResponse {
  const structured =
    result !== null && typeof result === "object" && "statusCode" in result
      ? (result as APIGatewayProxyStructuredResultV2)
      : undefined;
  if (structured === undefined) {
    const body = result === undefined ? "" : typeof result === "string" ? result : JSON.stringify(result);
    return {
      status: 200,
      headers: { "content-type": "application/json" },
      cookies: [],
      body: Buffer.from(body),
    };
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(structured.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  const body = structured.body ?? "";
  return {
    status: structured.statusCode ?? 200,
    headers,
    cookies: structured.cookies ?? [],
    body: Buffer.from(body, structured.isBase64Encoded ? "base64" : "utf8"),
  };
}
