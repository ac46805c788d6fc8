// What a producer enforces of a stream's catalog policy (settingsFor) on a real redis-server: undeclared streams are
// not found, reserved streams are written only with a platform capability covering them, a pattern's quota of
// streams holds under concurrent first publishes, and an entry's size and content type are checked per entry.
import {
  Producer,
  platformCapability,
  registeredStreams,
  type StreamPolicy,
  streamKeys,
} from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { useRedisWithProducer } from "./redis-with-producer.ts";

const server = useRedisWithProducer();
const entry = { type: "t", data: "{}" };

const policies =
  (quotaPattern: string, maxStreams: number) =>
  (stream: string): StreamPolicy | undefined => {
    if (stream.startsWith("reserved.")) return { reservedTo: "the test's platform path" };
    if (stream.startsWith("small.")) return { maxEntryBytes: 10, contentTypes: ["application/json"] };
    if (stream.startsWith("open.")) return { quota: { pattern: quotaPattern, maxStreams } };
    return undefined;
  };

describe("a producer under the stream catalog", () => {
  it("refuses an undeclared stream with streams.undeclared_stream (not found) and writes nothing", async () => {
    const producer = new Producer(server.client, { settingsFor: policies("open.*", 10) });
    const stream = uniqueStream("other");
    await expect(producer.send(stream, entry)).rejects.toMatchObject({
      kind: "not_found",
      code: "streams.undeclared_stream",
    });
    expect(await server.client.exists(streamKeys(stream).stream)).toBe(0);
  });

  it("writes a reserved stream only with a capability covering it", async () => {
    const stream = uniqueStream("reserved.a");
    const settingsFor = policies("open.*", 10);
    const refused = [
      new Producer(server.client, { settingsFor }),
      new Producer(server.client, { settingsFor, platform: platformCapability("reserved.b*") }),
    ];
    for (const producer of refused) {
      await expect(producer.send(stream, entry)).rejects.toMatchObject({
        kind: "forbidden",
        code: "streams.reserved_stream",
        message: expect.stringContaining("the test's platform path"),
      });
    }
    expect(await server.client.exists(streamKeys(stream).stream)).toBe(0);
    const platform = new Producer(server.client, { settingsFor, platform: platformCapability("reserved.*") });
    await expect(platform.send(stream, entry)).resolves.toMatch(/^\d+-\d+$/);
  });

  it("creates at most a pattern's quota of streams, even when many first publishes race", async () => {
    const pattern = `open.${uniqueStream("q")}.*`;
    const producers = Array.from(
      { length: 4 },
      () => new Producer(server.client, { settingsFor: policies(pattern, 5) }),
    );
    const names = Array.from({ length: 20 }, (_, i) => `open.race${i}-${uniqueStream("s")}`);
    const outcomes = await Promise.allSettled(
      names.map((name, i) => (producers[i % 4] as Producer).send(name, entry)),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(5);
    for (const outcome of outcomes.filter((o) => o.status === "rejected")) {
      expect((outcome as PromiseRejectedResult).reason).toMatchObject({
        kind: "exhausted",
        code: "streams.quota_exceeded",
      });
    }
    expect(await registeredStreams(server.client, pattern)).toHaveLength(5);
    let existing = 0;
    for (const name of names) existing += await server.client.exists(streamKeys(name).stream);
    expect(existing).toBe(5);
    // A registered stream keeps taking writes at the quota.
    const [registered] = await registeredStreams(server.client, pattern);
    await expect((producers[0] as Producer).send(registered as string, entry)).resolves.toBeTruthy();
  });

  it("checks an entry's size and content type against its stream's, per entry", async () => {
    const producer = new Producer(server.client, { settingsFor: policies("open.*", 10) });
    const results = await producer.sendBatch(uniqueStream("small.a"), [
      { type: "t", data: "{}" },
      { type: "t", data: `"${"x".repeat(20)}"` },
      { type: "t", data: Buffer.from("bin"), contentType: "application/octet-stream" },
    ]);
    expect(results[0]).toEqual({ id: expect.any(String) });
    expect(results[1]).toMatchObject({ error: { kind: "too_large" } });
    expect(results[2]).toMatchObject({
      error: { kind: "unsupported", code: "streams.unsupported_content_type" },
    });
  });
});
