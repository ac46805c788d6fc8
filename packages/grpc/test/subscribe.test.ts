import { setTimeout as sleep } from "node:timers/promises";
import { status } from "@grpc/grpc-js";
import { streamKeys } from "@sluice/streams";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { errorCode, failure, subscribe, TEST_SETTINGS, unary, useGrpcServer } from "./grpc-harness.ts";

const grpc = useGrpcServer();
const { visibilityTimeoutMs } = TEST_SETTINGS;

async function publish(stream: string, ...payloads: string[]): Promise<string[]> {
  const { results } = await unary(grpc.client, "publishBatch", {
    stream,
    events: payloads.map((data) => ({ type: "test.event", data: Buffer.from(data) })),
  });
  return results.map((result) => result.id as string);
}

const acknowledge = (stream: string, group: string, ids: string[]) =>
  unary(grpc.client, "acknowledge", { stream, group, ids });

async function readerConnections(): Promise<number> {
  const list = (await grpc.redis.client.call("CLIENT", "LIST")) as string;
  return list.split("\n").filter((line) => line.includes("name=sluice-grpc:reader")).length;
}

async function pendingCount(stream: string, group: string): Promise<number> {
  const [count] = (await grpc.redis.client.call("XPENDING", streamKeys(stream).stream, group)) as [number];
  return Number(count);
}

describe("Subscribe", () => {
  it("creates the group at the start of the stream and delivers old and new entries", async () => {
    const stream = uniqueStream("sub");
    const [first] = await publish(stream, "before");
    const subscriber = subscribe(grpc.client, { stream, group: "g" });
    await waitFor(() => subscriber.deliveries.length === 1, { what: "the first delivery" });
    const [second] = await publish(stream, "after");
    await waitFor(() => subscriber.deliveries.length === 2, { what: "the second delivery" });
    const [a, b] = subscriber.deliveries;
    expect(a).toMatchObject({ stream, id: first, deliveries: 1 });
    expect(a?.event).toMatchObject({ type: "test.event", contentType: "application/json" });
    expect(a?.event?.data?.toString()).toBe("before");
    expect(a?.consumer).toMatch(/-\d+-[0-9a-f]{8}$/);
    expect(b).toMatchObject({ id: second, consumer: a?.consumer });
    subscriber.call.cancel();
    expect((await subscriber.ended).code).toBe(status.CANCELLED);
  });

  it("does not redeliver acknowledged entries", async () => {
    const stream = uniqueStream("sub");
    const ids = await publish(stream, "1", "2");
    const subscriber = subscribe(grpc.client, { stream, group: "g", consumer: "acker" });
    await waitFor(() => subscriber.deliveries.length === 2);
    expect(await acknowledge(stream, "g", ids)).toMatchObject({ acknowledged: 2 });
    expect(await acknowledge(stream, "g", ids)).toMatchObject({ acknowledged: 0 });
    await sleep(visibilityTimeoutMs * 2);
    expect(subscriber.deliveries.length).toBe(2);
    expect(await pendingCount(stream, "g")).toBe(0);
    subscriber.call.cancel();
  });

  it("redelivers unacknowledged entries to another subscriber after the visibility timeout", async () => {
    const stream = uniqueStream("sub");
    const [id] = await publish(stream, "lost");
    const crashed = subscribe(grpc.client, { stream, group: "g", consumer: "crashed" });
    await waitFor(() => crashed.deliveries.length === 1);
    crashed.call.cancel();
    await waitFor(() => grpc.server.activeSubscriptions === 0, { what: "the crashed call to end" });
    const started = Date.now();
    const survivor = subscribe(grpc.client, { stream, group: "g", consumer: "survivor" });
    await waitFor(() => survivor.deliveries.length === 1, { what: "the redelivery" });
    expect(survivor.deliveries[0]).toMatchObject({ id, deliveries: 2, consumer: "tests|survivor" });
    expect(Date.now() - started).toBeGreaterThan(visibilityTimeoutMs / 2);
    survivor.call.cancel();
  });

  it("pauses at max_in_flight and resumes when entries are acknowledged", async () => {
    const stream = uniqueStream("sub");
    const ids = await publish(stream, "1", "2", "3", "4", "5");
    const subscriber = subscribe(grpc.client, { stream, group: "g", maxInFlight: 2 });
    await waitFor(() => subscriber.deliveries.length === 2);
    await sleep(300);
    expect(subscriber.deliveries.map((d) => d.id)).toEqual(ids.slice(0, 2));
    await acknowledge(stream, "g", [ids[0] as string]);
    await waitFor(() => subscriber.deliveries.length === 3, { what: "delivery after the acknowledgement" });
    await sleep(200);
    expect(subscriber.deliveries.map((d) => d.id)).toEqual(ids.slice(0, 3));
    subscriber.call.cancel();
  });

  it("resumes when entries are acknowledged directly in Redis (through another server)", async () => {
    const stream = uniqueStream("sub");
    const ids = await publish(stream, "1", "2");
    const subscriber = subscribe(grpc.client, { stream, group: "g", maxInFlight: 1 });
    await waitFor(() => subscriber.deliveries.length === 1);
    await grpc.redis.client.xack(streamKeys(stream).stream, "g", ids[0] as string);
    await waitFor(() => subscriber.deliveries.length === 2, { timeoutMs: visibilityTimeoutMs / 2 });
    subscriber.call.cancel();
  });

  it("releases the call's Redis connection when the client cancels", async () => {
    const stream = uniqueStream("sub");
    // Earlier tests' connections close asynchronously.
    await waitFor(async () => grpc.server.activeSubscriptions === 0 && (await readerConnections()) === 0);
    const subscriber = subscribe(grpc.client, { stream, group: "g" });
    await waitFor(async () => (await readerConnections()) === 1, { what: "the reader connection" });
    expect(grpc.server.activeSubscriptions).toBe(1);
    subscriber.call.cancel();
    await waitFor(async () => (await readerConnections()) === 0, { what: "the connection to close" });
    expect(grpc.server.activeSubscriptions).toBe(0);
  });

  it("ends with DEADLINE_EXCEEDED at the call's deadline and releases its connection", async () => {
    const stream = uniqueStream("sub");
    const subscriber = subscribe(grpc.client, { stream, group: "g" }, { deadlineMs: 300 });
    expect((await subscriber.ended).code).toBe(status.DEADLINE_EXCEEDED);
    await waitFor(() => grpc.server.activeSubscriptions === 0, { what: "the subscription to end" });
    await waitFor(async () => (await readerConnections()) === 0);
  });

  it("rejects bad requests with INVALID_ARGUMENT", async () => {
    const badGroup = subscribe(grpc.client, { stream: uniqueStream("sub"), group: "" });
    const status1 = await badGroup.ended;
    expect(status1.code).toBe(status.INVALID_ARGUMENT);
    expect(status1.metadata.get("sluice-error-code")).toEqual(["streams.invalid_group_name"]);
    const tooMany = await subscribe(grpc.client, {
      stream: uniqueStream("sub"),
      group: "g",
      maxInFlight: 5000,
    }).ended;
    expect(tooMany.details).toBe("max_in_flight: 1 to 1000 (0 means 100), got 5000");
  });
});

