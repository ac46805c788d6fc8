// Subscribe and Publish while Redis fails: a read ended with UNBLOCKED (what a failover does to blocked commands) or
// a restart does not end the call; an outage longer than subscribeOutageMs ends it UNAVAILABLE, never INTERNAL;
// publishes waiting on a Redis that does not answer are bounded per server.
import { status } from "@grpc/grpc-js";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { errorCode, failure, subscribe, unary, useGrpcServer } from "./grpc-harness.ts";

const OUTAGE_MS = 20_000;
const grpc = useGrpcServer({ subscribeOutageMs: OUTAGE_MS, maxPendingPublishes: 3 });

const publish = (stream: string, data: string) =>
  unary(grpc.client, "publish", { stream, event: { type: "t", data: Buffer.from(data) } });

async function blockedReaderIds(): Promise<string[]> {
  const list = (await grpc.redis.client.call("CLIENT", "LIST")) as string;
  return list
    .split("\n")
    .filter((line) => line.includes("name=sluice-grpc:reader") && line.includes("cmd=xread"))
    .map((line) => /(?:^| )id=(\d+)/.exec(line)?.[1] as string);
}

describe("Subscribe across Redis faults", () => {
  it("keeps delivering after its blocked read is ended with UNBLOCKED", async () => {
    const stream = uniqueStream("unblocked");
    const subscriber = subscribe(grpc.client, { stream, group: "g" });
    await publish(stream, "before");
    await waitFor(() => subscriber.deliveries.length === 1, { what: "the first delivery" });
    let unblocked = 0;
    await waitFor(
      async () => {
        for (const id of await blockedReaderIds())
          unblocked += Number(await grpc.redis.client.call("CLIENT", "UNBLOCK", id, "ERROR"));
        return unblocked > 0;
      },
      { what: "a stream watcher's blocked XREAD to unblock" },
    );
    await publish(stream, "after");
    await waitFor(() => subscriber.deliveries.length === 2, { what: "a delivery after UNBLOCKED" });
    expect(subscriber.deliveries[1]?.event?.data?.toString()).toBe("after");
    subscriber.call.cancel();
    expect((await subscriber.ended).code).toBe(status.CANCELLED);
  });

  it("keeps delivering across a Redis restart shorter than subscribeOutageMs", async () => {
    const stream = uniqueStream("restart");
    const subscriber = subscribe(grpc.client, { stream, group: "g" });
    await publish(stream, "before");
    await waitFor(() => subscriber.deliveries.length === 1, { what: "the first delivery" });
    await grpc.redis.redis.kill();
    await grpc.redis.redis.restart();
    // No persistence: the group is gone with the data and is created again.
    await waitFor(
      async () => {
        await publish(stream, "after").catch(() => {});
        return subscriber.deliveries.length >= 2;
      },
      { what: "a delivery after the restart", timeoutMs: OUTAGE_MS },
    );
    subscriber.call.cancel();
    expect((await subscriber.ended).code).toBe(status.CANCELLED);
  });
});

describe("Publish while Redis does not answer", () => {
  it("refuses publishes over maxPendingPublishes at once with UNAVAILABLE; the waiting ones succeed later", async () => {
    const stream = uniqueStream("pending");
    await grpc.redis.client.call("CLIENT", "PAUSE", "20000", "WRITE");
    try {
      const waiting = [1, 2, 3].map((n) => publish(stream, `w${n}`));
      await waitFor(() => grpc.server.pendingPublishes === 3, { what: "three publishes waiting" });
      const started = Date.now();
      const refused = await failure(publish(stream, "over"));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(refused.code).toBe(status.UNAVAILABLE);
      expect(errorCode(refused)).toBe("grpc.overloaded");
      expect(refused.details).toMatch(/3 publishes .* waiting on Redis, its limit: retry later/);
      await grpc.redis.client.call("CLIENT", "UNPAUSE");
      expect(await Promise.all(waiting)).toHaveLength(3);
    } finally {
      await grpc.redis.client.call("CLIENT", "UNPAUSE");
    }
    expect(grpc.server.pendingPublishes).toBe(0);
    expect(await publish(stream, "again")).toMatchObject({ id: expect.any(String) });
  });
});

describe("an outage longer than subscribeOutageMs", () => {
  const short = useGrpcServer({ subscribeOutageMs: 1000 });

  it("ends Subscribe with UNAVAILABLE, never INTERNAL; a Publish fails UNAVAILABLE within the command timeout + 1 s", async () => {
    const stream = uniqueStream("outage");
    const subscriber = subscribe(short.client, { stream, group: "g" });
    await unary(short.client, "publish", { stream, event: { type: "t", data: Buffer.from("x") } });
    await waitFor(() => subscriber.deliveries.length === 1, { what: "the first delivery" });
    await short.redis.redis.kill();
    const started = Date.now();
    const publishing = await failure(
      unary(short.client, "publish", { stream, event: { type: "t", data: Buffer.from("y") } }),
    );
    expect(publishing.code).toBe(status.UNAVAILABLE);
    expect(Date.now() - started).toBeLessThan(5000 + 1000); // the default command timeout + 1 s
    const ended = await subscriber.ended;
    expect(ended.code).toBe(status.UNAVAILABLE);
    expect(ended.details).toBe("Redis is unavailable: retry later");
    await short.redis.redis.restart();
  });
});
