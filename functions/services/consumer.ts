// Fargate main of the Consumer service: one consumer-group runner per configured stream with the built-in event-log
// handler, EMF metrics on stdout, group-aware retention that holds what the incremental backup has not backed up yet,
// and on SIGTERM/SIGINT a graceful stop (in-flight batches finish or are handed back, connections close, exit 0).
// `npm start` runs the same `runConsumers`.
import { backupCursorHold } from "@sluice/ops/backup";
import { type ConsumerHost, createJsonValidatingHandler, startConsumerHost } from "@sluice/streams";
import {
  describeRedis,
  loadRuntimeConfig,
  type RuntimeConfig,
  resolveConsumerName,
} from "../runtime-config.ts";
import { isMain, mainLog, stopOnSignals } from "./main-lifecycle.ts";

/** The service's consumers for a configuration; `write` takes log and metric lines (default stdout). */
export function runConsumers(config: RuntimeConfig, write?: (line: string) => void): Promise<ConsumerHost> {
  const { streams, group, runner, retention, backupHoldMs } = config.consumer;
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
  const config = loadRuntimeConfig();
  const { consumer, stop } = await runConsumers(config);
  const log = mainLog({ consumer });
  log("consumer started", { ...config.consumer, redis: describeRedis(config.redis) });
  stopOnSignals("consumer", log, stop);
}
