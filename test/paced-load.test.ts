// The open-loop load of the requests bench (scripts/load/paced-load.ts): requests leave on schedule whatever the
// server does, and latency counts from the schedule, so a slow server cannot hide its queue (coordinated omission).
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { measurePaced } from "../scripts/load/paced-load.ts";

const ANSWER_MS = 100;
const arrivals: number[] = [];
// Answers every request ANSWER_MS after it arrives.
const server = createServer((request, response) => {
  arrivals.push(performance.now());
  request.resume().on("end", () => {
    setTimeout(() => response.writeHead(200).end("ok"), ANSWER_MS);
  });
});
let url: string;
beforeAll(async () => {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => server.close());

const load = { body: "{}", headers: {}, timeoutMs: 5000 };

it("sends on schedule whether or not earlier requests have answered", async () => {
  arrivals.length = 0;
  // 40 requests/s for 1 s over 20 connections: ANSWER_MS keeps 4 in flight, so no request waits for a connection.
  const figures = await measurePaced({ ...load, url, rate: 40, seconds: 1, connections: 20 });
  expect(figures).toMatchObject({ rate: 40, requests: 40, failed: 0 });
  // Due 25 ms apart: the arrivals span about 975 ms. A closed loop of 20 clients would send them in two waves
  // (about ANSWER_MS in all), one client one after another's answer (about 4 s).
  const span = (arrivals.at(-1) as number) - (arrivals[0] as number);
  expect(span).toBeGreaterThan(800);
  expect(span).toBeLessThan(2000);
  expect(figures.p50_ms).toBeGreaterThanOrEqual(ANSWER_MS);
  expect(figures.by_status).toEqual({ "200": 40 });
});

it("counts the wait for a connection in the latency and in how far behind the sender got", async () => {
  // 40 requests/s over 2 connections that each answer 10 a second: the queue grows by 20 a second, so the last
  // request of the second leaves about 0.5 s behind schedule; latency from the schedule shows that wait, where
  // timing from the actual send would report about ANSWER_MS for every request.
  const figures = await measurePaced({ ...load, url, rate: 40, seconds: 1, connections: 2 });
  expect(figures.failed).toBe(0);
  expect(figures.behind_max_ms).toBeGreaterThan(300);
  expect(figures.p99_ms).toBeGreaterThan(figures.behind_max_ms);
  expect(figures.max_ms).toBeGreaterThan(400 + ANSWER_MS);
});
