import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { bearerToken, type Caller, InvalidInputError, logWriter, type TokenTable } from "@sluice/streams";
import type { Context } from "aws-lambda";
import { fromLambdaResult, type HttpResponse, toApiGatewayEvent } from "./api-gateway-event.ts";
import { scopeText } from "./caller.ts";
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
  /**
   * Required: the bearer tokens every route that is not `public` needs (`Authorization: Bearer <token>`, 401 without
   * one or with an unknown one); the handler's event carries the token's caller as API Gateway's JWT authorizer
   * would (`requestContext.authorizer.jwt.claims`: `sub` its name, `scope` its scopes). `"none"` serves every
   * request without authentication and without a caller in the event (handlers in SLUICE_API_AUTH=none mode).
   */
  tokens: TokenTable | "none";
  /** Largest body accepted at all, bytes (default 10 MiB, API Gateway HTTP API's limit); 413 beyond. */
  maxBodyBytes?: number;
  /** A handler that has not answered by then gets a 504, like API Gateway's integration timeout (default 30 s). */
  timeoutMs?: number;
  /** Handler crashes and timeouts, one JSON line each (default stdout). */
  log?: LogWriter;
  /**
   * Plain pages beside the API by exact path, e.g. npm start's `/dashboard`: GET and HEAD only, answered by the
   * function itself (no Lambda event, no token), before any route is matched.
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
const KNOWN_OPTIONS = new Set([...Object.keys(defaults), "routes", "tokens"]);

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

/** What API Gateway's JWT authorizer puts in the event for a token of this caller. */
function jwtAuthorizer(caller: Caller) {
  return {
    jwt: { claims: { sub: caller.name, scope: caller.scopes.map(scopeText).join(" ") }, scopes: null },
  };
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
  if (options.tokens === undefined) {
    throw new InvalidInputError(
      "http.invalid_option",
      'createLocalServer needs tokens: a TokenTable, or "none" to serve without authentication',
    );
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

  /** The token's caller; a 401 answer without a known token; undefined where no token is needed. */
  function authenticate(
    match: RouteMatch,
    method: string,
    headers: IncomingMessage["headers"],
  ): Caller | HttpResponse | undefined {
    const { tokens } = settings;
    if (tokens === "none" || match.route.public || method === "OPTIONS") return undefined;
    const token = bearerToken(headers.authorization);
    const caller = token === undefined ? undefined : tokens.lookup(token);
    if (caller !== undefined) return caller;
    const problem =
      token === undefined
        ? new UnauthorizedError("http.unauthorized", "Missing token: send Authorization: Bearer <token>")
        : new UnauthorizedError("http.unauthorized", "Unknown token");
    return json(401, errorBody(problem), { "www-authenticate": "Bearer" });
  }

  async function invoke(
    match: RouteMatch,
    request: IncomingMessage,
    body: Buffer,
    caller: Caller | undefined,
  ): Promise<HttpResponse> {
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
    if (caller !== undefined) Object.assign(event.requestContext, { authorizer: jwtAuthorizer(caller) });
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
    const caller = authenticate(found, method, request.headers);
    if (caller !== undefined && "status" in caller) return write(response, caller, closing);
    write(response, await invoke(found, request, body, caller), closing);
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
