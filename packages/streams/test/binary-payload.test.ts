// Binary payloads go through the producer and a runner as their bytes, whatever view of them the caller holds.
import type { StreamEntry } from "@sluice/streams";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { useRedisWithProducer } from "./redis-with-producer.ts";

const server = useRedisWithProducer();

it("stores a non-Buffer Uint8Array payload as its bytes", async () => {
  const stream = uniqueStream();
  const got: StreamEntry[] = [];
  await server.producer.send(stream, {
    type: "t",
    data: new Uint8Array([9, 1, 2, 250]).subarray(1),
    contentType: "application/octet-stream",
  });
  await server.pool
    .runner({ stream, group: "g", consumer: "c", handler: (e) => void got.push(...e) })
    .start();
  await waitFor(() => got.length === 1);
  expect([...(got[0]?.data ?? [])]).toEqual([1, 2, 250]);
});
