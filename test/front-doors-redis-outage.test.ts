// Every node of Redis frozen (SIGSTOP) or gone (SIGKILL), standalone and cluster: every HTTP and gRPC call settles
// within the command timeout + 1 s as 503 / UNAVAILABLE (never 500, INTERNAL or a hang), both health checks say not
// ready within 6 s, a Subscribe open meanwhile continues or ends UNAVAILABLE, and all is well again after the fault.
import { type StatusObject, status } from "@grpc/grpc-js";
import { frameToJson, ProcessingStage, timestampFromMs } from "@sluice/frames";
import { sceneJpeg } from "@sluice/frames/testing";
import type { sluice } from "@sluice/grpc";
import { type RedisServer, type RedisTarget, startRedis, startRedisCluster } from "@sluice/testing";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CALL_BOUND_MS,
  type FrontDoors,
  HEALTH_BOUND_MS,
  type Settled,
  startFrontDoors,
} from "./support/front-doors.ts";

async function everyCall(doors: FrontDoors, stream: string, frame: unknown): Promise<Settled[]> {
  const event = { type: "t", data: Buffer.from("{}") };
  return Promise.all([
    doors.httpCall("POST", `/v1/streams/${stream}/messages`, { type: "t", data: { n: 1 } }),
    doors.httpCall("GET", `/v1/streams/${stream}`),
    doors.httpCall("GET", "/v1/streams"),
    doors.httpCall("POST", `/v1/streams/${stream}/dlq/redrive`, {}),
    doors.httpCall("POST", "/v1/requests/echo", {}),
    doors.httpCall("POST", "/v1/frames", frame),
    doors.grpcCall("publish", { stream, event }),
    doors.grpcCall("acknowledge", { stream, group: "g", ids: ["1-0"] }),
    doors.grpcCall("getStreamInfo", { stream }),
    doors.grpcCall("listStreams", {}),
  ]);
}

function subscribeTo(doors: FrontDoors, stream: string) {
  const call = doors.client.subscribe({ stream, group: "g" });
  const deliveries: sluice.streaming.v1.Delivery[] = [];
  call.on("data", (delivery: sluice.streaming.v1.Delivery) => deliveries.push(delivery));
  call.on("error", () => {});
  let ended: StatusObject | undefined;
  call.on("status", (end) => {
    ended = end;
  });
  return { call, deliveries, ended: () => ended };
}

async function healthWithin(doors: FrontDoors, since: number): Promise<void> {
  const http = await doors.httpCall("GET", "/v1/health");
  expect(http.status).toBe(503);
  await waitFor(async () => (await doors.grpcHealth()) === "NOT_SERVING", { what: "gRPC NOT_SERVING" });
  expect(Date.now() - since).toBeLessThan(HEALTH_BOUND_MS);
}

/** Each fault: freeze or kill every node, check every call, then end the fault and see everything work again. */
function outageTests(
  start: () => Promise<{ target: RedisTarget; servers: RedisServer[]; stop(): Promise<void> }>,
) {
  let redis: Awaited<ReturnType<typeof start>>;
  let doors: FrontDoors;
  let frame: unknown;
  beforeAll(async () => {
    redis = await start();
    doors = await startFrontDoors(redis.target, { grpcOptions: { subscribeOutageMs: 2000 } });
    frame = frameToJson({
      frameId: "f-outage",
      cameraId: "cam",
      sequence: 1,
      capturedAt: timestampFromMs(1_700_000_000_000),
      image: { data: await sceneJpeg() },
      stage: ProcessingStage.PROCESSING_STAGE_INGESTED,
    });
  });
  afterAll(async () => {
    await doors?.close();
    await redis?.stop();
  });

  async function checkOutage(stream: string, fault: () => Promise<void>, heal: () => Promise<void>) {
    await waitFor(async () => (await doors.httpCall("GET", "/v1/health")).status === 200, { what: "ready" });
    const subscriber = subscribeTo(doors, stream);
    expect((await doors.grpcCall("publish", { stream, event: { type: "t" } })).status).toBe(0);
    await waitFor(() => subscriber.deliveries.length === 1, { what: "a delivery before the fault" });
    await fault();
    try {
      const since = Date.now();
      const [settled] = await Promise.all([everyCall(doors, stream, frame), healthWithin(doors, since)]);
      for (const call of settled) {
        expect(call, call.call).toMatchObject({ status: call.call.includes(" ") ? 503 : status.UNAVAILABLE });
        expect(call.ms, call.call).toBeLessThan(CALL_BOUND_MS);
      }
      const ended = subscriber.ended();
      if (ended !== undefined) expect(ended.code).toBe(status.UNAVAILABLE);
    } finally {
      await heal();
    }
    await waitFor(async () => (await doors.httpCall("GET", "/v1/health")).status === 200, {
      what: "HTTP health ready after the fault",
      timeoutMs: 20_000,
    });
    await waitFor(async () => (await doors.grpcHealth()) === "SERVING", { what: "gRPC SERVING again" });
    await waitFor(
      async () =>
        (await doors.httpCall("POST", `/v1/streams/${stream}/messages`, { type: "t", data: 1 })).status ===
        201,
      { what: "HTTP publishes again", timeoutMs: 20_000 },
    );
    subscriber.call.cancel();
  }

  it("every node frozen (SIGSTOP)", async () => {
    await checkOutage(
      uniqueStream("frozen"),
      () => Promise.all(redis.servers.map((server) => server.pause())).then(() => {}),
      () => Promise.all(redis.servers.map((server) => server.resume())).then(() => {}),
    );
  });

  it("every node gone (SIGKILL)", async () => {
    await checkOutage(
      uniqueStream("killed"),
      () => Promise.all(redis.servers.map((server) => server.kill())).then(() => {}),
      () => Promise.all(redis.servers.map((server) => server.restart())).then(() => {}),
    );
  });
}

describe("standalone", () => {
  outageTests(async () => {
    const server = await startRedis();
    return { target: server.target, servers: [server], stop: () => server.stop() };
  });
});

describe("cluster", () => {
  outageTests(() => startRedisCluster());
});
