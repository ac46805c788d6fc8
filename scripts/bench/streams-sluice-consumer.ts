// Sluice's engine in a consumer process of the streams bench: one ConsumerGroupRunner on its own two connections,
// as a Fargate task would run it.
import {
  ConsumerGroupRunner,
  createBlockingClient,
  createRedisClient,
  type RedisClient,
  type RunnerTotals,
} from "@sluice/streams";
import { type ConsumerJob, now } from "./streams-protocol.ts";
import type { Tally } from "./streams-tally.ts";

/**
 * The command client, with XACK replies observed: the runner acknowledges through `client.xack`, so this sees
 * the moment each entry's acknowledgement is confirmed by Redis, without changing what the runner does. (Acks of
 * retried entries go through MULTI and are not seen; this bench's handler never fails, and verification checks.)
 */
function observeAcks(client: RedisClient, onAck: (ids: string[], at: number) => void): RedisClient {
  type Xack = (...args: unknown[]) => Promise<unknown>;
  return new Proxy(client, {
    get(target, property) {
      if (property === "xack") {
        return async (...args: unknown[]) => {
          const reply = await (target.xack as unknown as Xack).apply(target, args);
          onAck(args.slice(2) as string[], now());
          return reply;
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Starts the runner; the returned function stops it gracefully (as on SIGTERM) and closes its connections. */
export async function startSluiceConsumer(
  job: ConsumerJob,
  tally: Tally,
): Promise<() => Promise<RunnerTotals>> {
  const client = createRedisClient({ ...job.target, connectionName: job.consumer });
  const reader = createBlockingClient({ ...job.target, connectionName: job.consumer });
  const runner = new ConsumerGroupRunner({
    client: observeAcks(client, (ids, at) => tally.ack(ids, at)),
    reader,
    stream: job.stream,
    group: job.group,
    consumer: job.consumer,
    batchSize: job.batchSize,
    concurrency: job.concurrency,
    blockMs: job.blockMs,
    handler: (entries) => {
      for (const entry of entries) tally.handle(entry.id, entry.data);
    },
    onError: (error) => tally.errors.push(String(error)),
  });
  await runner.start();
  return async () => {
    await runner.stop();
    client.disconnect();
    reader.disconnect();
    return { ...runner.totals };
  };
}
