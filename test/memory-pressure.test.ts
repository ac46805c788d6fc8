// A full Redis under noeviction: producers get a clear `unavailable` error (HTTP 503 with Retry-After), consumers
// keep draining, nothing is evicted, and trimming what was acknowledged lets producers in again.
import { applyRetention, Producer, streamKeys, UnavailableError } from "@sluice/streams";
import { describe, expect, it } from "vitest";
import { uniqueStream } from "./support/clients.ts";
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
    const producer = new Producer(client);
    let refused: unknown;
    for (let i = 0; i < 100 && refused === undefined; i++) {
      const results = await producer.sendBatch(
        stream,
        Array.from({ length: 100 }, () => ({ type: "fill", data: KB })),
      );
      refused = results.find((result) => "error" in result)?.error;
    }
    expect(refused).toBeInstanceOf(UnavailableError);
    expect(refused).toMatchObject({ code: "streams.out_of_memory", kind: "unavailable" });

    const response = await api.call("POST", `/v1/streams/${stream}/messages`, {
      body: { type: "t", data: 1 },
    });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(response.json).toMatchObject({ error: expect.any(String) });

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
});
