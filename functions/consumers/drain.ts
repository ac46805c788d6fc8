// Lambda DrainConsumer (scheduled every minute, or invoked directly; the event is not read): drains each configured
// stream with the built-in event-log handler until SLUICE_TIMEOUT_EARLY_MS before the invocation would time out,
// then reports what it did per stream. Connections are opened once per container and reused by later invocations.
import { createJsonValidatingHandler, createRunners, type DrainResult } from "@sluice/streams";
import type { Context } from "aws-lambda";
import { consumerClients } from "../shared/consumer-clients.ts";

// A read that finds nothing for this long ends the drain ("empty"): short, since the Lambda is billed while it waits.
const MAX_BLOCK_MS = 1000;
// In-flight batches must be done (or handed back) this long before the timeout: nothing runs after we return.
const FINISH_MARGIN_MS = 250;
const eventLog = createJsonValidatingHandler();

export interface ConsumerDrainReport {
  streams: (DrainResult & { stream: string })[];
}

export async function handler(
  _event: unknown,
  context: Pick<Context, "awsRequestId" | "getRemainingTimeInMillis">,
): Promise<ConsumerDrainReport> {
  const { config, connections } = consumerClients();
  const { streams, group, runner: settings, timeoutEarlyMs } = config;
  const timeout = Date.now() + context.getRemainingTimeInMillis();
  const deadline = timeout - timeoutEarlyMs;
  const finishBy = Math.max(deadline, timeout - FINISH_MARGIN_MS);
  const blockMs = Math.max(1, Math.min(MAX_BLOCK_MS, deadline - Date.now()));
  const consumer = `lambda-${context.awsRequestId}`;
  const runners = createRunners(connections, {
    streams,
    group,
    consumer,
    handler: eventLog,
    settings: { ...settings, blockMs },
  });
  const results = await Promise.all(runners.map((runner) => runner.drain(deadline, finishBy)));
  return { streams: results.map((result, i) => ({ stream: streams[i] as string, ...result })) };
}
