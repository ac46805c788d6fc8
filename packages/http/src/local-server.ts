import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { InvalidInputError, logWriter } from "@sluice/streams";
import type { Context } from "aws-lambda";
import { fromLambdaResult, type HttpResponse, toApiGatewayEvent } from "./api-gateway-event.ts";
import { type ErrorBody, errorBody, INTERNAL_ERROR, UnauthorizedError } from "./errors.ts";
import { MiB } from "./http-handler.ts";
import { createRouteMatcher, type RouteMatch } from "./route-matcher.ts";
import type { LogWriter, RouteDefinition } from "./types.ts";

export interface LocalServerOptions {
  routes: RouteDefinition[];
  /** Default 3000; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** When set, every route that is not `public` needs this value in the `x-api-key` header (401 otherwise). */
  apiKey?: string;
  /** Largest body accepted at all, bytes (default 10 MiB, API Gateway HTTP API's limit); 413 beyond. */
  maxBodyBytes?: number;
  /** A handler that has not answered by then gets a 504, like API Gateway's integration timeout (default 30 s). */
  timeoutMs?: number;
  /** Handler crashes and timeouts, one JSON line each (default stdout). */
  log?: LogWriter;
  /**
   * Plain pages beside the API by exact path, e.g. npm start's `/dashboard`: GET and HEAD only, answered by the
   * function itself (no Lambda event, no API key), before any route is matched.
   */
  pages?: Record<string, () => Promise<HttpResponse>>;
}

export interface LocalServer {
  /** `http://127.0.0.1:3000` */
  readonly url: string;
  readonly port: number;
  /** Stops accepting, lets requests in flight finish for up to `graceMs` (default 5000), then closes the rest. */
  close(graceMs?: number): Promise<void>;
}

const defaults = {
  port: 3000,
  host: "127.0.0.1",
  maxBodyBytes: 10 * MiB,
  timeoutMs: 30_000,
  log: (line: string) => process.stdout.write(`${line}\n`),
  pages: {} as Record<string, () => Promise<HttpResponse>>,
};
const KNOWN_OPTIONS = new Set([...Object.keys(defaults), "routes", "apiKey"]);

function json(status: number, body: ErrorBody, headers: Record<string, string> = {}): HttpResponse {
  return {
    status,
    headers: { "content-type": "application/json", ...headers },
    cookies: [],
    body: Buffer.from(JSON.stringify(body)),
  };
}

/** The body, or undefined when it is over the limit (the rest is read and dropped, so the client sees a 413). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    request.on("end", () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
    request.on("error", reject);
    // Settles nothing after "end"; before it, the client went away mid-body.
    request.on("close", () => reject(new Error("the client closed the connection before the body ended")));
  });
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function lambdaContext(routeKey: string, timeoutMs: number): Context {
  const deadline = Date.now() + timeoutMs;
  const name = `local-${routeKey.replace(/[^A-Za-z0-9-]+/g, "-")}`.slice(0, 64);
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`,
    memoryLimitInMB: "1024",
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

function write(response: ServerResponse, reply: HttpResponse, closing: boolean): void {
  response.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers)) response.setHeader(name, value);
  if (reply.cookies.length > 0) response.setHeader("set-cookie", reply.cookies);
  if (closing) response.setHeader("connection", "close");
  response.end(reply.body);
}

/**
 * Serves Lambda handlers written for API Gateway HTTP API (payload 2.0) over node:http: each request becomes the
 * event API Gateway would send (see toApiGatewayEvent), the matched route's handler runs, and its result is written
 * back. Unknown paths get 404, known paths with another method 405, both as JSON; OPTIONS on a known path goes to
 * one of its handlers (their CORS middleware answers preflights).
 */
