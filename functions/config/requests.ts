// Request-reply's two sides: the proxy workers (functions/services/proxy.ts, npm start), which serve the routes of
// SLUICE_PROXY_ROUTES, and the ingress that sends requests (the HTTP route POST /v1/requests/{route}, npm start).
import { type Environment, invalid, list, oneOf, positiveInteger, text } from "./env.ts";
import { type RedisConfig, withRedis } from "./redis.ts";

/** One route a proxy worker serves: a built-in (`echo`, `delay`) or an HTTP forwarder to `url`. */
type ProxyRouteConfig =
  | { route: string; kind: "echo" | "delay" }
  | { route: string; kind: "forward"; url: string };

interface ProxySettings {
  routes: ProxyRouteConfig[];
  /** Requests handled at once per route by one process. */
  terminals: number;
  group: string;
  visibilityTimeoutMs: number;
  shutdownTimeoutMs: number;
  /** Longest wait for a forwarder's upstream (always cut to the request's deadline). */
  forwardTimeoutMs: number;
}

export type ProxyConfig = RedisConfig & ProxySettings;

/** What an ingress needs to send requests (the HTTP routes, npm start). */
interface RequestConfig {
  group: string;
  backlogLimit: number;
  defaultTimeoutMs: number;
  /** "list": one blocking read per request (Lambda); "stream": one shared reply stream (a long-running server). */
  replyMode: "list" | "stream";
}

const ROUTE = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** `echo,delay,orders=https://upstream.example.com/orders,bench=delay` */
function proxyRoutes(env: Environment): ProxyRouteConfig[] {
  const name = "SLUICE_PROXY_ROUTES";
  const routes = list(env, name, "echo,delay").map((item): ProxyRouteConfig => {
    const [route = "", target] = item.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!ROUTE.test(route)) {
      throw invalid(`${name}: invalid route name ${JSON.stringify(route)} (a-z 0-9 . _ -, at most 64)`, name);
    }
    const kind = target ?? route;
    if (kind === "echo" || kind === "delay") return { route, kind };
    if (target === undefined) {
      throw invalid(`${name}: route ${route} is not built in: write ${route}=https://upstream/path`, name);
    }
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw invalid(`${name}: route ${route} needs an http(s) URL, got ${JSON.stringify(target)}`, name);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw invalid(`${name}: route ${route} needs an http(s) URL, got ${JSON.stringify(target)}`, name);
    }
    return { route, kind: "forward", url: url.toString() };
  });
  if (new Set(routes.map((r) => r.route)).size !== routes.length)
    throw invalid(`${name} names a route twice: ${env[name]}`, name);
  return routes;
}

/**
 * The proxy worker's configuration: Redis as redis.ts finds it, SLUICE_PROXY_ROUTES (default `echo,delay`),
 * SLUICE_PROXY_TERMINALS (default 5), SLUICE_PROXY_GROUP (default `proxy`), SLUICE_PROXY_VISIBILITY_TIMEOUT_MS
 * (default 5000), SLUICE_SHUTDOWN_TIMEOUT_MS (default 10000) and SLUICE_PROXY_FORWARD_TIMEOUT_MS (default 10000).
 */
export const loadProxyConfig = withRedis(
  (env): ProxySettings => ({
    routes: proxyRoutes(env),
    terminals: positiveInteger(env, "SLUICE_PROXY_TERMINALS") ?? 5,
    group: text(env, "SLUICE_PROXY_GROUP") ?? "proxy",
    visibilityTimeoutMs: positiveInteger(env, "SLUICE_PROXY_VISIBILITY_TIMEOUT_MS") ?? 5000,
    shutdownTimeoutMs: positiveInteger(env, "SLUICE_SHUTDOWN_TIMEOUT_MS") ?? 10_000,
    forwardTimeoutMs: positiveInteger(env, "SLUICE_PROXY_FORWARD_TIMEOUT_MS") ?? 10_000,
  }),
);

/**
 * The ingress side of request-reply: SLUICE_REQUEST_BACKLOG_LIMIT (default 1000 requests waiting or in progress
 * per route before 503), SLUICE_REQUEST_TIMEOUT_MS (default 10000), SLUICE_PROXY_GROUP (default `proxy`) and
 * SLUICE_REPLY_MODE (`list`, the default, for Lambda; `stream` for a long-running server such as npm start).
 */
export function loadRequestConfig(env: Environment = process.env): RequestConfig {
  return {
    group: text(env, "SLUICE_PROXY_GROUP") ?? "proxy",
    backlogLimit: positiveInteger(env, "SLUICE_REQUEST_BACKLOG_LIMIT") ?? 1000,
    defaultTimeoutMs: positiveInteger(env, "SLUICE_REQUEST_TIMEOUT_MS") ?? 10_000,
    replyMode: oneOf(env, "SLUICE_REPLY_MODE", ["list", "stream"]) ?? "list",
  };
}
