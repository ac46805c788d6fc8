// Standalone failover behind an endpoint (a faultProxy standing in for ElastiCache's primary DNS name): while the
// endpoint still leads to the demoted primary, both health checks say not ready (it answers PING but refuses writes)
// and publishes are 503 / UNAVAILABLE, never 500; once the endpoint is re-pointed to the promoted replica, health is
// ready and publishes succeed again within 5 s of the flip.
import { status } from "@grpc/grpc-js";
import { type FaultProxy, faultProxy, type RedisReplicaSet, startRedisReplicaSet } from "@sluice/testing";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CALL_BOUND_MS, type FrontDoors, HEALTH_BOUND_MS, startFrontDoors } from "./support/front-doors.ts";

const RECOVERY_BOUND_MS = 5000;

let set: RedisReplicaSet;
let proxy: FaultProxy;
let doors: FrontDoors;
const stream = uniqueStream("demotion");

beforeAll(async () => {
  set = await startRedisReplicaSet({ replicas: 1 });
  proxy = await faultProxy(set.primary());
  doors = await startFrontDoors({ ...set.target, ...proxy.target });
});
afterAll(async () => {
  await doors?.close();
  await proxy?.close();
  await set?.stop();
});

const httpPublish = () => doors.httpCall("POST", `/v1/streams/${stream}/messages`, { type: "t", data: 1 });
const grpcPublish = () => doors.grpcCall("publish", { stream, event: { type: "t" } });

it("a demoted primary behind the endpoint: health not ready within 6 s, publishes 503 / UNAVAILABLE", async () => {
  expect((await httpPublish()).status).toBe(201);
  expect((await grpcPublish()).status).toBe(status.OK);
  expect((await doors.httpCall("GET", "/v1/health")).status).toBe(200);
  await waitFor(async () => (await doors.grpcHealth()) === "SERVING", { what: "gRPC SERVING" });

  await set.failover();
  const demoted = Date.now();
  let healthBody = "{}";
  await waitFor(
    async () => {
      const { status: code, text = "{}" } = await doors.httpCall("GET", "/v1/health");
      healthBody = text;
      return code === 503;
    },
    { what: "HTTP health 503" },
  );
  expect(JSON.parse(healthBody).redis).toMatchObject({ ok: false, reason: "read_only" });
  await waitFor(async () => (await doors.grpcHealth()) === "NOT_SERVING", { what: "gRPC NOT_SERVING" });
  expect(Date.now() - demoted).toBeLessThan(HEALTH_BOUND_MS);
  // READONLY is retried (after a reconnect, to the same demoted node here) until the command timeout, then 503.
  const publishes = await Promise.all([httpPublish(), httpPublish(), grpcPublish(), grpcPublish()]);
  expect(publishes.map(({ status }) => status)).toEqual([503, 503, status.UNAVAILABLE, status.UNAVAILABLE]);
  for (const { ms } of publishes) expect(ms).toBeLessThan(CALL_BOUND_MS);
});

it("the endpoint re-pointed to the promoted replica: publishes succeed and health is ready within 5 s", async () => {
  proxy.repoint(set.primary());
  const flipped = Date.now();
  const seen = new Set<number>();
  await waitFor(
    async () => {
      const [http, grpc] = await Promise.all([httpPublish(), grpcPublish()]);
      seen.add(http.status);
      return http.status === 201 && grpc.status === status.OK;
    },
    { what: "publishes through the new primary", timeoutMs: 15_000 },
  );
  expect(Date.now() - flipped).toBeLessThan(RECOVERY_BOUND_MS);
  expect([...seen].filter((code) => code !== 201 && code !== 503)).toEqual([]);
  await waitFor(async () => (await doors.httpCall("GET", "/v1/health")).status === 200, {
    what: "HTTP health ready",
  });
  await waitFor(async () => (await doors.grpcHealth()) === "SERVING", { what: "gRPC SERVING" });
  expect(Date.now() - flipped).toBeLessThan(RECOVERY_BOUND_MS);
});
