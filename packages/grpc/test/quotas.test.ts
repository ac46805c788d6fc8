// Quotas, each refused RESOURCE_EXHAUSTED at once with a message that says which: groups per stream and consumers
// per group (groupLimits, checked in the Lua step that creates them), the platform's groups refused to callers,
// Subscribe calls per caller and in total, and the streams read at once (the pool of blocking connections, one per
// stream however many calls read it).
import { status } from "@grpc/grpc-js";
import { streamKeys } from "@sluice/streams";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { startGrpcServer } from "../src/index.ts";
import {
  errorCode,
  failure,
  type Subscriber,
  subscribe,
  TEST_TOKEN,
  testClient,
  tokenTable,
  unary,
  useGrpcServer,
} from "./grpc-harness.ts";

const OTHER_TOKEN = "test-token-of-another";
const grpc = useGrpcServer({
  tokens: tokenTable([
    ["tests", TEST_TOKEN, ["*"]],
    ["other", OTHER_TOKEN, ["*"]],
  ]),
  groupLimits: () => ({ maxGroups: 2, maxConsumersPerGroup: 2, platformGroups: ["platform"] }),
  maxSubscriptions: 4,
  maxSubscriptionsPerCaller: 3,
  maxReaderConnections: 2,
});

async function readerConnections(): Promise<number> {
  const list = (await grpc.redis.client.call("CLIENT", "LIST")) as string;
  return list.split("\n").filter((line) => line.includes("name=sluice-grpc:reader")).length;
}

const groupsOf = async (stream: string) =>
  ((await grpc.redis.client.call("XINFO", "GROUPS", streamKeys(stream).stream)) as unknown[]).length;

/** The consumers of a group; 0 before the group exists. */
async function consumersOf(stream: string, group: string): Promise<number> {
  const consumers = grpc.redis.client.call("XINFO", "CONSUMERS", streamKeys(stream).stream, group);
  return ((await consumers.catch(() => [])) as unknown[]).length;
}

async function exhausted(subscriber: Subscriber, code: string, message: RegExp): Promise<void> {
  const started = Date.now();
  const ended = await subscriber.ended;
  expect(Date.now() - started).toBeLessThan(1000);
  expect(ended.code, ended.details).toBe(status.RESOURCE_EXHAUSTED);
  expect(ended.metadata.get("sluice-error-code")).toEqual([code]);
  expect(ended.details).toMatch(message);
}

async function endAll(...subscribers: Subscriber[]): Promise<void> {
  for (const subscriber of subscribers) subscriber.call.cancel();
  await waitFor(() => grpc.server.activeSubscriptions === 0, { what: "every subscription to end" });
}

describe("groups per stream", () => {
  it("RegisterStream creates groups up to maxGroups and refuses one more", async () => {
    const stream = uniqueStream("quota");
    await unary(grpc.client, "registerStream", { stream, groups: ["a", "b"] });
    const error = await failure(unary(grpc.client, "registerStream", { stream, groups: ["a", "c"] }));
    expect(error.code).toBe(status.RESOURCE_EXHAUSTED);
    expect(errorCode(error)).toBe("grpc.group_quota");
    expect(error.details).toMatch(/has its quota of 2 consumer groups: group c cannot be created/);
    expect(await groupsOf(stream)).toBe(2);
  });

  it("Subscribe under a new group past maxGroups is refused; existing groups still subscribe", async () => {
    const stream = uniqueStream("quota");
    await unary(grpc.client, "registerStream", { stream, groups: ["a", "b"] });
    await exhausted(subscribe(grpc.client, { stream, group: "c" }), "grpc.group_quota", /quota of 2/);
    const existing = subscribe(grpc.client, { stream, group: "a" });
    await waitFor(() => grpc.server.activeSubscriptions === 1, { what: "the subscription" });
    expect(await groupsOf(stream)).toBe(2);
    await endAll(existing);
  });
});

describe("consumers per group", () => {
  it("refuses a Subscribe that would add a consumer past maxConsumersPerGroup, admits a known consumer", async () => {
    const stream = uniqueStream("quota");
    const first = subscribe(grpc.client, { stream, group: "g", consumer: "one" });
    const second = subscribe(grpc.client, { stream, group: "g", consumer: "two" });
    await waitFor(async () => (await consumersOf(stream, "g")) === 2, { what: "two consumers" });
    await exhausted(
      subscribe(grpc.client, { stream, group: "g", consumer: "three" }),
      "grpc.consumer_quota",
      /quota of 2 consumers/,
    );
    const again = subscribe(grpc.client, { stream, group: "g", consumer: "one" });
    await waitFor(() => grpc.server.activeSubscriptions === 3, { what: "the known consumer" });
    await endAll(first, second, again);
  });
});

