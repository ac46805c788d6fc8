import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { loadSync } from "@grpc/proto-loader";
import { streamKeys } from "@sluice/streams";
import { tlsCertificates } from "@sluice/testing";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { service as healthService } from "grpc-health-check";
import { describe, expect, it } from "vitest";
import { bearerTokenInterceptor, StreamingClient, startGrpcServer, type UnaryMethod } from "../src/index.ts";
import {
  bearer,
  errorCode,
  failure,
  subscribe,
  TEST_SETTINGS,
  TEST_TOKEN,
  testClient,
  tokenTable,
  unary,
  useGrpcServer,
} from "./grpc-harness.ts";

type HealthClient = grpc.Client & { check: UnaryMethod<{ service: string }, { status: string }> };
const HealthClient = grpc.makeGenericClientConstructor(healthService, "Health");

function healthStatus(address: string, service = ""): Promise<string> {
  const client = new HealthClient(address, grpc.credentials.createInsecure()) as unknown as HealthClient;
  return new Promise<string>((resolve, reject) =>
    client.check({ service }, (error, response) => (error ? reject(error) : resolve(response?.status ?? ""))),
  ).finally(() => client.close());
}

type ReflectionCall = grpc.ClientDuplexStream<
  object,
  { listServicesResponse?: { service: { name: string }[] } }
>;

/** The services a server lists through reflection (grpc.reflection.v1, as grpcurl asks, with a token). */
async function reflectedServices(address: string): Promise<string[]> {
  const protoDir = join(dirname(createRequire(import.meta.url).resolve("@grpc/reflection")), "../proto");
  const loaded = grpc.loadPackageDefinition(
    loadSync("grpc/reflection/v1/reflection.proto", { includeDirs: [protoDir] }),
  );
  const v1 = ((loaded.grpc as grpc.GrpcObject).reflection as grpc.GrpcObject).v1 as grpc.GrpcObject;
  const Client = v1.ServerReflection as grpc.ServiceClientConstructor;
  const client = new Client(address, grpc.credentials.createInsecure(), {
    interceptors: [bearerTokenInterceptor(TEST_TOKEN)],
  });
  try {
    const call = (client as unknown as { ServerReflectionInfo(): ReflectionCall }).ServerReflectionInfo();
    const response = new Promise<string[]>((resolve, reject) => {
      call.on("data", (message: { listServicesResponse?: { service: { name: string }[] } }) =>
        resolve(message.listServicesResponse?.service.map((s) => s.name) ?? []),
      );
      call.on("error", reject);
    });
    call.write({ listServices: "" });
    call.end();
    return await response;
  } finally {
    client.close();
  }
}

describe("bearer tokens", () => {
  const grpcServer = useGrpcServer({
    tokens: tokenTable([
      ["one", "token-one-0123456789", ["read"]],
      ["two", "token-two-0123456789", ["read"]],
    ]),
  });
  const listStreams = (metadata?: grpc.Metadata) => {
    const client = new StreamingClient(grpcServer.address, grpc.credentials.createInsecure());
    return unary(client, "listStreams", {}, metadata ? { metadata } : {}).finally(() => client.close());
  };

  it("refuses calls without a token or with an unknown one", async () => {
    const missing = await failure(listStreams());
    expect(missing.code).toBe(grpc.status.UNAUTHENTICATED);
    expect(errorCode(missing)).toBe("grpc.missing_token");
    const wrong = await failure(listStreams(bearer("token-three-0123456789")));
    expect(wrong.code).toBe(grpc.status.UNAUTHENTICATED);
    expect(errorCode(wrong)).toBe("grpc.invalid_token");
    const plain = new StreamingClient(grpcServer.address, grpc.credentials.createInsecure());
    const subscriber = subscribe(plain, { stream: uniqueStream("auth"), group: "g" });
    expect((await subscriber.ended).code).toBe(grpc.status.UNAUTHENTICATED);
    plain.close();
  });

  it("accepts every configured token", async () => {
    await expect(listStreams(bearer("token-one-0123456789"))).resolves.toBeDefined();
    await expect(listStreams(bearer("token-two-0123456789"))).resolves.toBeDefined();
  });

  it("answers health checks without a token", async () => {
    expect(await healthStatus(grpcServer.address)).toBe("SERVING");
  });
});

