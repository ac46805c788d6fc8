// The public HTTP API: an API Gateway HTTP API ("Api", payload 2.0) with one Lambda per route of the route table
// (functions/http/route-table.ts), in the VPC's private subnets next to ElastiCache and linked to Redis. API Gateway
// authorizes (JWT or IAM), throttles, answers CORS and writes access logs, so the handlers only do the work.
import { httpRoutes } from "../functions/http/route-table";
import { vpc } from "./network";
import { redis } from "./redis";
import { choiceSetting, integerSetting, listSetting, setting } from "./settings";
import { proxyGroup } from "./workers";

const production = $app.stage === "production";

// API Gateway stops waiting for a Lambda after 30 s. Routes that may work that long (request-reply up to its
// deadline, redrive up to its 25 s rate bound) get 29 s, and their handler answers 504 itself a second before the
// Lambda timeout (Middy's timeoutEarly), so callers get Sluice's `http.timeout` rather than API Gateway's own answer.
const longRouteTimeoutSeconds = 29;
// The deadline of a request that names none (`?timeoutMs=` may ask for more, up to the handler's own 28 s).
// At least 2 s of margin is kept below those 28 s for appending the request and reading the reply.
const requestTimeoutMs = integerSetting(
  "SLUICE_REQUEST_TIMEOUT_MS",
  10_000,
  100,
  (longRouteTimeoutSeconds - 1 - 2) * 1000,
);

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

// CORS in one place: API Gateway, configured from SLUICE_CORS_ORIGINS at deploy time. It answers preflights itself
// (no Lambda invoked, no OPTIONS routes, no authorizer in the way) and ignores CORS headers from the handlers, so
// the variable is deliberately not passed to the Lambdas. Unset: CORS off (SST would otherwise allow every origin).
// API Gateway matches exact origins, `*`, `https://*` and `http://*`; `https://*.example.com` is not supported.
const corsOrigins = listSetting("SLUICE_CORS_ORIGINS");
for (const origin of corsOrigins) {
  if (!/^(\*|https?:\/\/\*|https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?)$/i.test(origin)) {
    throw new Error(
      `SLUICE_CORS_ORIGINS: API Gateway cannot match ${JSON.stringify(origin)}: list exact origins like ` +
        "https://app.example.com, or *, https://*, http://*",
    );
  }
}

// Throttling per route (API Gateway's stage default route settings), in requests per second with a token bucket
// of `burst`. Over it, API Gateway answers 429 before any Lambda runs. The seed's load is 30,000 requests/minute
// (500/s) on the request route; production allows twice that. The account-wide limit (10,000/s) still applies.
const rateLimit = integerSetting("SLUICE_API_RATE_LIMIT", production ? 1000 : 50);
const burstLimit = integerSetting("SLUICE_API_BURST_LIMIT", production ? 2000 : 100);

export const api = new sst.aws.ApiGatewayV2("Api", {
  link: [redis],
  cors:
    corsOrigins.length > 0
      ? {
          allowOrigins: corsOrigins,
          allowMethods: [...new Set(httpRoutes.map((route) => route.method))],
          // The same lists as the handlers' own CORS (packages/http), used by npm start.
          allowHeaders: ["authorization", "content-type", "traceparent", "x-api-key", "x-trace-id"],
          exposeHeaders: ["retry-after", "x-request-id", "x-trace-id"],
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

// Auth on every route not marked `public` (the health check, for monitors), chosen at deploy time:
// - jwt: SLUICE_JWT_ISSUER (the OIDC issuer URL: Cognito, Auth0, …) and SLUICE_JWT_AUDIENCE (comma-separated);
//   callers send `Authorization: Bearer <token>`, API Gateway checks it and answers 401 itself.
// - iam: SigV4-signed requests from AWS principals granted execute-api:Invoke on the API (service to service);
//   unsigned or unauthorized callers get 403 from API Gateway. The default when no JWT issuer is configured, so a
//   deploy without auth settings is closed rather than open.
// - none: no credentials at all, for a throwaway stage under load tests; refused in production.
const jwtIssuer = setting("SLUICE_JWT_ISSUER");
const jwtAudiences = listSetting("SLUICE_JWT_AUDIENCE");
if ((jwtIssuer === undefined) !== (jwtAudiences.length === 0)) {
  throw new Error("Set SLUICE_JWT_ISSUER and SLUICE_JWT_AUDIENCE together (JWT auth), or neither");
}
export const authMode = choiceSetting(
  "SLUICE_API_AUTH",
  ["jwt", "iam", "none"],
  jwtIssuer === undefined ? "iam" : "jwt",
);
if (authMode === "jwt" && jwtIssuer === undefined) {
  throw new Error("SLUICE_API_AUTH=jwt needs SLUICE_JWT_ISSUER and SLUICE_JWT_AUDIENCE");
}
if (authMode === "none" && production) {
  throw new Error("SLUICE_API_AUTH=none is refused for the production stage");
}

const jwtAuthorizer =
  authMode === "jwt" && jwtIssuer !== undefined
    ? api.addAuthorizer({ name: "Jwt", jwt: { issuer: jwtIssuer, audiences: jwtAudiences } })
    : undefined;
const protectedAuth = jwtAuthorizer
  ? { jwt: { authorizer: jwtAuthorizer.id } }
  : authMode === "iam"
    ? { iam: true }
    : false;

// Read by the handlers through functions/runtime-config.ts (loadRequestConfig).
const environment = {
  // One Lambda invocation waits for one reply: block on the request's own reply list.
  SLUICE_REPLY_MODE: "list",
  SLUICE_REQUEST_TIMEOUT_MS: String(requestTimeoutMs),
  SLUICE_REQUEST_BACKLOG_LIMIT: String(integerSetting("SLUICE_REQUEST_BACKLOG_LIMIT", 1000)),
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
      handler: route.handler,
      runtime: "nodejs24.x",
      // Pure JavaScript dependencies: arm64 is about 20% cheaper per GB-second with nothing to cross-compile.
      architecture: "arm64",
      ...defaults,
      ...overrides[route.path],
      vpc,
      environment,
      logging: { retention: production ? "3 months" : "1 week" },
    },
    { name, auth: route.public ? false : protectedAuth },
  );
  routeFunctions.push({ name, fn: apiRoute.nodes.function.apply((fn) => fn.nodes.function) });
}
