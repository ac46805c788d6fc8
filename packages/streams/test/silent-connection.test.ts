// A connection that goes silent (no error, no reply, like a half-open TCP connection) is detected and replaced.
import { streamKeys, streamStats } from "@sluice/streams";
import { faultProxy } from "@sluice/testing";
import { clientPool, uniqueStream, waitFor } from "@sluice/testing/clients";
import { it } from "vitest";
import { useRedisWithProducer } from "./redis-with-producer.ts";

const server = useRedisWithProducer();

it("reconnects a blocking reader whose connection goes silent, and consumes what arrives meanwhile", async () => {
  const stream = uniqueStream();
  const proxy = await faultProxy(server.redis);
  const throughProxy = clientPool({ ...server.redis.target, ...proxy.target, commandTimeoutMs: 1000 });
  try {
    const handled: string[] = [];
    await throughProxy
      .runner({
        stream,
        group: "g",
        consumer: "c",
        visibilityTimeoutMs: 1500,
        handler: (batch) => void handled.push(...batch.map((e) => e.id)),
      })
      .start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Like a half-open TCP connection: no error, no reply, ever. New connections still get through.
    proxy.blackhole({ openOnly: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const id = await server.producer.send(stream, { type: "t", data: "{}" });
    await waitFor(() => handled.includes(id), {
      timeoutMs: 8000,
      what: "the entry sent while the reader was silent",
    });
    // The command connection went silent too: its ack timed out, it reconnected, and a redelivery is acknowledged.
    await waitFor(
      async () => (await streamStats(server.client, streamKeys(stream))).groups[0]?.pending === 0,
      {
        timeoutMs: 10_000,
        what: "the entry acknowledged",
      },
    );
  } finally {
    await throughProxy.close();
    await proxy.close();
  }
});
