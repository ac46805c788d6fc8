import { setTimeout as sleep } from "node:timers/promises";
import { status } from "@grpc/grpc-js";
import { deadLetter, streamKeys } from "@sluice/streams";
import { uniqueStream } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { sluice } from "../src/index.ts";
import { errorCode, failure, num, unary, useGrpcServer } from "./grpc-harness.ts";

const grpc = useGrpcServer();
const { UnconsumedPolicy } = sluice.streaming.v1;

async function publish(stream: string, count: number): Promise<string[]> {
  const events = Array.from({ length: count }, (_, i) => ({ type: "n", data: Buffer.from(String(i)) }));
  const { results } = await unary(grpc.client, "publishBatch", { stream, events });
  return results.map((result) => result.id as string);
}

describe("GetStreamInfo", () => {
  it("answers NOT_FOUND for a stream that does not exist", async () => {
    const error = await failure(unary(grpc.client, "getStreamInfo", { stream: uniqueStream("none") }));
    expect(error.code).toBe(status.NOT_FOUND);
    expect(errorCode(error)).toBe("streams.not_found");
  });

  it("describes a stream and its groups", async () => {
    const stream = uniqueStream("info");
    const ids = await publish(stream, 3);
    await unary(grpc.client, "registerStream", { stream, groups: ["g"] });
    const info = await unary(grpc.client, "getStreamInfo", { stream });
    expect(info.toJSON()).toEqual({
      name: stream,
      length: "3",
      firstId: ids[0],
      lastId: ids[2],
      groups: [{ name: "g", lag: "3", lagAgeMs: expect.any(String), lastDeliveredId: "0-0" }],
    });
  });
});

describe("ListStreams", () => {
  it("lists streams sorted by name with their lengths, up to the limit", async () => {
    const [a, b] = [uniqueStream("list-a"), uniqueStream("list-b")];
    await publish(b, 2);
    await publish(a, 1);
    const { streams } = await unary(grpc.client, "listStreams", {});
    const mine = streams.filter((s) => s.name === a || s.name === b);
    expect(mine.map((s) => [s.name, num(s.length)])).toEqual([
      [a, 1],
      [b, 2],
    ]);
    const limited = await unary(grpc.client, "listStreams", { limit: 1 });
    expect(limited.streams.length).toBe(1);
    expect(limited.truncated).toBe(true);
    const error = await failure(unary(grpc.client, "listStreams", { limit: 1001 }));
    expect(error.details).toBe("limit: 1 to 1000 (0 means 1000), got 1001");
  });
});

describe("RegisterStream", () => {
  it("creates the groups that are missing and applies the retention policy once", async () => {
    const stream = uniqueStream("reg");
    await publish(stream, 10);
    await unary(grpc.client, "registerStream", { stream, groups: ["existing"] });
    const response = await unary(grpc.client, "registerStream", {
      stream,
      groups: ["existing", "new"],
      retention: { maxLength: 4, unconsumed: UnconsumedPolicy.UNCONSUMED_POLICY_DROP },
    });
    expect(response.createdGroups).toEqual(["new"]);
    expect(num(response.trimmed)).toBe(6);
    expect(num(response.info?.length)).toBe(4);
    expect(response.info?.groups?.map((g) => g.name)).toEqual(["existing", "new"]);
    expect(await grpc.redis.client.xlen(streamKeys(stream).stream)).toBe(4);
  });

  it("keeps unconsumed entries under the default policy", async () => {
    const stream = uniqueStream("reg");
    await publish(stream, 5);
    const response = await unary(grpc.client, "registerStream", {
      stream,
      groups: ["g"],
      retention: { maxLength: 2 },
    });
    expect(response.createdGroups).toEqual(["g"]);
    expect(num(response.trimmed)).toBe(0);
    expect(num(response.info?.length)).toBe(5);
  });

  it("creates an empty stream and checks its arguments", async () => {
    const stream = uniqueStream("reg");
    const response = await unary(grpc.client, "registerStream", { stream, groups: ["a", "b"] });
    expect(response.createdGroups).toEqual(["a", "b"]);
    expect(response.info?.name).toBe(stream);
    const noGroups = await failure(unary(grpc.client, "registerStream", { stream }));
    expect(noGroups.details).toBe("groups: 1 to 100 groups, got 0");
    const badPolicy = await failure(
      unary(grpc.client, "registerStream", {
        stream,
        groups: ["a"],
        retention: { unconsumed: 7 as sluice.streaming.v1.UnconsumedPolicy },
      }),
    );
    expect(badPolicy.code).toBe(status.INVALID_ARGUMENT);
    expect(badPolicy.details).toMatch(/^retention.unconsumed:/);
  });
});

