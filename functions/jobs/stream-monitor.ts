// Lambda StreamMonitor (CronV2 every minute; npm start runs it on the same schedule and once at start):
// monitorStreams of @sluice/streams reads every Sluice stream and consumer group on every master and emits their
// state (StreamLength, DlqLength, ConsumerLag, LagAgeMs, PendingEntries, OldestPendingAgeMs, MaxDeliveryCount,
// Consumers, ActiveConsumers; dimensions Stream and Group) whether or not a consumer runs: what the stream alarms
// and the lag-age scaling of infra/scaling.ts read. A consumer idle longer than SLUICE_MONITOR_LIVENESS_MS (default
// 60000) is not active. One summary log line naming the groups no consumer reads.
import { emfSink } from "@sluice/observability";
import { monitorStreams, type StreamMonitorReport } from "@sluice/streams";
import type { Environment } from "../config/env.ts";
import { loadMonitorConfig } from "../config/monitor.ts";
import { jobClients, SLOW_COMMAND_TIMEOUT_MS } from "../shared/job-clients.ts";
import { recordJobOutcome, type WriteLine, writeStdout } from "../shared/job-outcome.ts";

const { redis } = jobClients("sluice:stream-monitor", SLOW_COMMAND_TIMEOUT_MS);

/** One run; `env` (default the process's) gives the liveness, and Redis to the run that opens the client (later runs
 * reuse it: job-clients.ts). */
export function runStreamMonitor(write: WriteLine, env?: Environment): Promise<StreamMonitorReport> {
  return recordJobOutcome("streamMonitor", write, async () => {
    const config = loadMonitorConfig(env);
    const client = redis(config.redis);
    const report = await monitorStreams({ client, metrics: emfSink(write), livenessMs: config.livenessMs });
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
  });
}

export const handler = () => runStreamMonitor(writeStdout);
