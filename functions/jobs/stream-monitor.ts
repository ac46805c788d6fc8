// Lambda StreamMonitor (CronV2 every minute; npm start runs it on the same schedule and once at start):
// monitorStreams of @sluice/streams reads every Sluice stream and consumer group on every master and emits their
// state (StreamLength, DlqLength, ConsumerLag, LagAgeMs, PendingEntries, OldestPendingAgeMs, MaxDeliveryCount,
// Consumers, ActiveConsumers; dimensions Stream and Group) whether or not a consumer runs: what the stream alarms
// and the lag-age scaling of infra/workers.ts read. A consumer idle longer than SLUICE_MONITOR_LIVENESS_MS (default
// 60000) is not active. One summary log line naming the groups no consumer reads.
import { emfSink } from "@sluice/observability";
import { monitorStreams, type RedisClient, type StreamMonitorReport } from "@sluice/streams";
import { type Environment, loadRuntimeConfig, positiveInteger } from "../runtime-config.ts";
import { recordJobOutcome } from "./job-outcome.ts";
import { jobRedisClient } from "./job-redis.ts";

let redis: RedisClient | undefined;

export function runStreamMonitor(
  write: (line: string) => void,
  env: Environment = process.env,
): Promise<StreamMonitorReport> {
  return recordJobOutcome("streamMonitor", write, () => monitor(write, env));
}

async function monitor(write: (line: string) => void, env: Environment): Promise<StreamMonitorReport> {
  const livenessMs = positiveInteger(env, "SLUICE_MONITOR_LIVENESS_MS");
  redis ??= jobRedisClient(loadRuntimeConfig(env).redis, "sluice:stream-monitor");
  const report = await monitorStreams({
    client: redis,
    metrics: emfSink(write),
    ...(livenessMs !== undefined && { livenessMs }),
  });
  const groups = report.streams.flatMap((s) => s.groups.map((g) => ({ ...g, stream: s.name })));
  const unread = groups.filter((g) => g.activeConsumers === 0).map((g) => `${g.stream}/${g.name}`);
  write(
    JSON.stringify({
      level: report.skipped.length > 0 ? "warn" : "info",
      msg: "stream monitor",
      streams: report.streams.length,
      groups: groups.length,
      groupsWithoutActiveConsumer: unread.slice(0, 20),
      skipped: report.skipped,
      durationMs: report.durationMs,
    }),
  );
  return report;
}

export const handler = () => runStreamMonitor((line) => process.stdout.write(`${line}\n`));

/** Closes the connection (tests, npm start; Lambda itself just freezes the container). */
export function disconnect(): void {
  redis?.disconnect();
  redis = undefined;
}
