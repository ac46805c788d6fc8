// POST /v1/streams/{stream}/messages with Idempotency-Key and Sluice-Durability, through the local API Gateway adapter
// with the real handler, over a primary with one replica (a paused replica does not confirm).
import { streamKeys } from "@sluice/streams";
import type { RedisServer } from "@sluice/testing";
import { uniqueStream } from "@sluice/testing/clients";
import { afterEach, describe, expect, it } from "vitest";
import { useReplicatedLocalApi } from "./support/http.ts";

const api = useReplicatedLocalApi();
const messages = (stream: string) => `/v1/streams/${stream}/messages`;
const ids = async (stream: string, client = api.redis.client) =>
  (await client.xrange(streamKeys(stream).stream, "-", "+")).map(([id]) => id);

const replica = () => api.redis.set.servers[1] as RedisServer;

afterEach(async () => {
  if (replica().isPaused()) await replica().resume();
});

describe("Idempotency-Key", () => {
  it("answers a retry with the same status and id, Idempotent-Replayed: true, and writes once", async () => {
    const stream = uniqueStream("idem");
    const request = {
      body: { type: "order.created", data: { n: 1 } },
      headers: { "idempotency-key": "order-1" },
    };
    const first = await api.call("POST", messages(stream), request);
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const retry = await api.call("POST", messages(stream), request);
    expect(retry.status).toBe(201);
    expect(retry.json).toEqual(first.json);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await ids(stream)).toEqual([first.json.id]);
    // Another key, or none, writes.
    const other = await api.call("POST", messages(stream), {
      ...request,
      headers: { "idempotency-key": "order-2" },
    });
    const none = await api.call("POST", messages(stream), { body: request.body });
    expect(await ids(stream)).toEqual([first.json.id, other.json.id, none.json.id]);
  });

  it("gives each entry of a batch the key <key>:<index>; a retry of the batch replays every written entry", async () => {
    const stream = uniqueStream("idem-batch");
    const body = {
      entries: [
        { type: "a", data: 1 },
        { type: "bad type!", data: 2 },
        { type: "c", data: 3 },
      ],
    };
    const headers = { "idempotency-key": "batch-7" };
    const first = await api.call("POST", messages(stream), { body, headers });
    expect(first.status).toBe(200);
    const [a, bad, c] = first.json.results as { id?: string; error?: { code: string } }[];
    expect(bad?.error?.code).toBe("streams.invalid_entry");
    const retry = await api.call("POST", messages(stream), { body, headers });
    expect(retry.json).toEqual({
      results: [{ id: a?.id, replayed: true }, bad, { id: c?.id, replayed: true }],
      failed: 1,
    });
    // The third entry's key is batch-7:2: a single publish with that key is its replay.
    const single = await api.call("POST", messages(stream), {
      body: { type: "c", data: 3 },
      headers: { "idempotency-key": "batch-7:2" },
    });
    expect(single.json).toEqual({ id: c?.id });
    expect(single.headers.get("idempotent-replayed")).toBe("true");
    expect(await ids(stream)).toEqual([a?.id, c?.id]);
  });

  it.each([
    [
      "a key with a space",
      { "idempotency-key": "a b" },
      'Idempotency-Key must be 1-200 characters of A-Z a-z 0-9 . _ : @ / -, got "a b"',
    ],
    [
      "a key of 201 characters",
      { "idempotency-key": "k".repeat(201) },
      /^Idempotency-Key must be 1-200 characters/,
    ],
    [
      "an unknown durability",
      { "sluice-durability": "all" },
      'Sluice-Durability must be "replicated" or "none", got "all"',
    ],
  ])(
    "refuses %s with 400 http.invalid_header naming the header, writing nothing",
    async (_, headers, message) => {
      const stream = uniqueStream("bad-header");
      const response = await api.call("POST", messages(stream), { body: { type: "t", data: 1 }, headers });
      expect(response.status).toBe(400);
      expect(response.json).toMatchObject({ error: "http.invalid_header", message });
      expect(await ids(stream)).toEqual([]);
    },
  );

  it("refuses a batch key too long for its last index (<key>:<index> at most 200 characters)", async () => {
    const stream = uniqueStream("bad-header");
    const entries = Array.from({ length: 12 }, (_, n) => ({ type: "t", data: n }));
    const response = await api.call("POST", messages(stream), {
      body: { entries },
      headers: { "idempotency-key": "k".repeat(198) },
    });
    expect(response.status).toBe(400);
    expect(response.json.message).toMatch(
      /^Idempotency-Key must be at most 197 characters for a batch of 12 entries/,
    );
    expect(await ids(stream)).toEqual([]);
  });
});

describe("Sluice-Durability: replicated", () => {
  it("answers 201 once the replica has the entry", async () => {
    const stream = uniqueStream("durable");
    const response = await api.call("POST", messages(stream), {
      body: { type: "t", data: 1 },
      headers: { "sluice-durability": "replicated" },
    });
    expect(response.status).toBe(201);
    expect(await replica().cli("xrange", streamKeys(stream).stream, "-", "+")).toContain(response.json.id);
  });

  it("answers 503 streams.not_replicated with the id while the replica is paused; a retry with the key answers it", async () => {
    const stream = uniqueStream("unreplicated");
    const request = {
      body: { type: "t", data: 1 },
      headers: { "sluice-durability": "replicated", "idempotency-key": "u-1" },
    };
    await replica().pause();
    const response = await api.call("POST", messages(stream), request);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(response.json).toMatchObject({
      error: "streams.not_replicated",
      message: expect.stringMatching(/written/),
      details: { id: expect.stringMatching(/^\d+-\d+$/) },
    });
    const { id } = response.json.details as { id: string };
    expect(await ids(stream)).toEqual([id]);
    // Not durable (explicitly, or by default), the same pause holds nothing back.
    for (const headers of [{ "sluice-durability": "none" }, {}] as Record<string, string>[]) {
      expect((await api.call("POST", messages(stream), { body: request.body, headers })).status).toBe(201);
    }
    await replica().resume();
    const retry = await api.call("POST", messages(stream), request);
    expect(retry.status).toBe(201);
    expect(retry.json).toEqual({ id });
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await ids(stream)).toHaveLength(3);
  });

  it("reports each entry of a batch written but not replicated with its id: 200, counted as failed", async () => {
    const stream = uniqueStream("unreplicated-batch");
    await replica().pause();
    const response = await api.call("POST", messages(stream), {
      body: {
        entries: [
          { type: "a", data: 1 },
          { type: "b", data: 2 },
        ],
      },
      headers: { "sluice-durability": "REPLICATED" },
    });
    expect(response.status).toBe(200);
    const written = await ids(stream);
    expect(written).toHaveLength(2);
    expect(response.json).toEqual({
      results: written.map((id) => ({
        error: { code: "streams.not_replicated", message: expect.stringMatching(/written/), id },
      })),
      failed: 2,
    });
  });
});
