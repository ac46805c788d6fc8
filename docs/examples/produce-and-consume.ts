// Produce to a stream and consume it through a consumer group (docs/streams.md). Type-checked in CI.
import { emfSink } from "@sluice/observability";
import {
  ConsumerGroupRunner,
  createBlockingClient,
  createRedisClient,
  InvalidInputError,
  Producer,
  type RedisConnectionConfig,
} from "@sluice/streams";

const config: RedisConnectionConfig = { mode: "standalone", nodes: [{ host: "127.0.0.1", port: 6379 }] };
const client = createRedisClient(config);
const reader = createBlockingClient(config);

const producer = new Producer(client);
const id = await producer.send("orders", { type: "order.created", data: JSON.stringify({ orderId: 42 }) });
const results = await producer.sendBatch("orders", [
  { type: "order.paid", data: JSON.stringify({ orderId: 42 }), key: "42" },
  { type: "order.shipped", data: JSON.stringify({ orderId: 42 }), key: "42" },
]);
console.log(id, results);

const runner = new ConsumerGroupRunner({
  client,
  reader,
  stream: "orders",
  group: "billing",
  consumer: `billing-${process.pid}`,
  batchSize: 50,
  maxDeliveries: 5,
  visibilityTimeoutMs: 30_000,
  metrics: emfSink(),
  handler: async (entries) => {
    const failures = [];
    for (const entry of entries) {
      try {
        const order = JSON.parse(entry.data.toString());
        if (typeof order.orderId !== "number")
          throw new InvalidInputError("orders.invalid", "orderId missing");
        // ... bill the order ...
      } catch (error) {
        // Input errors (kind "invalid") are dead-lettered at once; anything else is retried.
        failures.push({
          id: entry.id,
          error: error instanceof SyntaxError ? new InvalidInputError("orders.json", error.message) : error,
        });
      }
    }
    return { failures };
  },
});
await runner.start();
process.once("SIGTERM", async () => {
  await runner.stop();
  client.disconnect();
  reader.disconnect();
});
