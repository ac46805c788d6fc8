// Lambda DrainConsumer (scheduled every minute, or invoked directly; the event is not read): drains each configured
// stream with the built-in event-log handler until SLUICE_TIMEOUT_EARLY_MS before the invocation would time out,
// then reports what it did per stream. Connections are opened once per container and reused by later invocations.
import { emfSink } from "@sluice/observability";
import {
  ConsumerGroupRunner,
  createBlockingClient,
  createJsonValidatingHandler,
  createRedisClient,
  type DrainResult,
  type RedisClient,
} from "@sluice/streams";
import type { Context } from "aws-lambda";
import { loadRuntimeConfig } from "../runtime-config.ts";

type LambdaContext = Pick<Context, "awsRequestId" | "getRemainingTimeInMillis">;

// A read that finds nothing for this long ends the drain ("empty"): short, since the Lambda is billed while it waits.
const MAX_BLOCK_MS = 1000;
const FINISH_MARGIN_MS = 250;
const eventLog = createJsonValidatingHandler();
const metrics = emfSink();

let connections: ReturnType<typeof connect> | undefined;

function connect() {
  const config = loadRuntimeConfig();
  const client = createRedisClient(config.redis);
  // One blocking reader per stream, since the streams are drained at the same time.
  const readers = new Map(
    config.consumer.streams.map((s) => [s, createBlockingClient(config.redis)] as const),
  );
  return { config, client, readers };
}

export interface DrainReport {
  streams: (DrainResult & { stream: string })[];
}

export async function handler(_event: unknown, context: LambdaContext): Promise<DrainReport> {
  connections ??= connect();
  const { config, client, readers } = connections;
  const { streams, group, runner: settings, timeoutEarlyMs } = config.consumer;
  // Reading stops timeoutEarlyMs before the timeout; batches in flight then finish (or are handed back) by
  // FINISH_MARGIN_MS before it, so no work continues after the invocation returns.
  const timeout = Date.now() + context.getRemainingTimeInMillis();
  const deadline = timeout - timeoutEarlyMs;
  const finishBy = Math.max(deadline, timeout - FINISH_MARGIN_MS);
  const consumer = `lambda-${context.awsRequestId}`;
  const shared = { ...settings, client, group, consumer, handler: eventLog, metrics };
  const drain = async (stream: string) => {
    // No read blocks past the deadline (drain also caps each read by the time left).
    const blockMs = Math.max(1, Math.min(MAX_BLOCK_MS, deadline - Date.now()));
    const reader = readers.get(stream) as RedisClient;
    const runner = new ConsumerGroupRunner({ ...shared, stream, reader, blockMs });
    return { stream, ...(await runner.drain(deadline, finishBy)) };
  };
  return { streams: await Promise.all(streams.map(drain)) };
}

/** Closes the container's connections (tests and local scripts; Lambda itself just freezes the container). */
export function disconnect(): void {
  for (const connection of connections ? [connections.client, ...connections.readers.values()] : []) {
    connection.disconnect();
  }
  connections = undefined;
}
