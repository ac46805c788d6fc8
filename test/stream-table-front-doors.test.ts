// Both front doors as they are deployed read the platform's stream catalog: the HTTP API's real route handlers and the
// gateway's main (runGateway) publish an idempotency key with its stream's window, and neither writes a stream the
// catalog reserves to the platform (the frame pipeline's, request streams, the audit log), whatever the caller asks.
import * as grpc from "@grpc/grpc-js";
import { bearerTokenInterceptor, type GrpcServer, StreamingClient } from "@sluice/grpc";
import { streamKeys } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadGrpcConfig } from "../functions/config/grpc.ts";
import { streamEntry } from "../functions/config/stream-table.ts";
import { runGateway } from "../functions/services/gateway.ts";
import { useLocalApi } from "./support/http.ts";

const api = useLocalApi();
const TOKEN = "an-all-scopes-test-token";
const ALL_SCOPES = JSON.stringify([{ name: "tests", token: TOKEN, scopes: ["*"] }]);
let gateway: GrpcServer;
let client: StreamingClient;

beforeAll(async () => {
  const { host, port } = api.redis.redis;
  const config = loadGrpcConfig(
    { SLUICE_REDIS_URL: `redis://${host}:${port}`, SLUICE_GRPC_HOST: "127.0.0.1", SLUICE_TOKENS: ALL_SCOPES },
    null,
    null,
  );
  gateway = await runGateway({ ...config, port: 0 }, () => {});
  client = new StreamingClient(`127.0.0.1:${gateway.port}`, grpc.credentials.createInsecure(), {
    interceptors: [bearerTokenInterceptor(TOKEN)],
  });
});

afterAll(async () => {
  client?.close();
  await gateway?.close(1000);
});

const httpStatus = async (stream: string, key: string) =>
  (
    await api.call("POST", `/v1/streams/${stream}/messages`, {
      body: { type: "t", data: 1 },
      headers: { "idempotency-key": key },
    })
  ).status;

const grpcCode = (stream: string, key: string) =>
  new Promise<grpc.status>((resolve) =>
    client.publish(
      { stream, event: { type: "t", data: Buffer.from("1"), idempotencyKey: key } },
      (error: grpc.ServiceError | null) => resolve(error ? error.code : grpc.status.OK),
    ),
  );

it.each([
  ["HTTP", async (stream: string, key: string) => expect(await httpStatus(stream, key)).toBe(201)],
  ["gRPC", async (stream: string, key: string) => expect(await grpcCode(stream, key)).toBe(grpc.status.OK)],
])("%s: an idempotency key lives for its stream's window in the stream catalog", async (_, publish) => {
  const stream = uniqueStream("table");
  await publish(stream, "k-1");
  const window = streamEntry(stream)?.idempotencyWindowMs ?? 0;
  const ttl = await api.redis.client.pttl(streamKeys(stream).idempotency("k-1"));
  expect(ttl).toBeLessThanOrEqual(window);
  expect(ttl).toBeGreaterThan(window - 10_000);
});

const RESERVED = ["frames.input", "frames.processed", "frames.output", "rr.echo", "sluice.audit"];

it("HTTP and gRPC refuse to publish to the platform's streams (403, PERMISSION_DENIED) and write nothing", async () => {
  for (const stream of RESERVED) {
    expect(await httpStatus(stream, "k-2"), stream).toBe(403);
    expect(await grpcCode(stream, "k-2"), stream).toBe(grpc.status.PERMISSION_DENIED);
    expect(await api.redis.client.exists(streamKeys(stream).stream), stream).toBe(0);
  }
});
