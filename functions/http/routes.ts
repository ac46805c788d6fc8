// The HTTP API's routes, as data: infra/api.ts turns each into an API Gateway route with its Lambda (`handler` is the
// SST handler string), and the local server (npm start, tests) serves the same handler modules via loadRoutes().
// Plain data with no imports of the handlers, so infra can read it without loading Redis clients.
import type { HttpMethod, RouteDefinition } from "@sluice/http";

export interface HttpRoute {
  method: HttpMethod;
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
];

const ROOT = new URL("../../", import.meta.url);

/** The routes with their handler functions loaded, for createLocalServer. */
export async function loadRoutes(routes: readonly HttpRoute[] = httpRoutes): Promise<RouteDefinition[]> {
  return Promise.all(
    routes.map(async (route) => {
      const file = new URL(`${route.handler.replace(/\.handler$/, "")}.ts`, ROOT);
      const module = (await import(file.href)) as { handler: RouteDefinition["handler"] };
      return {
        method: route.method,
        path: route.path,
        handler: module.handler,
        public: route.public ?? false,
      };
    }),
  );
}
