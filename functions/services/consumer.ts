// Fargate main of the Consumer service: one consumer-group runner per configured stream with the built-in event-log
// handler, EMF metrics on stdout, group-aware retention that holds what the incremental backup has not backed up yet,
// and on SIGTERM/SIGINT a graceful stop (in-flight batches finish or are handed back, connections close, exit 0).
// `npm start` runs the same `runConsumers`.
import { backupCursorHold } from "@sluice/ops/backup";
import { type ConsumerHost, createJsonValidatingHandler, startConsumerHost } from "@sluice/streams";
import { type ConsumerConfig, loadConsumerConfig } from "../config/consumer.ts";
import { resolveConsumerName } from "../config/consumer-name.ts";
import { describeRedis } from "../config/redis-url.ts";
import { isMain, mainLog, stopOnSignals } from "../shared/main-lifecycle.ts";

/** The service's consumers for a configuration; `write` takes log and metric lines (default stdout). */
export function runConsumers(config: ConsumerConfig, write?: (line: string) => void): Promise<ConsumerHost> {
  const { streams, group, runner, retention, backupHoldMs } = config;
  const handler = createJsonValidatingHandler(write ? { write } : {});
  const consumer = resolveConsumerName();
  return startConsumerHost({
    redis: config.redis,
    consumer,
    consumers: streams.map((stream) => ({ stream, group, handler, settings: runner })),
    write,
    ...(retention && {
      retention: { ...retention, ...(backupHoldMs > 0 && { hold: backupCursorHold(backupHoldMs) }) },
    }),
  });
}

if (isMain(import.meta)) {
  const config = loadConsumerConfig();
  const { consumer, stop } = await runConsumers(config);
  const log = mainLog({ consumer });
  const { redis, redisSource: _, ...settings } = config;
  log("consumer started", { ...settings, redis: describeRedis(redis) });
  stopOnSignals("consumer", log, stop);
}
