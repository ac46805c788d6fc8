import type { RouteDefinition } from "./types.ts";

export interface RouteMatch {
  route: RouteDefinition;
  /** `POST /v1/streams/{stream}/messages`, as API Gateway names the route. */
  routeKey: string;
  pathParameters: Record<string, string>;
}

/** What a path resolves to: a route for the method, or the methods the path has (405), or nothing (404). */
export type Resolution = { match: RouteMatch } | { allowed: string[] } | { notFound: true };

interface CompiledRoute {
  route: RouteDefinition;
  pattern: RegExp;
  names: string[];
  /** Static segments first, then parameters, then greedy ones (like API Gateway's most specific match). */
  rank: number[];
}

const SEGMENT = /^\{([A-Za-z_][A-Za-z0-9_]*)(\+?)\}$/;

function compile(route: RouteDefinition): CompiledRoute {
  const names: string[] = [];
  const rank: number[] = [];
  const parts = route.path.split("/").map((segment) => {
    const parameter = SEGMENT.exec(segment);
    if (parameter === null) {
      if (/[{}]/.test(segment)) throw new Error(`Route ${route.path}: bad segment ${segment}`);
      rank.push(0);
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
    names.push(parameter[1] as string);
    rank.push(parameter[2] ? 2 : 1);
    return parameter[2] ? "(.+)" : "([^/]+)";
  });
  return { route, pattern: new RegExp(`^${parts.join("/")}$`), names, rank };
}

function moreSpecific(a: CompiledRoute, b: CompiledRoute): number {
  for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
    const difference = (a.rank[i] ?? 3) - (b.rank[i] ?? 3);
    if (difference !== 0) return difference;
  }
  return 0;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Matches `<method> <path>` against route templates like `/v1/streams/{stream}` and `/files/{path+}`. */
export function createRouteMatcher(routes: RouteDefinition[]): (method: string, path: string) => Resolution {
  const compiled = routes.map(compile).sort(moreSpecific);
  return (method, path) => {
    const allowed = new Set<string>();
    for (const candidate of compiled) {
      const found = candidate.pattern.exec(path);
      if (found === null) continue;
      const { route } = candidate;
      if (route.method !== method && route.method !== "ANY") {
        allowed.add(route.method);
        continue;
      }
      const pathParameters: Record<string, string> = {};
      candidate.names.forEach((name, i) => {
        pathParameters[name] = decode(found[i + 1] as string);
      });
      return { match: { route, routeKey: `${route.method} ${route.path}`, pathParameters } };
    }
    return allowed.size > 0 ? { allowed: [...allowed] } : { notFound: true };
  };
}
