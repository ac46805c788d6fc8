// A graceful CLUSTER FAILOVER of every shard in turn while gRPC Subscribe streams, HTTP and gRPC publishes and HTTP
// request-reply (list replies, BLPOP on the shard that fails over) run: HTTP answers only 2xx or 503, gRPC only OK or
// UNAVAILABLE, and each Subscribe keeps delivering after the failovers or has ended UNAVAILABLE, never INTERNAL.
import { status } from "@grpc/grpc-js";
import type { sluice } from "@sluice/grpc";
import { echoRoute, type ProxyWorker, startProxyWorker } from "@sluice/requests";
import { type RedisCluster, startRedisCluster } from "@sluice/testing";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type FrontDoors, type Settled, startFrontDoors } from "./support/front-doors.ts";

let cluster: RedisCluster;
let doors: FrontDoors;
let worker: ProxyWorker;

beforeAll(async () => {
  cluster = await startRedisCluster({ replicasPerMaster: 1 });
  doors = await startFrontDoors(cluster.target);
  worker = await startProxyWorker({
    redis: cluster.target,
    routes: { echo: echoRoute() },
    consumer: "failover-worker",
    blockMs: 200,
    write: () => {},
  });
});
afterAll(async () => {
  await worker?.stop();
  await doors?.close();
  await cluster?.stop();
});

function subscribeTo(stream: string) {
  const call = doors.client.subscribe({ stream, group: "g" });
  const deliveries: sluice.streaming.v1.Delivery[] = [];
  const state: { ended?: number } = {};
  call.on("data", (delivery: sluice.streaming.v1.Delivery) => {
    deliveries.push(delivery);
    void doors.grpcCall("acknowledge", { stream, group: "g", ids: [delivery.id] });
  });
  call.on("error", () => {});
  call.on("status", ({ code }) => {
    state.ended = code;
  });
  return { stream, call, deliveries, state };
}

it("graceful failover of every shard under load: only 2xx/503 and OK/UNAVAILABLE; Subscribe continues or ends UNAVAILABLE", async () => {
  // Enough streams that every shard holds some (their slots follow their names).
  const streams = Array.from({ length: 9 }, () => uniqueStream("failover"));
  const subscribers = streams.map(subscribeTo);
  const settled: Settled[] = [];
  let running = true;
  const loops = streams.map(async (stream, n) => {
    while (running) {
      const calls = [
        doors.httpCall("POST", `/v1/streams/${stream}/messages`, { type: "t", data: { n } }),
        doors.grpcCall("publish", { stream, event: { type: "t" } }),
      ];
      if (n === 0) calls.push(doors.httpCall("POST", "/v1/requests/echo?timeoutMs=5000", { n }));
      settled.push(...(await Promise.all(calls)));
    }
  });
  await waitFor(() => subscribers.every(({ deliveries }) => deliveries.length > 0), {
    what: "a delivery on every Subscribe",
    timeoutMs: 20_000,
  });
  for (const master of cluster.masters()) await cluster.failover(master, "graceful");
  const afterFailovers = settled.length;
  await waitFor(() => settled.length > afterFailovers + streams.length * 4, {
    what: "calls after the failovers",
  });
  running = false;
  await Promise.all(loops);

  const unexpected = settled.filter(({ call, status: code }) =>
    call.includes(" ")
      ? !(code >= 200 && code < 300) && code !== 503
      : code !== status.OK && code !== status.UNAVAILABLE,
  );
  expect(unexpected).toEqual([]);
  expect(settled.filter(({ status: code }) => code === 201 || code === 200).length).toBeGreaterThan(0);

  for (const subscriber of subscribers) {
    if (subscriber.state.ended !== undefined) {
      expect(subscriber.state.ended).toBe(status.UNAVAILABLE);
      continue;
    }
    const before = subscriber.deliveries.length;
    await doors.grpcCall("publish", { stream: subscriber.stream, event: { type: "after" } });
    await waitFor(() => subscriber.deliveries.length > before || subscriber.state.ended !== undefined, {
      what: `a delivery on ${subscriber.stream} after the failovers`,
    });
    if (subscriber.state.ended !== undefined) expect(subscriber.state.ended).toBe(status.UNAVAILABLE);
    subscriber.call.cancel();
  }
});
