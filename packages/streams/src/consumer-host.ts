import { emfSink } from "@sluice/observability";
import {
  createBlockingClient,
  createRedisClient,
  type RedisClient,
  type RedisConnectionConfig,
} from "./connection.ts";
import { ConsumerGroupRunner } from "./consumer-group-runner.ts";
import type { BatchHandler } from "./handler.ts";
import { type RetentionSchedule, scheduleRetention } from "./retention-schedule.ts";
import type { RunnerOptions } from "./runner-options.ts";

/** Runner settings a host passes through from its configuration; absent ones keep the runner's defaults. */
export type RunnerSettings = Omit<
  RunnerOptions,
  "client" | "reader" | "stream" | "group" | "consumer" | "handler" | "metrics" | "onError"
>;

export interface ConsumerHostOptions {
  redis: RedisConnectionConfig;
  streams: string[];
  group: string;
  /** Tied to the compute: ECS task id, Lambda request id, host and pid. */
  consumer: string;
  handler: BatchHandler;
  settings?: RunnerSettings;
  /** Group-aware retention of the consumed streams, applied on a timer by the long-running host. */
  retention?: RetentionSchedule;
  /** Where log lines and EMF metrics go, one JSON line per call (default stdout). */
  write?: (line: string) => void;
}

export interface ConsumerHost {
  consumer: string;
  runners: ConsumerGroupRunner[];
  /** Stops every runner (in-flight entries finish or are handed back), then closes the connections. */
  stop(): Promise<void>;
}

const stdout = (line: string) => void process.stdout.write(`${line}\n`);
const json = (level: string, fields: Record<string, unknown>) => JSON.stringify({ level, ...fields });
const QUIET_MS = 10_000;

/**
 * Opens one command client and one blocking reader per stream (a blocked connection serves nobody else). ioredis
 * reports every failed reconnect: logged at most once per connection per 10 s.
 */
export function openConsumerConnections(
  redis: RedisConnectionConfig,
  streams: string[],
  write: (line: string) => void = stdout,
): { client: RedisClient; readers: Map<string, RedisClient>; close(): void } {
  const client = createRedisClient(redis);
  const readers = new Map(streams.map((stream) => [stream, createBlockingClient(redis)] as const));
  const all = [client, ...readers.values()];
  for (const connection of all) {
    let last = 0;
    connection.on("error", (error: Error) => {
      if (Date.now() - last < QUIET_MS) return;
      last = Date.now();
      write(json("warn", { msg: "redis connection error", error: error.message }));
    });
  }
  const close = () => {
    for (const connection of all) connection.disconnect();
  };
  return { client, readers, close };
}

/**
 * Builds one runner per stream on shared connections, EMF metrics and one-line error logs included: what a
 * long-running host (Fargate, `npm start`) or a time-boxed one (Lambda) runs.
 */
export function createRunners(
  connections: { client: RedisClient; readers: Map<string, RedisClient> },
  options: Omit<ConsumerHostOptions, "redis">,
): ConsumerGroupRunner[] {
  const { streams, group, consumer, handler, settings, write = stdout } = options;
  const metrics = emfSink(write);
  return streams.map(
    (stream) =>
      new ConsumerGroupRunner({
        ...settings,
        client: connections.client,
        reader: connections.readers.get(stream) as RedisClient,
        stream,
        group,
        consumer,
        handler,
        metrics,
        onError: (error) => write(json("error", { msg: "consumer error", stream, error: String(error) })),
      }),
  );
}

/** Starts consuming every stream until `stop()`. */
export async function startConsumerHost(options: ConsumerHostOptions): Promise<ConsumerHost> {
  const connections = openConsumerConnections(
    { connectionName: `sluice:${options.consumer}`, ...options.redis },
    options.streams,
    options.write,
  );
  const runners = createRunners(connections, options);
  const { retention, streams, write = stdout } = options;
  const logRetentionError = (error: unknown, stream: string) =>
    write(json("error", { msg: "retention failed", stream, error: String(error) }));
  const stopRetention = retention
    ? scheduleRetention(connections.client, streams, retention, write, logRetentionError)
    : () => {};
  const stop = async () => {
    stopRetention();
    await Promise.allSettled(runners.map((runner) => runner.stop()));
    connections.close();
  };
  await Promise.all(runners.map((runner) => runner.start())).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { consumer: options.consumer, runners, stop };
}
