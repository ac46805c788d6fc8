// The HTTP API's routes as plain data: infra/api.ts turns each into an API Gateway route with its Lambda (`handler`
// is the SST handler string) and functions/shared/load-routes.ts loads the same handler modules for the local server
// (npm start, tests).
// No imports at all, so the SST app can read it: its type-check and bundle must not pull in the workspace packages.

/** The methods a route may use; a subset of `HttpMethod` of @sluice/http (load-routes.ts checks that it stays one). */
export type HttpRouteMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The operations of scopes a route may need (`Operation` of @sluice/streams; test/http-authz.test.ts keeps them equal). */
export type HttpRouteOperation = "publish" | "read" | "ack" | "redrive" | "admin";

export interface HttpRoute {
  method: HttpRouteMethod;
  /** API Gateway route path, `{name}` for a path parameter. */
  path: string;
  /** `functions/http/<file>.handler`, relative to the repository root. */
  handler: string;
  /**
   * What the caller needs, checked by the handler (docs/http-api.md, Authorization): `operation` on `stream`, where
   * `{name}` stands for the path parameter's value (`rr.{route}`). `filtered`: the route answers with only the
   * streams the caller may do `operation` on, so it needs no particular scope. `public`: no credentials at all (no
   * authorizer in the cloud, no token locally).
   */
  access:
    | { operation: HttpRouteOperation; stream: string }
    | { operation: HttpRouteOperation; filtered: true }
    | "public";
}

export const httpRoutes: readonly HttpRoute[] = [
  { method: "GET", path: "/v1/health", handler: "functions/http/health.handler", access: "public" },
  {
    method: "GET",
    path: "/v1/streams",
    handler: "functions/http/list-streams.handler",
    access: { operation: "read", filtered: true },
  },
  {
    method: "GET",
    path: "/v1/streams/{stream}",
    handler: "functions/http/get-stream.handler",
    access: { operation: "read", stream: "{stream}" },
  },
  {
    method: "POST",
    path: "/v1/streams/{stream}/messages",
    handler: "functions/http/append-messages.handler",
    access: { operation: "publish", stream: "{stream}" },
  },
  {
    method: "POST",
    path: "/v1/streams/{stream}/dlq/redrive",
    handler: "functions/http/redrive-dlq.handler",
    access: { operation: "redrive", stream: "{stream}" },
  },
  {
    method: "POST",
    path: "/v1/requests/{route}",
    handler: "functions/http/send-request.handler",
    access: { operation: "publish", stream: "rr.{route}" },
  },
  {
    method: "POST",
    path: "/v1/frames",
    handler: "functions/http/post-frames.handler",
    access: { operation: "publish", stream: "frames.input" },
  },
];
