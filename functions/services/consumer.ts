// Fargate main of the Consumer service: one consumer-group runner per configured stream with the built-in event-log
// handler, EMF metrics on stdout, and on SIGTERM/SIGINT a graceful stop (in-flight batches finish or are handed
// back, connections close, exit 0). `npm start` runs the same `runConsumers`.
import { emfSink } from "@sluice/observability";
import {
  ConsumerGroupRunner,
  createBlockingClient,
  createJsonValidatingHandler,
  createRedisClient,
  type RedisClient,
} from "@sluice/streams";
import {
  describeRedis,
  loadRuntimeConfig,
  type RuntimeConfig,
  resolveConsumerName,
} from "../runtime-config.ts";

export interface ConsumerHost {
  consumer: string;
  runners: ConsumerGroupRunner[];
  /** Stops every runner (finish or hand back in-flight entries), then closes the connections. */
  stop(): Promise<void>;
}

export interface RunOptions {
  /** Default: tied to the compute (resolveConsumerName). */
  consumer?: string;
  /** Where log lines and EMF metrics go, one JSON line per call (default stdout). */
  write?: (line: string) => void;
}

const stdout = (line: string) => void process.stdout.write(`${line}\n`);
const json = (level: string, fields: Record<string, unknown>) => JSON.stringify({ level, ...fields });

/** One command client, one blocking reader per stream (a blocked connection serves nobody else), one runner each. */
export async function runConsumers(config: RuntimeConfig, options: RunOptions = {}): Promise<ConsumerHost> {
  const { consumer = resolveConsumerName(), write = stdout } = options;
  const { streams, group, runner: settings } = config.consumer;
  const redis = { connectionName: `sluice:${consumer}`, ...config.redis };
  const client = createRedisClient(redis);
  const readers = streams.map(() => createBlockingClient(redis));
  // ioredis emits "error" at every failed reconnect: at most one line per connection per 10 s.
  for (const connection of [client, ...readers]) {
    let last = 0;
    connection.on("error", (error: Error) => {
      if (Date.now() - last < 10_000) return;
      last = Date.now();
      write(json("warn", { msg: "redis connection error", error: error.message }));
    });
  }
  const handler = createJsonValidatingHandler({ write });
  const shared = { ...settings, client, group, consumer, handler, metrics: emfSink(write) };
  const runners = streams.map((stream, i) => {
    // Errors the runner recovers from, one line each (CloudWatch splits a multi-line stack into many events).
    const onError = (error: unknown) =>
      write(json("error", { msg: "consumer error", stream, error: String(error) }));
    return new ConsumerGroupRunner({ ...shared, stream, reader: readers[i] as RedisClient, onError });
  });
  const stop = async () => {
    await Promise.allSettled(runners.map((runner) => runner.stop()));
    for (const connection of [client, ...readers]) connection.disconnect();
  };
  await Promise.all(runners.map((runner) => runner.start())).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { consumer, runners, stop };
}

if (import.meta.main) {
  const config = loadRuntimeConfig();
  const { consumer, stop } = await runConsumers(config);
  const { streams, group } = config.consumer;
  const redis = describeRedis(config.redis);
  stdout(json("info", { msg: "consumer started", consumer, streams, group, redis }));
  let stopping = false;
  // ECS sends SIGTERM once; npm in a terminal forwards the SIGINT the process already got: stop once, ignore repeats.
  const shutdown = async (signal: NodeJS.Signals) => {
    stdout(json("info", { msg: "consumer stopping", signal, consumer, already: stopping }));
    if (stopping) return;
    stopping = true;
    await stop();
    process.exit(0);
  };
  process.on("SIGTERM", shutdown).on("SIGINT", shutdown);
}
