// maxSubscriptions: each Subscribe call holds a Redis connection of its own, so their number per server is capped.
import { status } from "@grpc/grpc-js";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { startGrpcServer } from "../src/index.ts";
import { subscribe, useGrpcServer } from "./grpc-harness.ts";

const grpc = useGrpcServer({ maxSubscriptions: 2 });

async function readerConnections(): Promise<number> {
  const list = (await grpc.redis.client.call("CLIENT", "LIST")) as string;
  return list.split("\n").filter((line) => line.includes("name=sluice-grpc:reader")).length;
}

describe("Subscribe calls per server", () => {
  it("refuses one over maxSubscriptions with UNAVAILABLE at once, opening no connection, and admits it after one ends", async () => {
    const request = { stream: uniqueStream("limit"), group: "g" };
    const first = subscribe(grpc.client, request);
    const second = subscribe(grpc.client, request);
    await waitFor(() => grpc.server.activeSubscriptions === 2, { what: "two subscriptions" });

    const started = Date.now();
    const refused = await subscribe(grpc.client, request).ended;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(refused.code).toBe(status.UNAVAILABLE);
    expect(refused.metadata.get("sluice-error-code")).toEqual(["grpc.subscriptions_full"]);
    expect(refused.details).toMatch(/already serves its 2 Subscribe calls \(maxSubscriptions\)/);
    expect(await readerConnections()).toBe(2);

    first.call.cancel();
    await waitFor(() => grpc.server.activeSubscriptions === 1, { what: "the first to end" });
    const third = subscribe(grpc.client, request);
    await waitFor(() => grpc.server.activeSubscriptions === 2, { what: "the third to start" });
    second.call.cancel();
    third.call.cancel();
  });

  it("rejects a maxSubscriptions that is not a positive integer", async () => {
    await expect(
      startGrpcServer({ redis: grpc.redis.redis.target, port: 0, maxSubscriptions: 0 }),
    ).rejects.toThrow("maxSubscriptions must be a positive integer, got 0");
  });
});