describe("Redrive", () => {
  it("moves dead-lettered entries back, pending again for the group that failed them", async () => {
    const stream = uniqueStream("dlq");
    const keys = streamKeys(stream);
    const ids = await publish(stream, 3);
    await unary(grpc.client, "registerStream", { stream, groups: ["g"] });
    await grpc.redis.client.xreadgroup("GROUP", "g", "worker", "COUNT", 3, "STREAMS", keys.stream, ">");
    for (const id of ids) {
      await deadLetter(grpc.redis.client, { keys, group: "g", consumer: "worker", id, reason: "test" });
    }
    expect(await grpc.redis.client.xlen(keys.dlq)).toBe(3);
    const partial = await unary(grpc.client, "redrive", { stream, limit: 2 });
    expect(partial.moved).toBe(2);
    const rest = await unary(grpc.client, "redrive", { stream });
    expect(rest.moved).toBe(1);
    expect(await grpc.redis.client.xlen(keys.dlq)).toBe(0);
    const [pending] = (await grpc.redis.client.call("XPENDING", keys.stream, "g")) as [number];
    expect(pending).toBe(3);
    expect((await unary(grpc.client, "redrive", { stream })).moved).toBe(0);
  });

  it("stops when the call's deadline passes", async () => {
    const stream = uniqueStream("dlq");
    const keys = streamKeys(stream);
    const ids = await publish(stream, 5);
    await unary(grpc.client, "registerStream", { stream, groups: ["g"] });
    await grpc.redis.client.xreadgroup("GROUP", "g", "worker", "COUNT", 5, "STREAMS", keys.stream, ">");
    for (const id of ids) {
      await deadLetter(grpc.redis.client, { keys, group: "g", consumer: "worker", id, reason: "test" });
    }
    // Two entries per second: all five would take over two seconds.
    const error = await failure(
      unary(grpc.client, "redrive", { stream, ratePerSecond: 2 }, { deadlineMs: 300 }),
    );
    expect(error.code).toBe(status.DEADLINE_EXCEEDED);
    await sleep(2000);
    expect(await grpc.redis.client.xlen(keys.dlq)).toBe(3);
  });

  it("checks the range ids", async () => {
    const error = await failure(
      unary(grpc.client, "redrive", { stream: uniqueStream("dlq"), fromId: "yesterday" }),
    );
    expect(error.code).toBe(status.INVALID_ARGUMENT);
  });
});

describe("GetMetrics", () => {
  it("reports several streams in request order, with zeros for one that does not exist", async () => {
    const [a, b, missing] = [uniqueStream("m"), uniqueStream("m"), uniqueStream("m")];
    await publish(a, 2);
    await publish(b, 1);
    await unary(grpc.client, "registerStream", { stream: b, groups: ["g"] });
    const before = Date.now();
    const response = await unary(grpc.client, "getMetrics", { streams: [b, a, missing] });
    expect(
      response.streams.map((s) => [s.name, num(s.length), (s.groups ?? []).map((g) => [g.name, num(g.lag)])]),
    ).toEqual([
      [b, 1, [["g", 1]]],
      [a, 2, []],
      [missing, 0, []],
    ]);
    expect(num(response.readAt?.seconds) * 1000).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    const error = await failure(unary(grpc.client, "getMetrics", { streams: [] }));
    expect(error.details).toBe("streams: 1 to 100 streams, got 0");
  });
});