describe("startGrpcServer without a token table", () => {
  const { redis } = useGrpcServer();

  it("refuses to start unless allowUnauthenticated says that is meant", async () => {
    const { tokens: _, ...untokened } = TEST_SETTINGS;
    await expect(startGrpcServer({ redis: redis.redis.target, ...untokened })).rejects.toThrow(
      /tokens \(a token table\) is required/,
    );
    const server = await startGrpcServer({
      redis: redis.redis.target,
      ...untokened,
      allowUnauthenticated: true,
      log: () => {},
    });
    const client = new StreamingClient(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure());
    try {
      expect((await unary(client, "listStreams", {})).streams).toBeDefined();
    } finally {
      client.close();
      await server.close(1000);
    }
  });
});

describe("reflection", () => {
  const off = useGrpcServer();
  const on = useGrpcServer({ reflection: true });

  it("is off by default", async () => {
    const error = await failure(reflectedServices(off.address));
    expect(error.code).toBe(grpc.status.UNIMPLEMENTED);
  });

  it("lists the services when asked for", async () => {
    expect(await reflectedServices(on.address)).toEqual(
      expect.arrayContaining(["sluice.streaming.v1.StreamingService", "grpc.health.v1.Health"]),
    );
  });
});

describe("health", () => {
  const grpcServer = useGrpcServer();

  it("is SERVING while Redis answers, NOT_SERVING while it does not", async () => {
    expect(await healthStatus(grpcServer.address)).toBe("SERVING");
    expect(await healthStatus(grpcServer.address, "sluice.streaming.v1.StreamingService")).toBe("SERVING");
    await grpcServer.redis.redis.kill();
    await waitFor(async () => (await healthStatus(grpcServer.address)) === "NOT_SERVING", {
      what: "NOT_SERVING",
    });
    expect(await healthStatus(grpcServer.address, "sluice.streaming.v1.StreamingService")).toBe(
      "NOT_SERVING",
    );
    await grpcServer.redis.redis.restart();
    await waitFor(async () => (await healthStatus(grpcServer.address)) === "SERVING", {
      what: "SERVING again",
    });
  });
});

describe("close", () => {
  const { redis } = useGrpcServer();

  it("ends Subscribe calls with UNAVAILABLE and leaves their entries pending", async () => {
    const server = await startGrpcServer({ redis: redis.redis.target, ...TEST_SETTINGS, log: () => {} });
    const client = testClient(`127.0.0.1:${server.port}`);
    const stream = uniqueStream("close");
    await unary(client, "publish", { stream, event: { type: "x", data: Buffer.from("1") } });
    const subscriber = subscribe(client, { stream, group: "g" });
    await waitFor(() => subscriber.deliveries.length === 1);
    await server.close(1000);
    const ended = await subscriber.ended;
    expect(ended).toMatchObject({
      code: grpc.status.UNAVAILABLE,
      details: "The server is shutting down: subscribe again",
    });
    expect(ended.metadata.get("sluice-error-code")).toEqual(["grpc.shutting_down"]);
    expect(server.activeSubscriptions).toBe(0);
    const [pending] = (await redis.client.call("XPENDING", streamKeys(stream).stream, "g")) as [number];
    expect(pending).toBe(1);
    client.close();
  });
});

describe("TLS", () => {
  const { redis } = useGrpcServer();

  it("serves over TLS with the given certificate", async () => {
    const certificates = await tlsCertificates();
    const server = await startGrpcServer({
      redis: redis.redis.target,
      ...TEST_SETTINGS,
      tls: { cert: await readFile(certificates.certFile), key: await readFile(certificates.keyFile) },
      log: () => {},
    });
    const credentials = grpc.credentials.createSsl(Buffer.from(certificates.ca));
    const client = new StreamingClient(`localhost:${server.port}`, credentials, {
      interceptors: [bearerTokenInterceptor(TEST_TOKEN)],
    });
    try {
      expect((await unary(client, "listStreams", {})).streams).toBeDefined();
      const plain = testClient(`127.0.0.1:${server.port}`);
      expect((await failure(unary(plain, "listStreams", {}, { deadlineMs: 2000 }))).code).toBe(
        grpc.status.UNAVAILABLE,
      );
      plain.close();
    } finally {
      client.close();
      await server.close(1000);
    }
  });
});