describe("Acknowledge", () => {
  it("answers NOT_FOUND for a group that does not exist", async () => {
    const stream = uniqueStream("ack");
    await publish(stream, "1");
    const error = await failure(acknowledge(stream, "nobody", ["1-0"]));
    expect(error.code).toBe(status.NOT_FOUND);
    expect(errorCode(error)).toBe("streams.group_not_found");
  });

  it("checks the ids", async () => {
    const error = await failure(acknowledge(uniqueStream("ack"), "g", ["not-an-id"]));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/^ids: "not-an-id" is not a stream entry id/);
  });
});

describe("Subscribe with reclaimed entries beyond max_in_flight", () => {
  const slow = useGrpcServer({ visibilityTimeoutMs: 2000, reclaimIntervalMs: 50 });

  it("holds them until a slot frees up", async () => {
    const events = (...data: string[]) => data.map((d) => ({ type: "test.event", data: Buffer.from(d) }));
    const ids = async (stream: string, ...data: string[]) =>
      (await unary(slow.client, "publishBatch", { stream, events: events(...data) })).results.map(
        (r) => r.id,
      );
    const stream = uniqueStream("held");
    const lost = await ids(stream, "1", "2");
    const crashed = subscribe(slow.client, { stream, group: "g", consumer: "crashed" });
    await waitFor(() => crashed.deliveries.length === 2);
    crashed.call.cancel();
    await waitFor(() => slow.server.activeSubscriptions === 0, { what: "the crashed call to end" });
    await sleep(1000);
    const survivor = subscribe(slow.client, { stream, group: "g", consumer: "survivor", maxInFlight: 2 });
    const [fresh] = await ids(stream, "3");
    await waitFor(() => survivor.deliveries.length === 1, { what: "the new entry" });
    // At the visibility timeout both lost entries are claimed, with one slot free: one waits.
    await waitFor(() => survivor.deliveries.length === 2, { what: "the first redelivery" });
    await sleep(200);
    expect(survivor.deliveries.map((d) => [d.id, d.deliveries])).toEqual([
      [fresh, 1],
      [lost[0], 2],
    ]);
    await unary(slow.client, "acknowledge", { stream, group: "g", ids: [fresh as string] });
    await waitFor(() => survivor.deliveries.length === 3, { what: "the held entry" });
    expect(survivor.deliveries[2]).toMatchObject({ id: lost[1], deliveries: 2 });
    survivor.call.cancel();
  });
});
