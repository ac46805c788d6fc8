// The route handlers of a proxy worker's configured routes (config/requests.ts): the built-ins of @sluice/requests
// and HTTP forwarders, each forwarder waiting at most the configured time for its upstream.
import { delayRoute, echoRoute, forwardTo, type RouteHandler } from "@sluice/requests";
import type { ProxyConfig } from "../config/requests.ts";

export function proxyRoutes(config: ProxyConfig): Record<string, RouteHandler> {
  const routes: Record<string, RouteHandler> = {};
  for (const route of config.routes) {
    if (route.kind === "forward")
      routes[route.route] = forwardTo(route.url, { timeoutMs: config.forwardTimeoutMs });
    else routes[route.route] = route.kind === "echo" ? echoRoute() : delayRoute();
  }
  return routes;
}
