// The public HTTP API: an API Gateway HTTP API ("Api", payload 2.0) with one Lambda per route of the route table
// (functions/http/route-table.ts), in the VPC's private subnets next to ElastiCache and linked to Redis. API Gateway
// authenticates (JWT or IAM), throttles, answers CORS and writes access logs; the handlers check each route's
// operation on its stream and each caller's rate.
import { CORS_ALLOWED_HEADERS, CORS_EXPOSED_HEADERS } from "@sluice/http/cors-headers";
import { SCOPE_PREFIX } from "@sluice/http/scope-prefix";
import { scopesAllowing } from "@sluice/streams/scopes";
import { type HttpRoute, httpRoutes } from "../functions/http/route-table";
import { lambdaDefaults } from "./lambda";
import { proxyGroup } from "./proxy";
import { redisLinks } from "./redis";
import { production, stage } from "./stage-settings";

// API Gateway stops waiting for a Lambda after 30 s. Routes that may work that long (request-reply up to its
// deadline, redrive up to its 25 s rate bound) get 29 s, and their handler answers 504 itself a second before the
// Lambda timeout (Middy's timeoutEarly), so callers get Sluice's `http.timeout` rather than API Gateway's own answer.
const longRouteTimeoutSeconds = 29;
// The deadline of a request that names none (`?timeoutMs=` may ask for more, up to the handler's own 28 s).
// At least 2 s of margin is kept below those 28 s for appending the request and reading the reply: the stage
// settings allow at most 26 s.
const requestTimeoutMs = stage.requestTimeoutMs;

// Lambda settings per route, by path; every other route gets `defaults`. Memory also buys CPU on Lambda.
const defaults = { memory: "512 MB", timeout: "10 seconds" } as const;
const overrides: Record<string, { memory?: `${number} MB`; timeout?: `${number} seconds` }> = {
  // Bodies up to 6 MiB and batches of 500 entries are parsed and validated.
  "/v1/streams/{stream}/messages": { memory: "1024 MB" },
  // Redrive paces itself up to 25 s (limit / ratePerSecond, checked by the handler).
  "/v1/streams/{stream}/dlq/redrive": { timeout: `${longRouteTimeoutSeconds} seconds` },
  // Waits for the reply until the request's deadline.
  "/v1/requests/{route}": { timeout: `${longRouteTimeoutSeconds} seconds` },
};

// CORS in one place: API Gateway, configured from the stage's `corsOrigins` (infra/stages.ts). It answers preflights
// itself (no Lambda invoked, no OPTIONS routes, no authorizer in the way) and ignores CORS headers from the handlers,
// so the origins are deliberately not passed to the Lambdas. Empty: CORS off (SST would otherwise allow every
// origin). API Gateway matches exact origins, `*`, `https://*` and `http://*` (checked with the stage's settings).
const corsOrigins = stage.corsOrigins;

// Throttling per route (API Gateway's stage default route settings), in requests per second with a token bucket
// of `burst`. Over it, API Gateway answers 429 before any Lambda runs. The seed's load is 30,000 requests/minute
// (500/s) on the request route; production allows twice that. The account-wide limit (10,000/s) still applies.
const rateLimit = stage.apiRateLimit;
const burstLimit = stage.apiBurstLimit;

export const api = new sst.aws.ApiGatewayV2("Api", {
  link: redisLinks,
  cors:
    corsOrigins.length > 0
      ? {
          allowOrigins: corsOrigins,
          allowMethods: [...new Set(httpRoutes.map((route) => route.method))],
          // The same lists as the handlers' own CORS (packages/http), used by npm start.
          allowHeaders: CORS_ALLOWED_HEADERS,
          exposeHeaders: CORS_EXPOSED_HEADERS,
          maxAge: "5 minutes",
        }
      : false,
  // SST writes JSON access logs (request id, route, status, latencies, caller IP) to CloudWatch by default.
  accessLog: { retention: production ? "3 months" : "1 week" },
  transform: {
    stage: {
      defaultRouteSettings: {
        throttlingRateLimit: rateLimit,
        throttlingBurstLimit: burstLimit,
        // Per-route 4xx, 5xx, latency and count metrics, next to the API-wide ones.
        detailedMetricsEnabled: true,
      },
    },
  },
});

