// POST /v1/streams/{stream}/messages over each stream's defaults: the route function of functions/http/append-messages.ts
// served with a producer that reads a stream table of this test's own (producerPolicy over it, as the handlers'
// producer reads the platform's), over a primary with one replica (a paused replica does not confirm). The header
// `Sluice-Durability` overrides a stream's durability; an idempotency key lives for its stream's window.
import { Producer, streamKeys } from "@sluice/streams";
import type { RedisServer } from "@sluice/testing";
import { uniqueStream } from "@sluice/testing/clients";
import { afterEach, describe, expect, it } from "vitest";
import { appendMessagesRoute } from "../functions/http/append-messages.ts";
import { route } from "../functions/shared/http-route.ts";
import { producerPolicy } from "../functions/shared/stream-access.ts";
import { useReplicatedLocalApi } from "./support/http.ts";
import { streamEntry } from "./support/stream-entry.ts";

const TABLE = [
  streamEntry("ledger.*", {
    purpose: "durable by default, with a short idempotency window",
    // Not shorter: at 300 ms a loaded CI machine's replica once missed the wait of an entry it then had.
    durable: { timeoutMs: 1000 },
    idempotencyWindowMs: 2000,
  }),
  // Two replicas, which this test's set (one replica) never confirms.
  streamEntry("quorum", { durable: { replicas: 2, timeoutMs: 200 } }),
  streamEntry("*"),
];

const api = useReplicatedLocalApi({
  routes: async () => {
    const producer = new Producer(api.redis.client, {
      settingsFor: (stream) => producerPolicy(stream, TABLE),
    });
    const handler = route(appendMessagesRoute(() => producer));
    return [{ method: "POST", path: "/v1/streams/{stream}/messages", handler, public: false }];
  },
});
const replica = () => api.redis.set.servers[1] as RedisServer;
afterEach(async () => {
  if (replica().isPaused()) await replica().resume();
});

const publish = (stream: string, headers: Record<string, string> = {}) =>
  api.call("POST", `/v1/streams/${stream}/messages`, { body: { type: "t", data: 1 }, headers });
const outcome = async (stream: string, headers?: Record<string, string>) => {
  const response = await publish(stream, headers);
  return response.status === 201 ? 201 : `${response.status} ${response.json.error}`;
};
const NOT_REPLICATED = "503 streams.not_replicated";

describe("a stream durable by default", () => {
  it("answers 201 once the replica has the entry", async () => {
    const stream = uniqueStream("ledger.a");
    const response = await publish(stream);
    expect(response.status).toBe(201);
    expect(await replica().cli("xrange", streamKeys(stream).stream, "-", "+")).toContain(response.json.id);
  });

  it("answers 503 streams.not_replicated while the replica is paused, unless Sluice-Durability: none", async () => {
    const stream = uniqueStream("ledger.b");
    await replica().pause();
    expect(await outcome(stream)).toBe(NOT_REPLICATED);
    expect(await outcome(stream, { "sluice-durability": "replicated" })).toBe(NOT_REPLICATED);
    expect(await outcome(stream, { "sluice-durability": "none" })).toBe(201);
    // A stream not durable by default is not held back by the pause, unless the request asks.
    const other = uniqueStream("other");
    expect(await outcome(other)).toBe(201);
    expect(await outcome(other, { "sluice-durability": "replicated" })).toBe(NOT_REPLICATED);
    expect(await api.redis.client.xlen(streamKeys(stream).stream)).toBe(3);
  });

  it("Sluice-Durability: replicated keeps the stream's replicas (2 here: never confirmed); none overrides them", async () => {
    expect(await outcome("quorum")).toBe(NOT_REPLICATED);
    expect(await outcome("quorum", { "sluice-durability": "replicated" })).toBe(NOT_REPLICATED);
    expect(await outcome("quorum", { "sluice-durability": "none" })).toBe(201);
  });
});

it("an idempotency key lives for its stream's window", async () => {
  const ttl = async (stream: string) => {
    expect((await publish(stream, { "idempotency-key": "k-1" })).status).toBe(201);
    return api.redis.client.pttl(streamKeys(stream).idempotency("k-1"));
  };
  const short = await ttl(uniqueStream("ledger.c"));
  expect(short).toBeGreaterThan(0);
  expect(short).toBeLessThanOrEqual(2000);
  expect(await ttl(uniqueStream("other"))).toBeGreaterThan(290_000);
});
