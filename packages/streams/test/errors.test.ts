import { createRedisClient, Producer, type RedisClient, toStreamsError } from "@sluice/streams";
import { type RedisServer, startRedis } from "@sluice/testing";
import { ReplyError } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("typed Redis failures", () => {
  let redis: RedisServer;
  let client: RedisClient;
  beforeAll(async () => {
    redis = await startRedis({ maxmemory: "2mb", maxmemoryPolicy: "noeviction" });
    client = createRedisClient({ ...redis.target, commandTimeoutMs: 1000 }).on("error", () => {});
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  it("reports Redis out of memory as unavailable, per entry", async () => {
    const producer = new Producer(client);
    const big = "x".repeat(100_000);
    let results: Awaited<ReturnType<Producer["sendBatch"]>> = [];
    for (let i = 0; i < 50 && !results.some((r) => "error" in r); i += 1) {
      results = await producer.sendBatch("oom", [{ type: "t", data: big }]);
    }
    expect(results[0]).toMatchObject({ error: { kind: "unavailable", code: "streams.out_of_memory" } });
  });

  it("reports a lost connection as unavailable within the bounded timeouts", async () => {
    await redis.kill();
    const started = Date.now();
    await expect(new Producer(client).send("down", { type: "t", data: "{}" })).rejects.toMatchObject({
      kind: "unavailable",
      code: "streams.unavailable",
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("types a blocking call ended by a failover (UNBLOCKED) as unavailable", () => {
    const ended = new ReplyError(
      "UNBLOCKED force unblock from blocking operation, instance state changed (master -> replica?)",
    );
    expect(toStreamsError(ended)).toMatchObject({ kind: "unavailable", code: "streams.unavailable" });
  });

  it("types a pipelined command aborted by a lost connection as unavailable (it may have been applied)", () => {
    // ioredis's AbortError for the commands of a pipeline or MULTI still unanswered when the socket closed: seen by
    // the chaos run as gRPC INTERNAL on a durable publish (script + WAIT) while the primary was killed.
    const aborted = Object.assign(new Error("Command aborted due to connection close"), {
      name: "AbortError",
    });
    expect(toStreamsError(aborted)).toMatchObject({ kind: "unavailable", code: "streams.unavailable" });
  });

  it("rejects a connection config without nodes or with a bad mode", () => {
    expect(() => createRedisClient({ mode: "standalone", nodes: [] })).toThrow(/at least one node/);
    expect(() => createRedisClient({ mode: "sentinel" as never, nodes: [{ host: "h", port: 1 }] })).toThrow(
      /mode must be "standalone" or "cluster"/,
    );
    expect(() => createRedisClient({ mode: "standalone", nodes: [{ host: "h", port: 70000 }] })).toThrow(
      /port from 1 to 65535/,
    );
  });
});
