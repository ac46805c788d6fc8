// A gRPC server on a free port over a test file's own redis-server, a typed client that sends an all-scopes token
// (unless a call sends its own), and promise helpers.
import * as grpc from "@grpc/grpc-js";
import { TokenTable } from "@sluice/streams";
import type { RedisTarget } from "@sluice/testing";
import { useRedisServer } from "@sluice/testing/clients";
import { afterAll, beforeAll } from "vitest";
import {
  bearerTokenInterceptor,
  ERROR_CODE_KEY,
  type GrpcServer,
  type GrpcServerOptions,
  StreamingClient,
  type sluice,
  startGrpcServer,
  type UnaryMethod,
} from "../src/index.ts";

/** The token of the test servers' all-scopes caller `tests`. */
export const TEST_TOKEN = "test-token-all-scopes";

/** A token table of `[name, token, scopes]` rows. */
export function tokenTable(rows: readonly [string, string, readonly string[]][]): TokenTable {
  return TokenTable.parse(
    JSON.stringify(rows.map(([name, token, scopes]) => ({ name, token, scopes }))),
    "test tokens",
  );
}

/** Quick timings, so that redelivery and pauses show within a test; one all-scopes token. */
export const TEST_SETTINGS = {
  host: "127.0.0.1",
  port: 0,
  tokens: tokenTable([["tests", TEST_TOKEN, ["*"]]]),
  visibilityTimeoutMs: 600,
  blockMs: 100,
  inFlightCheckMs: 100,
  healthIntervalMs: 100,
} satisfies Partial<GrpcServerOptions>;

/** A plaintext client of the server at `address`, calling as `token` (default the all-scopes test token). */
export function testClient(address: string, token = TEST_TOKEN): StreamingClient {
  return new StreamingClient(address, grpc.credentials.createInsecure(), {
    interceptors: [bearerTokenInterceptor(token)],
  });
}

/** Starts a server (and a redis-server) for the test file or describe block; fields are filled in by beforeAll. */
export function useGrpcServer(options: Partial<GrpcServerOptions> = {}) {
  const redis = useRedisServer();
  return Object.assign(
    useGrpcServerOn(() => redis.redis.target, options),
    { redis },
  );
}

/** Starts a server on Redis `target` (read in beforeAll, after the caller's own beforeAll started it). */
export function useGrpcServerOn(target: () => RedisTarget, options: Partial<GrpcServerOptions> = {}) {
  const state = { logs: [] as string[] } as {
    server: GrpcServer;
    client: StreamingClient;
    address: string;
    logs: string[];
  };
  beforeAll(async () => {
    state.server = await startGrpcServer({
      redis: target(),
      ...TEST_SETTINGS,
      log: (line) => state.logs.push(line),
      ...options,
    });
    state.address = `127.0.0.1:${state.server.port}`;
    state.client = testClient(state.address);
  });
  afterAll(async () => {
    state.client?.close();
    await state.server?.close(1000);
  });
  return state;
}

type UnaryNames = {
  [K in keyof StreamingClient]: StreamingClient[K] extends UnaryMethod<infer _Q, infer _R> ? K : never;
}[keyof StreamingClient];
type RequestOf<K extends UnaryNames> = StreamingClient[K] extends UnaryMethod<infer Q, infer _R> ? Q : never;
type ResponseOf<K extends UnaryNames> = StreamingClient[K] extends UnaryMethod<infer _Q, infer R> ? R : never;

export interface CallSettings {
  metadata?: grpc.Metadata;
  deadlineMs?: number;
}

/** A unary call as a promise; rejects with the grpc-js ServiceError. */
export function unary<K extends UnaryNames>(
  client: StreamingClient,
  name: K,
  request: RequestOf<K>,
  { metadata = new grpc.Metadata(), deadlineMs }: CallSettings = {},
): Promise<ResponseOf<K>> {
  const method = client[name] as unknown as UnaryMethod<RequestOf<K>, ResponseOf<K>>;
  const options = deadlineMs === undefined ? {} : { deadline: Date.now() + deadlineMs };
  return new Promise((resolve, reject) => {
    method.call(client, request, metadata, options, (error, response) =>
      error ? reject(error) : resolve(response as ResponseOf<K>),
    );
  });
}

/** The rejection of a call, which must fail. */
export async function failure(call: Promise<unknown>): Promise<grpc.ServiceError> {
  try {
    await call;
  } catch (error) {
    return error as grpc.ServiceError;
  }
  throw new Error("the call succeeded");
}

export function errorCode(error: grpc.ServiceError): string | undefined {
  return error.metadata?.get(ERROR_CODE_KEY)[0]?.toString();
}

export interface Subscriber {
  call: grpc.ClientReadableStream<sluice.streaming.v1.Delivery>;
  deliveries: sluice.streaming.v1.Delivery[];
  /** Settles with the status the stream ended with (OK included). */
  ended: Promise<grpc.StatusObject>;
}

export function subscribe(
  client: StreamingClient,
  request: sluice.streaming.v1.ISubscribeRequest,
  settings: CallSettings = {},
): Subscriber {
  const options = settings.deadlineMs === undefined ? {} : { deadline: Date.now() + settings.deadlineMs };
  const call = client.subscribe(request, settings.metadata ?? new grpc.Metadata(), options);
  const deliveries: sluice.streaming.v1.Delivery[] = [];
  call.on("data", (delivery: sluice.streaming.v1.Delivery) => deliveries.push(delivery));
  call.on("error", () => {}); // reported through `ended`
  const ended = new Promise<grpc.StatusObject>((resolve) => call.on("status", resolve));
  return { call, deliveries, ended };
}

export function bearer(token: string): grpc.Metadata {
  const metadata = new grpc.Metadata();
  metadata.set("authorization", `Bearer ${token}`);
  return metadata;
}

/** A protobuf.js uint64 (a Long) as a number. */
export function num(value: number | { toNumber(): number } | null | undefined): number {
  return value === null || value === undefined ? 0 : typeof value === "number" ? value : value.toNumber();
}