describe("the platform's groups", () => {
  it("are refused to Subscribe, RegisterStream and Acknowledge", async () => {
    const stream = uniqueStream("quota");
    const ended = await subscribe(grpc.client, { stream, group: "platform" }).ended;
    expect(ended.code).toBe(status.PERMISSION_DENIED);
    expect(ended.metadata.get("sluice-error-code")).toEqual(["grpc.platform_group"]);
    for (const call of [
      unary(grpc.client, "registerStream", { stream, groups: ["platform"] }),
      unary(grpc.client, "acknowledge", { stream, group: "platform", ids: ["1-0"] }),
    ]) {
      const error = await failure(call);
      expect(error.code).toBe(status.PERMISSION_DENIED);
      expect(errorCode(error)).toBe("grpc.platform_group");
    }
    expect(await grpc.redis.client.exists(streamKeys(stream).stream)).toBe(0);
  });
});

describe("Subscribe calls", () => {
  it("per caller: one over maxSubscriptionsPerCaller is refused while another caller is admitted", async () => {
    const stream = uniqueStream("quota");
    // One consumer name for all (the group's consumer quota is 2).
    const request = { stream, group: "g", consumer: "c" };
    const mine = [1, 2, 3].map(() => subscribe(grpc.client, request));
    await waitFor(() => grpc.server.activeSubscriptions === 3, { what: "three subscriptions" });
    await exhausted(
      subscribe(grpc.client, request),
      "grpc.caller_subscriptions_full",
      /tests already has its 3 Subscribe calls/,
    );
    const other = testClient(grpc.address, OTHER_TOKEN);
    const theirs = subscribe(other, request);
    await waitFor(() => grpc.server.activeSubscriptions === 4, { what: "the other caller's" });
    await endAll(...mine, theirs);
    other.close();
  });

  it("in total: one over maxSubscriptions is refused, and admitted after one ends", async () => {
    const request = { stream: uniqueStream("quota"), group: "g", consumer: "c" };
    const other = testClient(grpc.address, OTHER_TOKEN);
    const calls = [
      ...[1, 2].map(() => subscribe(grpc.client, request)),
      ...[1, 2].map(() => subscribe(other, request)),
    ];
    await waitFor(() => grpc.server.activeSubscriptions === 4, { what: "four subscriptions" });
    await exhausted(
      subscribe(grpc.client, request),
      "grpc.subscriptions_full",
      /already serves its 4 Subscribe calls \(maxSubscriptions\)/,
    );
    calls[0]?.call.cancel();
    await waitFor(() => grpc.server.activeSubscriptions === 3, { what: "one to end" });
    const admitted = subscribe(grpc.client, request);
    await waitFor(() => grpc.server.activeSubscriptions === 4, { what: "the next to start" });
    await endAll(...calls, admitted);
    other.close();
  });
});

describe("blocking connections", () => {
  it("are one per stream read, however many calls read it; a stream past maxReaderConnections is refused", async () => {
    const [a, b, c] = [uniqueStream("pool"), uniqueStream("pool"), uniqueStream("pool")];
    const onA = [1, 2].map((i) => subscribe(grpc.client, { stream: a, group: `g${i}` }));
    await waitFor(() => grpc.server.activeSubscriptions === 2, { what: "two on one stream" });
    const other = testClient(grpc.address, OTHER_TOKEN);
    const onB = subscribe(other, { stream: b, group: "g" });
    await waitFor(async () => (await readerConnections()) === 2, { what: "two reader connections" });
    expect(grpc.server.readerConnections).toBe(2);
    await exhausted(subscribe(other, { stream: c, group: "g" }), "grpc.readers_full", /reads its 2 streams/);

    // Entries still reach every call of a shared stream, promptly.
    await unary(grpc.client, "publish", { stream: a, event: { type: "t", data: Buffer.from("x") } });
    await waitFor(() => onA.every((s) => s.deliveries.length === 1), {
      what: "a delivery to each",
      timeoutMs: 1000,
    });

    onB.call.cancel();
    await waitFor(async () => (await readerConnections()) === 1, { what: "stream b's connection to close" });
    const onC = subscribe(other, { stream: c, group: "g" });
    await waitFor(() => grpc.server.activeSubscriptions === 3, { what: "stream c admitted" });
    await endAll(...onA, onC);
    await waitFor(async () => (await readerConnections()) === 0, { what: "every connection to close" });
    other.close();
  });

  it("rejects limits that are not positive integers", async () => {
    for (const name of ["maxSubscriptions", "maxSubscriptionsPerCaller", "maxReaderConnections"]) {
      await expect(
        startGrpcServer({ redis: grpc.redis.redis.target, port: 0, allowUnauthenticated: true, [name]: 0 }),
      ).rejects.toThrow(`${name} must be a positive integer, got 0`);
    }
  });
});
