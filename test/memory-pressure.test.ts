// A full Redis under noeviction: producers get a clear `unavailable` error (HTTP 503 with Retry-After) and count it
// as PublishFailures, consumers keep draining, nothing is evicted, and trimming what was acknowledged lets producers
// in again.
import { emfSink, routeMetrics } from "@sluice/observability";
import { applyRetention, createRedisClient, Producer, streamKeys, UnavailableError } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { useLocalApi } from "./support/http.ts";

const api = useLocalApi({ redis: { maxmemory: "4mb", maxmemoryPolicy: "noeviction" } });
const KB = "x".repeat(1024);

describe("memory pressure (maxmemory with noeviction)", () => {
  it("refuses producers with unavailable and 503, lets consumers drain, evicts nothing, recovers after a trim", async () => {
    const client = api.redis.client;
    const stream = uniqueStream("full");
    const key = streamKeys(stream).stream;
    await client.xgroup("CREATE", key, "g", "$", "MKSTREAM");
    await client.set("other-key", "kept");
    const lines: string[] = [];
    const producer = new Producer(client, { metrics: emfSink((line) => lines.push(line)) });
    let refused: unknown;
    let refusedCount = 0;
    for (let i = 0; i < 100 && refused === undefined; i++) {
      const results = await producer.sendBatch(stream, [
        ...Array.from({ length: 100 }, () => ({ type: "fill", data: KB })),
        { type: "not a valid type", data: KB }, // the caller's mistake: never a publish failure
      ]);
      const unavailable = results.flatMap((r) =>
        "error" in r && r.error instanceof UnavailableError ? [r.error] : [],
      );
      [refused] = unavailable;
      refusedCount = unavailable.length;
    }
    expect(refused).toBeInstanceOf(UnavailableError);
    expect(refused).toMatchObject({ code: "streams.out_of_memory", kind: "unavailable" });
    const failures = lines.map((line) => JSON.parse(line));
    expect(failures).toEqual([
      expect.objectContaining({
        Stream: stream,
        Reason: "out_of_memory",
        PublishFailures: expect.any(Number),
      }),
    ]);
    expect(failures[0]._aws.CloudWatchMetrics[0].Dimensions).toEqual([["Stream", "Reason"]]);
    expect(failures[0].PublishFailures).toBe(refusedCount);

    // The HTTP handlers' producer counts it too, where metrics are routed (stdout in a Lambda).
    const routed: string[] = [];
    const previous = routeMetrics((line) => routed.push(line));
    let response: Awaited<ReturnType<typeof api.call>>;
    try {
      response = await api.call("POST", `/v1/streams/${stream}/messages`, { body: { type: "t", data: 1 } });
    } finally {
      routeMetrics(previous);
    }
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(response.json).toMatchObject({ error: expect.any(String) });
    expect(routed.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ Stream: stream, Reason: "out_of_memory", PublishFailures: 1 }),
    ]);

    // Consumers read and acknowledge at full memory.
    const length = await client.xlen(key);
    const read = (await client.xreadgroup("GROUP", "g", "c", "COUNT", length, "STREAMS", key, ">")) as [
      string,
      [string, string[]][],
    ][];
    const ids = read[0]?.[1].map(([id]) => id) ?? [];
    expect(ids).toHaveLength(length);
    expect(await client.xack(key, "g", ...ids)).toBe(length);
    const info = String(await client.info("stats"));
    expect(/evicted_keys:(\d+)/.exec(info)?.[1]).toBe("0");
    expect(await client.get("other-key")).toBe("kept");

    // Group-aware retention frees what every group acknowledged; producers get in again.
    expect((await applyRetention(client, stream)).trimmed).toBe(length);
    const [again] = await producer.sendBatch(stream, [{ type: "after", data: "ok" }]);
    expect(again).toMatchObject({ id: expect.any(String) });
  });

  it("counts the writes of a Redis it cannot reach as PublishFailures with reason unavailable", async () => {
    const client = createRedisClient({ ...api.redis.redis.target, maxRetriesPerRequest: 0 });
    client.disconnect();
    const lines: string[] = [];
    const producer = new Producer(client, { metrics: emfSink((line) => lines.push(line)) });
    const stream = uniqueStream("down");
    const results = await producer.sendBatch(stream, [
      { type: "t", data: "1" },
      { type: "t", data: "2" },
    ]);
    expect(results.every((r) => "error" in r && r.error instanceof UnavailableError)).toBe(true);
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ Stream: stream, Reason: "unavailable", PublishFailures: 2 }),
    ]);
  });
});
