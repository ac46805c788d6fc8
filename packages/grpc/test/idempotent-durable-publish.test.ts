// Publish and PublishBatch with idempotency keys and `durable`, over a primary with one replica (a paused replica
// does not confirm); and over each stream's own defaults (the server's `settingsFor`), which `durable` overrides.
import { status } from "@grpc/grpc-js";
import { streamKeys } from "@sluice/streams";
import type { RedisServer } from "@sluice/testing";
import { uniqueStream, useRedisReplicaSet } from "@sluice/testing/clients";
import { afterEach, describe, expect, it } from "vitest";
import { ENTRY_ID_KEY } from "../src/index.ts";
import { errorCode, failure, unary, useGrpcServerOn } from "./grpc-harness.ts";

const redis = useRedisReplicaSet();
const grpc = useGrpcServerOn(() => redis.set.target);
/**
 * Streams `ledger-*` are durable by default (a 1 s wait: at 300 ms a loaded machine's replica can miss it) with a 2 s
 * idempotency window; `quorum-*` ask for 2 replicas, which a set with one never confirms; others keep the producer's
 * defaults (not durable, 5 minutes).
 */
const withDefaults = useGrpcServerOn(() => redis.set.target, {
  settingsFor: (stream) =>
    stream.startsWith("ledger-")
      ? { durable: { timeoutMs: 1000 }, idempotencyWindowMs: 2000 }
      : stream.startsWith("quorum-")
        ? { durable: { replicas: 2, timeoutMs: 200 } }
        : {},
});
const replica = () => redis.set.servers[1] as RedisServer;
afterEach(async () => {
  if (replica().isPaused()) await replica().resume();
});

const ids = async (stream: string) =>
  (await redis.client.xrange(streamKeys(stream).stream, "-", "+")).map(([id]) => id);
const event = (idempotencyKey = "") => ({ type: "t", data: Buffer.from("1"), idempotencyKey });

describe("idempotency_key", () => {
  it("Publish: a retry with the same key returns the same id with replayed and writes once", async () => {
    const stream = uniqueStream("idem");
    const first = await unary(grpc.client, "publish", { stream, event: event("order-1") });
    expect(first.replayed).toBeFalsy();
    const retry = await unary(grpc.client, "publish", { stream, event: event("order-1") });
    expect(retry).toMatchObject({ id: first.id, replayed: true });
    await unary(grpc.client, "publish", { stream, event: event() });
    expect(await ids(stream)).toHaveLength(2);
  });

  it("PublishBatch: keys per event; a retry replays the written events; a bad key fails its event only", async () => {
    const stream = uniqueStream("idem-batch");
    const events = [event("b-1"), event("bad key!"), event("b-3")];
    const first = await unary(grpc.client, "publishBatch", { stream, events });
    const [one, bad, three] = first.results ?? [];
    expect(bad?.error?.code).toBe("streams.invalid_idempotency_key");
    const retry = await unary(grpc.client, "publishBatch", { stream, events });
    expect(retry.results?.map((r) => [r.id ?? r.error?.code, r.replayed === true])).toEqual([
      [one?.id, true],
      ["streams.invalid_idempotency_key", false],
      [three?.id, true],
    ]);
    expect(await ids(stream)).toEqual([one?.id, three?.id]);
  });

  it("Publish: a bad key is INVALID_ARGUMENT streams.invalid_idempotency_key", async () => {
    const error = await failure(
      unary(grpc.client, "publish", { stream: uniqueStream("x"), event: event("a b") }),
    );
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(errorCode(error)).toBe("streams.invalid_idempotency_key");
  });
});

describe("durable", () => {
  it("Publish: confirmed once the replica has the entry", async () => {
    const stream = uniqueStream("durable");
    const { id } = await unary(grpc.client, "publish", { stream, durable: true, event: event() });
    expect(await replica().cli("xrange", streamKeys(stream).stream, "-", "+")).toContain(id);
  });

  it("Publish: UNAVAILABLE streams.not_replicated with the id in sluice-entry-id while the replica is paused", async () => {
    const stream = uniqueStream("unreplicated");
    await replica().pause();
    const error = await failure(
      unary(grpc.client, "publish", { stream, durable: true, event: event("u-1") }),
    );
    expect(error.code).toBe(status.UNAVAILABLE);
    expect(errorCode(error)).toBe("streams.not_replicated");
    expect(error.details).toMatch(/written but is not yet replicated/);
    const id = error.metadata.get(ENTRY_ID_KEY)[0]?.toString();
    expect(await ids(stream)).toEqual([id]);
    // Not durable, the same pause holds nothing back.
    await unary(grpc.client, "publish", { stream, event: event() });
    await replica().resume();
    const retry = await unary(grpc.client, "publish", { stream, durable: true, event: event("u-1") });
    expect(retry).toMatchObject({ id, replayed: true });
    expect(await ids(stream)).toHaveLength(2);
  });

  it("PublishBatch: each event written but not replicated is the error streams.not_replicated with its id", async () => {
    const stream = uniqueStream("unreplicated-batch");
    await replica().pause();
    const { results } = await unary(grpc.client, "publishBatch", {
      stream,
      durable: true,
      events: [event(), event()],
    });
    const written = await ids(stream);
    expect(written).toHaveLength(2);
    expect(results?.map((r) => [r.error?.code, r.error?.id])).toEqual(
      written.map((id) => ["streams.not_replicated", id]),
    );
  });
});

describe("each stream's defaults (settingsFor)", () => {
  const notReplicated = async (call: Promise<unknown>) => {
    const error = await failure(call);
    expect([error.code, errorCode(error)]).toEqual([status.UNAVAILABLE, "streams.not_replicated"]);
  };

  it("Publish to a durable-by-default stream: confirmed once the replica has it; UNAVAILABLE while it is paused", async () => {
    const stream = uniqueStream("ledger");
    const { id } = await unary(withDefaults.client, "publish", { stream, event: event() });
    expect(await replica().cli("xrange", streamKeys(stream).stream, "-", "+")).toContain(id);
    await replica().pause();
    await notReplicated(unary(withDefaults.client, "publish", { stream, event: event() }));
    // `durable: false` does not wait; another stream keeps the producer's default (not durable).
    await unary(withDefaults.client, "publish", { stream, durable: false, event: event() });
    await unary(withDefaults.client, "publish", { stream: uniqueStream("other"), event: event() });
    expect(await ids(stream)).toHaveLength(3);
  });

  it("durable: true keeps the stream's replicas (2, never confirmed here); false overrides them, in Publish and PublishBatch", async () => {
    const stream = uniqueStream("quorum");
    for (const durable of [undefined, true]) {
      await notReplicated(unary(withDefaults.client, "publish", { stream, durable, event: event() }));
    }
    await unary(withDefaults.client, "publish", { stream, durable: false, event: event() });
    const batch = async (durable?: boolean) =>
      (await unary(withDefaults.client, "publishBatch", { stream, durable, events: [event(), event()] }))
        .results;
    expect((await batch())?.map((r) => r.error?.code)).toEqual([
      "streams.not_replicated",
      "streams.not_replicated",
    ]);
    expect((await batch(false))?.every((r) => r.id && !r.error)).toBe(true);
    expect(await ids(stream)).toHaveLength(7);
  });

  it("an idempotency key lives for the stream's window", async () => {
    const stream = uniqueStream("ledger");
    await unary(withDefaults.client, "publish", { stream, event: event("w-1") });
    const ttl = await redis.client.pttl(streamKeys(stream).idempotency("w-1"));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2000);
  });
});
