// The HTTP API's routes as plain data: infra/api.ts turns each into an API Gateway route with its Lambda (`handler`
// is the SST handler string) and functions/shared/load-routes.ts loads the same handler modules for the local server
// (npm start, tests).
// No imports at all, so the SST app can read it: its type-check and bundle must not pull in the workspace packages.

/** The methods a route may use; a subset of `HttpMethod` of @sluice/http (load-routes.ts checks that it stays one). */
export type HttpRouteMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface HttpRoute {
  method: HttpRouteMethod;
  /** API Gateway route path, `{name}` for a path parameter. */
  path: string;
  /** `functions/http/<file>.handler`, relative to the repository root. */
  handler: string;
  /** Served without credentials (no authorizer in the cloud, no API key locally). */
  public?: boolean;
}

export const httpRoutes: readonly HttpRoute[] = [
  { method: "GET", path: "/v1/health", handler: "functions/http/health.handler", public: true },
  { method: "GET", path: "/v1/streams", handler: "functions/http/list-streams.handler" },
  { method: "GET", path: "/v1/streams/{stream}", handler: "functions/http/get-stream.handler" },
  {
    method: "POST",
    path: "/v1/streams/{stream}/messages",
    handler: "functions/http/append-messages.handler",
  },
  { method: "POST", path: "/v1/streams/{stream}/dlq/redrive", handler: "functions/http/redrive-dlq.handler" },
  { method: "POST", path: "/v1/requests/{route}", handler: "functions/http/send-request.handler" },
  { method: "POST", path: "/v1/frames", handler: "functions/http/post-frames.handler" },
];
