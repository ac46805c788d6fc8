import { createLocalServer, type LocalServer, type RouteDefinition } from "@sluice/http";
import type { RedisServerOptions } from "@sluice/testing";
import { useRedisReplicaSet, useRedisServer } from "@sluice/testing/clients";
import { afterAll, beforeAll } from "vitest";
import { disconnect } from "../../functions/shared/lazy-clients.ts";
import { loadRoutes } from "../../functions/shared/load-routes.ts";
import { ALL_SCOPES, bearer, type TestToken, testTokens } from "./api-tokens.ts";

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** The body parsed as JSON (undefined when empty). */
  json: Record<string, unknown> & { error?: string; message?: string };
  text: string;
  bytes: Buffer;
}

export interface ApiCall {
  body?: unknown;
  /** Sent as is instead of JSON-encoding `body`. */
  raw?: string | Buffer;
  headers?: Record<string, string>;
  /** The bearer token sent (default the all-scopes one, ALL_SCOPES); null: none. */
  token?: string | null;
}

interface ServeOptions {
  env?: Record<string, string>;
  /** Tokens besides the all-scopes one (ALL_SCOPES) every call sends unless it names another. */
  tokens?: readonly TestToken[];
  /** The routes served, made once Redis is up (default the route table's, loadRoutes). */
  routes?: () => Promise<RouteDefinition[]>;
}

/**
 * A redis-server and the HTTP API served on a free port by the local server, with the real route handlers and
 * SLUICE_* variables pointing at that Redis; `call()` sends one request, with the all-scopes token unless it names
 * another. The fields are filled in by beforeAll.
 */
export function useLocalApi(options: ServeOptions & { redis?: RedisServerOptions } = {}) {
  const redis = useRedisServer(options.redis);
  return Object.assign(
    serveLocalApi(() => redis.redis, options),
    { redis },
  );
}

/** As useLocalApi, over a primary with one replica (useRedisReplicaSet), the handlers connected to the primary. */
export function useReplicatedLocalApi(options: ServeOptions = {}) {
  const redis = useRedisReplicaSet();
  return Object.assign(
    serveLocalApi(() => redis.set.primary(), options),
    { redis },
  );
}

function serveLocalApi(redis: () => { host: string; port: number }, options: ServeOptions) {
  const state = {} as { server: LocalServer; log: string[] };
  const saved = { ...process.env };
  beforeAll(async () => {
    Object.assign(process.env, {
      SLUICE_REDIS_URL: `redis://${redis().host}:${redis().port}`,
      // Tests send bursts of hundreds of requests with the one token; test/http-rate-limit.test.ts sets its own.
      SLUICE_API_RATE_PER_SECOND: "10000",
      ...options.env,
    });
    state.log = [];
    state.server = await createLocalServer({
      routes: await (options.routes ?? loadRoutes)(),
      port: 0,
      tokens: testTokens(options.tokens),
      log: (line) => state.log.push(line),
    });
  });
  afterAll(async () => {
    await state.server?.close(1000);
    await disconnect();
    process.env = saved;
  });

  async function call(method: string, path: string, request: ApiCall = {}): Promise<ApiResponse> {
    const body = request.raw ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
    const token = request.token === undefined ? ALL_SCOPES.token : request.token;
    const headers = {
      ...(request.body !== undefined && { "content-type": "application/json" }),
      ...(token !== null && bearer(token)),
      ...request.headers,
    };
    const response = await fetch(`${state.server.url}${path}`, { method, headers, body });
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString();
    const isJson = /json/.test(response.headers.get("content-type") ?? "");
    return {
      status: response.status,
      headers: response.headers,
      json: isJson && text ? JSON.parse(text) : undefined,
      text,
      bytes,
    };
  }
  return Object.assign(state, { call });
}
