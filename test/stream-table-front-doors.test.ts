// Both front doors as they are deployed read the platform's stream table: the HTTP API's real route handlers and the
// gateway's main (runGateway) publish an idempotency key with its stream's window, which for `frames.*` (1 minute)
// differs from the catch-all's (5 minutes, the producer's own default too).
import * as grpc from "@grpc/grpc-js";
import { type GrpcServer, StreamingClient } from "@sluice/grpc";
import { streamKeys } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadGrpcConfig } from "../functions/config/grpc.ts";
import { streamSettings } from "../functions/config/stream-table.ts";
import { runGateway } from "../functions/services/gateway.ts";
import { useLocalApi } from "./support/http.ts";

const api = useLocalApi();
let gateway: GrpcServer;
let client: StreamingClient;

beforeAll(async () => {
  const { host, port } = api.redis.redis;
  const config = loadGrpcConfig(
    { SLUICE_REDIS_URL: `redis://${host}:${port}`, SLUICE_GRPC_HOST: "127.0.0.1" },
    null,
    null,
  );
  gateway = await runGateway({ ...config, port: 0 }, () => {});
  client = new StreamingClient(`127.0.0.1:${gateway.port}`, grpc.credentials.createInsecure());
});

afterAll(async () => {
  client?.close();
  await gateway?.close(1000);
});

const viaHttp = async (stream: string, key: string) => {
  const response = await api.call("POST", `/v1/streams/${stream}/messages`, {
    body: { type: "t", data: 1 },
    headers: { "idempotency-key": key },
  });
  expect(response.status).toBe(201);
};

const viaGrpc = (stream: string, key: string) =>
  new Promise<void>((resolve, reject) =>
    client.publish(
      { stream, event: { type: "t", data: Buffer.from("1"), idempotencyKey: key } },
      (error: grpc.ServiceError | null) => (error ? reject(error) : resolve()),
    ),
  );

it.each([
  ["HTTP", viaHttp],
  ["gRPC", viaGrpc],
])("%s: an idempotency key lives for its stream's window in the stream table", async (_, publish) => {
  for (const stream of [uniqueStream("frames.table"), uniqueStream("table")]) {
    await publish(stream, "k-1");
    const window = streamSettings(stream).idempotencyWindowMs;
    const ttl = await api.redis.client.pttl(streamKeys(stream).idempotency("k-1"));
    expect(ttl, stream).toBeLessThanOrEqual(window);
    expect(ttl, stream).toBeGreaterThan(window - 10_000);
  }
  expect(streamSettings(uniqueStream("frames.table")).idempotencyWindowMs).toBe(60_000);
});
