import { emfSink, type MetricsSink } from "@sluice/observability";
import {
  createBlockingClient,
  createRedisClient,
  type RedisClient,
  type RedisConnectionConfig,
} from "./connection.ts";
import { ConsumerGroupRunner } from "./consumer-group-runner.ts";
import type { BatchHandler } from "./handler.ts";
import { type LogWriter, logWriter } from "./log-writer.ts";
import { type RetentionSchedule, scheduleRetention } from "./retention-schedule.ts";
import type { RunnerOptions } from "./runner-options.ts";

/** Runner settings a host passes through from its configuration; absent ones keep the runner's defaults. */
export type RunnerSettings = Omit<
  RunnerOptions,
  "client" | "reader" | "stream" | "group" | "consumer" | "handler" | "metrics" | "onError"
>;

/** One stream read by one consumer group with one handler. */
export interface ConsumerSpec {
  stream: string;
  group: string;
  handler: BatchHandler;
  settings?: RunnerSettings;
}

export interface ConsumerHostOptions {
  redis: RedisConnectionConfig;
  /** Tied to the compute: ECS task id, Lambda request id, host and pid. */
  consumer: string;
  /** What this host consumes; each gets its own runner and blocking reader. */
  consumers: ConsumerSpec[];
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

const json = (level: string, fields: Record<string, unknown>) => JSON.stringify({ level, ...fields });
const QUIET_MS = 10_000;

/**
 * Opens one command client and one blocking reader per stream (a blocked connection serves nobody else). ioredis
 * reports every failed reconnect: logged at most once per connection per 10 s.
 */
export function openConsumerConnections(
  redis: RedisConnectionConfig,
  streams: string[],
  output?: LogWriter,
): { client: RedisClient; readers: Map<string, RedisClient>; close(): void } {
  const write = logWriter(output);
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

function createRunner(
  connections: { client: RedisClient; readers: Map<string, RedisClient> },
  reader: string,
  spec: ConsumerSpec,
  common: { consumer: string; metrics: MetricsSink; write: (line: string) => void },
): ConsumerGroupRunner {
  const { stream, group, handler, settings } = spec;
  const { consumer, metrics, write } = common;
  return new ConsumerGroupRunner({
    ...settings,
    client: connections.client,
    reader: connections.readers.get(reader) as RedisClient,
    stream,
    group,
    consumer,
    handler,
    metrics,
    onError: (error) => write(json("error", { msg: "consumer error", stream, group, error: String(error) })),
  });
}

/**
 * Builds one runner per stream on shared connections (the readers keyed by stream name), EMF metrics and one-line
 * error logs included: what a long-running host (Fargate, `npm start`) or a time-boxed one (Lambda) runs.
 */
export function createRunners(
  connections: { client: RedisClient; readers: Map<string, RedisClient> },
  options: {
    streams: string[];
    group: string;
    consumer: string;
    handler: BatchHandler;
    settings?: RunnerSettings;
    write?: (line: string) => void;
  },
): ConsumerGroupRunner[] {
  const { streams, group, consumer, handler, settings } = options;
  const write = logWriter(options.write);
  const common = { consumer, metrics: emfSink(write), write };
  return streams.map((stream) =>
    createRunner(connections, stream, { stream, group, handler, ...(settings && { settings }) }, common),
  );
}

/** Starts every consumer until `stop()`. */
export async function startConsumerHost(options: ConsumerHostOptions): Promise<ConsumerHost> {
  const { consumers, consumer, retention } = options;
  const write = logWriter(options.write);
  // A blocked connection serves one read at a time: one reader per consumer, even for two groups of one stream.
  const readerNames = consumers.map((spec, index) => `${index}:${spec.group}@${spec.stream}`);
  const connections = openConsumerConnections(
    { connectionName: `sluice:${consumer}`, ...options.redis },
    readerNames,
    write,
  );
  const common = { consumer, metrics: emfSink(write), write };
  const runners = consumers.map((spec, index) =>
    createRunner(connections, readerNames[index] as string, spec, common),
  );
  const streams = [...new Set(consumers.map((spec) => spec.stream))];
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
  return { consumer, runners, stop };
}