export async function createLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  for (const name of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(name)) {
      throw new InvalidInputError(
        "http.invalid_option",
        `Unknown createLocalServer option ${JSON.stringify(name)}`,
      );
    }
  }
  const settings = { ...defaults, ...options, log: logWriter(options.log ?? defaults.log) };
  const resolve = createRouteMatcher(settings.routes);
  let closing = false;

  function route(method: string, path: string): RouteMatch | HttpResponse {
    const found = resolve(method, path);
    if ("match" in found) return found.match;
    if ("allowed" in found) {
      const preflight = method === "OPTIONS" ? resolve(found.allowed[0] as string, path) : undefined;
      if (preflight !== undefined && "match" in preflight) return preflight.match;
      return json(
        405,
        {
          error: "http.method_not_allowed",
          message: `${method} is not allowed on ${path}: use ${found.allowed.join(", ")}`,
        },
        { allow: found.allowed.join(", ") },
      );
    }
    return json(404, { error: "http.route_not_found", message: `No route for ${method} ${path}` });
  }

  function authorize(
    match: RouteMatch,
    method: string,
    headers: IncomingMessage["headers"],
  ): HttpResponse | undefined {
    if (settings.apiKey === undefined || match.route.public || method === "OPTIONS") return undefined;
    const given = headers["x-api-key"];
    if (typeof given === "string" && given !== "" && sameSecret(given, settings.apiKey)) return undefined;
    const problem =
      typeof given === "string" && given !== ""
        ? new UnauthorizedError("http.unauthorized", "Invalid API key")
        : new UnauthorizedError("http.unauthorized", "Missing API key: send it in the x-api-key header");
    return json(401, errorBody(problem));
  }

  async function invoke(match: RouteMatch, request: IncomingMessage, body: Buffer): Promise<HttpResponse> {
    const method = (request.method ?? "GET").toUpperCase();
    const event = toApiGatewayEvent(
      {
        method,
        url: request.url ?? "/",
        rawHeaders: request.rawHeaders,
        body,
        sourceIp: request.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "127.0.0.1",
      },
      match,
    );
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((done) => {
      timer = setTimeout(() => done("timeout"), settings.timeoutMs);
    });
    try {
      const result = await Promise.race([
        match.route.handler(event, lambdaContext(match.routeKey, settings.timeoutMs)),
        timedOut,
      ]);
      if (result !== "timeout") return fromLambdaResult(result);
      settings.log(
        JSON.stringify({
          level: "error",
          msg: "handler timed out",
          routeKey: match.routeKey,
          requestId: event.requestContext.requestId,
        }),
      );
      return json(504, {
        error: "http.gateway_timeout",
        message: `No answer within ${settings.timeoutMs} ms`,
      });
    } catch (error) {
      const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
      settings.log(
        JSON.stringify({
          level: "error",
          msg: "handler failed",
          routeKey: match.routeKey,
          requestId: event.requestContext.requestId,
          error: { name, message, stack },
        }),
      );
      return json(500, INTERNAL_ERROR);
    } finally {
      clearTimeout(timer);
    }
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? "GET").toUpperCase();
    const path = (request.url ?? "/").split("?")[0] as string;
    const body = await readBody(request, settings.maxBodyBytes);
    const page = Object.hasOwn(settings.pages, path) ? settings.pages[path] : undefined;
    if (page) {
      if (method === "GET" || method === "HEAD") return write(response, await page(), closing);
      const message = `${method} is not allowed on ${path}: use GET, HEAD`;
      const reply = json(405, { error: "http.method_not_allowed", message }, { allow: "GET, HEAD" });
      return write(response, reply, closing);
    }
    const found = route(method, path);
    if (!("route" in found)) return write(response, found, closing);
    if (body === undefined) {
      const limit = settings.maxBodyBytes;
      return write(
        response,
        json(413, {
          error: "http.body_too_large",
          message: `Request body is over the limit of ${limit} bytes`,
          details: { limit },
        }),
        closing,
      );
    }
    write(
      response,
      authorize(found, method, request.headers) ?? (await invoke(found, request, body)),
      closing,
    );
  }

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      settings.log(JSON.stringify({ level: "error", msg: "request failed", error: String(error) }));
      if (!response.headersSent) write(response, json(500, INTERNAL_ERROR), closing);
      else response.destroy();
    });
  });
  server.listen(settings.port, settings.host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const host = settings.host.includes(":") ? `[${settings.host}]` : settings.host;
  return {
    url: `http://${host}:${port}`,
    port,
    async close(graceMs = 5000) {
      closing = true;
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(force);
    },
  };
}
