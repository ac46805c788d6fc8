// GET /v1/streams, GET /v1/streams/{stream}, POST …/dlq/redrive and GET /v1/health through the local server.
import { Producer, streamKeys } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { useLocalApi } from "./support/http.ts";

const api = useLocalApi();
const entries = (count: number) =>
  Array.from({ length: count }, (_, n) => ({ type: "t", data: `{"n":${n}}` }));

describe("stream figures", () => {
  it("lists streams with length and DLQ length, including one with only dead letters; not helper keys", async () => {
    const [a, b] = [uniqueStream("list-a"), uniqueStream("list-b")];
    await new Producer(api.redis.client).sendBatch(a, entries(3));
    await api.redis.client.xadd(streamKeys(b).dlq, "*", "t", "t", "d", "{}");
    await api.redis.client.hset(streamKeys(a).errors("g"), "1-0", "x");
    await api.redis.client.xadd("other:stream", "*", "f", "v");
    const response = await api.call("GET", "/v1/streams");
    expect(response.status).toBe(200);
    const streams = response.json.streams as { name: string }[];
    expect(streams.filter((s) => s.name === a || s.name === b)).toEqual([
      { name: a, length: 3, dlqLength: 0 },
      { name: b, length: 0, dlqLength: 1 },
    ]);
    expect(streams.map((s) => s.name)).toEqual([...streams.map((s) => s.name)].sort());
    expect(response.json.truncated).toBe(false);
    const limited = await api.call("GET", "/v1/streams?limit=1");
    expect(limited.json).toMatchObject({ streams: [expect.any(Object)], truncated: true });
    expect((await api.call("GET", "/v1/streams?limit=x")).status).toBe(400);
    expect((await api.call("GET", "/v1/streams?limit=5000")).json.error).toBe("streams.invalid_option");
  });

  it("describes a stream: ends, DLQ length, groups with lag, lag age, pending, oldest pending age, consumers", async () => {
    const stream = uniqueStream("stats");
    const keys = streamKeys(stream);
    const ids = (await new Producer(api.redis.client).sendBatch(stream, entries(5))).map((r) =>
      "id" in r ? r.id : "",
    );
    await api.redis.client.xgroup("CREATE", keys.stream, "billing", "0");
    await api.redis.client.xreadgroup("GROUP", "billing", "c1", "COUNT", 2, "STREAMS", keys.stream, ">");
    const response = await api.call("GET", `/v1/streams/${stream}`);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      name: stream,
      length: 5,
      firstId: ids[0],
      lastId: ids[4],
      dlqLength: 0,
      groups: [
        {
          name: "billing",
          consumers: 1,
          lag: 3,
          lagAgeMs: expect.any(Number),
          pending: 2,
          oldestPendingAgeMs: expect.any(Number),
          maxDeliveryCount: 1,
          lastDeliveredId: ids[1],
        },
      ],
    });
  });

  it("an unknown stream is 404, a bad name 400", async () => {
    const missing = await api.call("GET", "/v1/streams/never-written");
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({
      error: "streams.not_found",
      message: 'Stream "never-written" does not exist',
      details: { stream: "never-written" },
    });
    expect((await api.call("GET", "/v1/streams/Nope")).json.error).toBe("streams.invalid_name");
  });
});

describe("redrive", () => {
  it("moves dead letters back (all, or a range and a limit) and answers how many", async () => {
    const stream = uniqueStream("redrive");
    const keys = streamKeys(stream);
    const ids: string[] = [];
    for (let n = 0; n < 5; n++)
      ids.push((await api.redis.client.xadd(keys.dlq, "*", "t", "t", "d", `{"n":${n}}`)) as string);
    const some = await api.call("POST", `/v1/streams/${stream}/dlq/redrive`, {
      body: { from: ids[1], to: ids[3], limit: 2 },
    });
    expect(some.status).toBe(200);
    expect(some.json).toEqual({ moved: 2 });
    const rest = await api.call("POST", `/v1/streams/${stream}/dlq/redrive`);
    expect(rest.json).toEqual({ moved: 3 });
    expect(await api.redis.client.xlen(keys.stream)).toBe(5);
    expect(await api.redis.client.xlen(keys.dlq)).toBe(0);
  });

  it("rejects bad ids and options with 400", async () => {
    const path = `/v1/streams/${uniqueStream("redrive-bad")}/dlq/redrive`;
    const cases: [unknown, string][] = [
      [{ from: "yesterday" }, "streams.invalid_id"],
      [{ to: 5 }, "http.invalid_body"],
      [{ limit: 0 }, "http.invalid_body"],
      [{ limit: 10_000, ratePerSecond: 10 }, "http.invalid_body"],
      [{ max: 1 }, "http.invalid_body"],
      [[1], "http.invalid_body"],
    ];
    for (const [body, code] of cases) {
      const response = await api.call("POST", path, { body });
      expect({ body, status: response.status, code: response.json.error }).toEqual({
        body,
        status: 400,
        code,
      });
    }
    const bad = await api.call("POST", path, { body: { from: "yesterday" } });
    expect(bad.json.message).toBe("Redrive from must be a stream id, got yesterday");
  });
});

describe("health", () => {
  it("is ok with the Redis round trip while Redis answers, 503 (not 500, no hang) once it is gone", async () => {
    const ok = await api.call("GET", "/v1/health");
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({
      status: "ok",
      live: true,
      ready: true,
      redis: { ok: true, roundTripMs: expect.any(Number) },
    });
    await api.redis.redis.kill();
    const started = Date.now();
    const down = await api.call("GET", "/v1/health");
    expect(Date.now() - started).toBeLessThan(6000);
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    expect(down.json).toEqual({
      status: "unavailable",
      live: true,
      ready: false,
      redis: {
        ok: false,
        reason: expect.stringMatching(/^(unreachable|timed_out)$/),
        error: expect.stringMatching(/^Redis (is unreachable|did not answer in time)$/),
      },
    });
    const appending = Date.now();
    const append = await api.call("POST", "/v1/streams/x/messages", { body: { type: "t", data: 1 } });
    expect(append.status).toBe(503);
    expect(append.json).toEqual({
      error: "streams.unavailable",
      message: "The service is temporarily unavailable: retry later",
    });
    expect(append.headers.get("retry-after")).toBe("1");
    expect(Date.now() - appending).toBeLessThan(6000);
    await api.redis.redis.restart();
    expect((await api.call("GET", "/v1/health")).status).toBe(200);
  });
});
