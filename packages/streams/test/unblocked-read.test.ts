// A blocking read ended by UNBLOCKED (CLIENT UNBLOCK … ERROR here; a failover sends the same) is routine: the runner
// reads again, reports nothing and keeps delivering.
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { blockedReaders } from "./blocked-readers.ts";
import { useRedisWithProducer } from "./redis-with-producer.ts";

const server = useRedisWithProducer();

it("re-blocks after UNBLOCKED without an error and keeps delivering", async () => {
  const stream = uniqueStream();
  const errors: unknown[] = [];
  const handled: string[] = [];
  await server.pool
    .runner({
      stream,
      group: "g",
      consumer: "c",
      blockMs: 10_000,
      errors,
      handler: (batch) => void handled.push(...batch.map((e) => e.id)),
    })
    .start();
  for (let round = 0; round < 3; round += 1) {
    let unblocked = "0";
    await waitFor(
      async () => {
        const [id] = await blockedReaders(server.redis);
        if (id) unblocked = await server.redis.cli("client", "unblock", id, "error");
        return unblocked === "1";
      },
      { what: "a blocked read to unblock" },
    );
    const id = await server.producer.send(stream, { type: "t", data: "{}" });
    await waitFor(() => handled.includes(id), { what: `the entry sent after unblock ${round + 1}` });
  }
  expect(errors).toEqual([]);
});
