// Both front doors on one Redis target, for the fault tests: the HTTP API on the local server with the real route
// handlers (SLUICE_* variables pointing at the target) and a gRPC server; every call settles with how and when it
// ended instead of throwing, and both health checks can be asked.
import * as grpc from "@grpc/grpc-js";
import {
  bearerTokenInterceptor,
  type GrpcServer,
  type GrpcServerOptions,
  StreamingClient,
  startGrpcServer,
  type UnaryMethod,
} from "@sluice/grpc";
import { createLocalServer, type LocalServer } from "@sluice/http";
import { TokenTable } from "@sluice/streams";
import type { RedisTarget } from "@sluice/testing";
import { service as healthService } from "grpc-health-check";
import { disconnect } from "../../functions/shared/lazy-clients.ts";
import { loadRoutes } from "../../functions/shared/load-routes.ts";
import { ALL_SCOPES, bearer, testTokens } from "./api-tokens.ts";

/** What the front doors promise while Redis fails: a call settles within the default command timeout (5 s) + 1 s… */
export const CALL_BOUND_MS = 6000;
/** …and both health checks say not ready within 6 s of the fault. */
export const HEALTH_BOUND_MS = 6000;

/** The gRPC server's one caller, with every scope (the fault tests are not about authorization). */
const TOKEN = "front-doors-all-scopes";
const TOKENS = TokenTable.parse(JSON.stringify([{ name: "tests", token: TOKEN, scopes: ["*"] }]), "tests");

/** How a call ended: its HTTP status or gRPC code, and after how long. */
export interface Settled {
  call: string;
  status: number;
  ms: number;
  /** The HTTP response body. */
  text?: string;
}

type HealthClient = grpc.Client & { check: UnaryMethod<{ service: string }, { status: string }> };
const HealthClient = grpc.makeGenericClientConstructor(healthService, "Health");

/** A health client for a plaintext gRPC server at `address` (host:port). */
export function healthClient(address: string): HealthClient {
  return new HealthClient(address, grpc.credentials.createInsecure()) as unknown as HealthClient;
}

/** The server's health status ("SERVING", "NOT_SERVING"), or the error code's name when the check fails. */
export function checkHealth(health: HealthClient): Promise<string> {
  return new Promise((resolve) =>
    health.check({ service: "" }, (error, response) =>
      resolve(error ? grpc.status[error.code] : (response?.status ?? "")),
    ),
  );
}

export interface FrontDoors {
  http: LocalServer;
  grpc: GrpcServer;
  client: StreamingClient;
  /** One HTTP request with a JSON body (or raw bytes); never throws. */
  httpCall(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Settled>;
  /** One unary gRPC call; status 0 is OK. */
  grpcCall(method: keyof StreamingClient & string, request: object): Promise<Settled>;
  /** The gRPC health status ("SERVING", "NOT_SERVING"), or the error code's name when the check fails. */
  grpcHealth(): Promise<string>;
  close(): Promise<void>;
}

async function timed(call: string, run: () => Promise<number | [number, string]>): Promise<Settled> {
  const started = Date.now();
  const result = await run();
  const [status, text] = typeof result === "number" ? [result] : result;
  return { call, status, ms: Date.now() - started, ...(text !== undefined && { text }) };
}

/** Starts both front doors on `target`; `env` adds SLUICE_* variables for the HTTP handlers. */
export async function startFrontDoors(
  target: RedisTarget,
  {
    env = {},
    grpcOptions = {},
  }: { env?: Record<string, string>; grpcOptions?: Partial<GrpcServerOptions> } = {},
): Promise<FrontDoors> {
  const [seed] = target.nodes;
  const saved = { ...process.env };
  Object.assign(process.env, {
    SLUICE_REDIS_URL: `redis://${seed?.host}:${seed?.port}`,
    SLUICE_REDIS_MODE: target.mode,
    ...env,
  });
  const http = await createLocalServer({
    routes: await loadRoutes(),
    port: 0,
    tokens: testTokens(),
    log: () => {},
  });
  const server = await startGrpcServer({
    redis: target,
    host: "127.0.0.1",
    port: 0,
    tokens: TOKENS,
    blockMs: 200,
    healthIntervalMs: 500,
    log: () => {},
    ...grpcOptions,
  });
  const address = `127.0.0.1:${server.port}`;
  const client = new StreamingClient(address, grpc.credentials.createInsecure(), {
    interceptors: [bearerTokenInterceptor(TOKEN)],
  });
  const health = healthClient(address);
  return {
    http,
    grpc: server,
    client,
    httpCall: (method, path, body, headers = {}) =>
      timed(`${method} ${path}`, async () => {
        const raw = body instanceof Uint8Array ? body : body === undefined ? undefined : JSON.stringify(body);
        const response = await fetch(`${http.url}${path}`, {
          method,
          headers: { "content-type": "application/json", ...bearer(ALL_SCOPES.token), ...headers },
          body: raw,
        });
        return [response.status, await response.text()];
      }),
    grpcCall: (method, request) =>
      timed(method, () => {
        const call = client[method] as unknown as UnaryMethod<object, unknown>;
        return new Promise((resolve) =>
          call.call(client, request, new grpc.Metadata(), {}, (error) => resolve(error ? error.code : 0)),
        );
      }),
    grpcHealth: () => checkHealth(health),
    async close() {
      health.close();
      client.close();
      await server.close(1000);
      await http.close(1000);
      await disconnect();
      process.env = saved;
    },
  };
}