// Auth on every route but the public one (the health check, for monitors), from the stage's `apiAuth`; the handlers
// read the caller from the event in the same mode (SLUICE_API_AUTH) and check each route's operation themselves
// (its `access` in the route table; docs/http-api.md, Authorization):
// - jwt: an OIDC issuer URL (Cognito, Auth0, …) and audiences; callers send `Authorization: Bearer <token>`, API
//   Gateway checks it and answers 401 itself. A route whose stream is fixed (POST /v1/frames: publish on
//   frames.input) also lists the scopes that allow it, so API Gateway answers 403 before any Lambda runs; routes
//   whose stream comes from the path are checked by the handler alone (a scope list cannot name every stream).
// - iam: SigV4-signed requests from AWS principals granted execute-api:Invoke on the route's resource ARN
//   (`<the API's execution ARN>/$default/POST/v1/streams/orders/messages`: per method and path, so per stream;
//   docs/http-api.md lists them); unsigned or unauthorized callers get 403 from API Gateway. The default outside
//   production, so a stage without auth settings is closed rather than open; production must choose
//   (infra/stages.ts).
// - none: no credentials at all, for a throwaway stage under load tests; refused in production.
export const authMode = typeof stage.apiAuth === "object" ? "jwt" : stage.apiAuth;
const jwt = typeof stage.apiAuth === "object" ? stage.apiAuth.jwt : undefined;

const jwtAuthorizer = jwt ? api.addAuthorizer({ name: "Jwt", jwt }) : undefined;

/** A route's auth: none for the public route, else the stage's, with the route's scopes where its stream is fixed. */
function routeAuth({ access }: HttpRoute) {
  if (access === "public") return false;
  if (jwtAuthorizer === undefined) return authMode === "iam" ? { iam: true } : false;
  const fixed = "stream" in access && !access.stream.includes("{") ? access : undefined;
  const scopes = fixed
    ? scopesAllowing(fixed.operation, fixed.stream).flatMap((scope) => [scope, `${SCOPE_PREFIX}${scope}`])
    : undefined;
  return { jwt: { authorizer: jwtAuthorizer.id, ...(scopes && { scopes }) } };
}

const callerRate = stage.callerRateLimit;

// Read by the handlers through functions/config/http.ts and functions/config/requests.ts.
const environment = {
  SLUICE_API_AUTH: authMode,
  SLUICE_API_RATE_PER_SECOND: callerRate === "off" ? "off" : String(callerRate.perSecond),
  ...(callerRate !== "off" && { SLUICE_API_RATE_BURST: String(callerRate.burst) }),
  // One Lambda invocation waits for one reply: block on the request's own reply list.
  SLUICE_REPLY_MODE: "list",
  SLUICE_REQUEST_TIMEOUT_MS: String(requestTimeoutMs),
  SLUICE_REQUEST_BACKLOG_LIMIT: String(stage.requestBacklogLimit),
  SLUICE_PROXY_GROUP: proxyGroup,
};

/** The Lambda function of each route, by its readable name (for the alarms of infra/alarms.ts). */
export const routeFunctions: { name: string; fn: $util.Output<aws.lambda.Function> }[] = [];

for (const route of httpRoutes) {
  // `functions/http/list-streams.handler` → `ListStreams`: stable, readable resource names (ApiRouteListStreams).
  const file =
    route.handler
      .split("/")
      .at(-1)
      ?.replace(/\.handler$/, "") ?? route.handler;
  const name = file.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
  const apiRoute = api.route(
    `${route.method} ${route.path}`,
    {
      ...lambdaDefaults,
      handler: route.handler,
      ...defaults,
      ...overrides[route.path],
      environment,
    },
    { name, auth: routeAuth(route) },
  );
  routeFunctions.push({ name, fn: apiRoute.nodes.function.apply((fn) => fn.nodes.function) });
}
