// Loads the route table (functions/http/route-table.ts, plain data that infra/api.ts also reads) into handler
// functions for the local server (npm start, tests): the same handler modules API Gateway invokes in the cloud.
import type { RouteDefinition } from "@sluice/http";
import { type HttpRoute, httpRoutes } from "../http/route-table.ts";

const ROOT = new URL("../../", import.meta.url);

/**
 * The routes with their handler functions loaded, for createLocalServer. (Its return type is also what keeps the
 * route table's methods within @sluice/http's HttpMethod, which route-table.ts cannot import.)
 */
export async function loadRoutes(routes: readonly HttpRoute[] = httpRoutes): Promise<RouteDefinition[]> {
  return Promise.all(
    routes.map(async (route) => {
      const file = new URL(`${route.handler.replace(/\.handler$/, "")}.ts`, ROOT);
      const module = (await import(file.href)) as { handler: RouteDefinition["handler"] };
      return {
        method: route.method,
        path: route.path,
        handler: module.handler,
        public: route.access === "public",
      };
    }),
  );
}
