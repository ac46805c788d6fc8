// Lambda StreamMonitor (CronV2 every minute; npm start runs it on the same schedule and once at start):
// monitorStreams of @sluice/streams reads every Sluice stream and consumer group on every master and emits their
// state (StreamLength, DlqLength, ConsumerLag, LagAgeMs, PendingEntries, OldestPendingAgeMs, MaxDeliveryCount,
// Consumers, ActiveConsumers, UnattendedEntries, StaleGroups; dimensions Stream and Group) whether or not a consumer
// runs: what the stream alarms and the lag-age scaling of infra/scaling.ts read. Then, by policy, it expires stale
// groups (stale-group-expiry.ts) and applies the catalog's retention to every stream (catalog-retention.ts): the one
// place retention of the catalog runs. Settings: functions/config/monitor.ts. One summary log line.
import { emfSink, StreamMetric } from "@sluice/observability";
import { backupCursorHold } from "@sluice/ops/backup";
import { monitorStreams, type StreamMonitorReport, staleGroups } from "@sluice/streams";
import type { Environment } from "../config/env.ts";
import { loadMonitorConfig } from "../config/monitor.ts";
import { applyCatalogRetention } from "../shared/catalog-retention.ts";
import { jobClients, SLOW_COMMAND_TIMEOUT_MS } from "../shared/job-clients.ts";
import { recordJobOutcome, type WriteLine, writeStdout } from "../shared/job-outcome.ts";
import { expireStaleGroups } from "../shared/stale-group-expiry.ts";

const { redis } = jobClients("sluice:stream-monitor", SLOW_COMMAND_TIMEOUT_MS);
/** Names a log line lists at most. */
const LISTED = 20;

/** One run; `env` (default the process's) gives the settings, and Redis to the run that opens the client (later runs
 * reuse it: job-clients.ts). */
export function runStreamMonitor(write: WriteLine, env?: Environment): Promise<StreamMonitorReport> {
  return recordJobOutcome("streamMonitor", write, async () => {
    const config = loadMonitorConfig(env);
    const client = redis(config.redis);
    const metrics = emfSink(write);
    const { livenessMs, staleAfterMs, expireStaleAfterMs } = config;
    const report = await monitorStreams({
      client,
      metrics,
      livenessMs,
      staleAfterMs,
      ...(config.maxStreamSeries && { maxStreamSeries: config.maxStreamSeries }),
    });
    const expired =
      expireStaleAfterMs === undefined
        ? []
        : await expireStaleGroups(report, {
            client,
            expireAfterMs: expireStaleAfterMs,
            quietMs: livenessMs,
            lakeGroup: config.lakeGroup,
          });
    if (expireStaleAfterMs !== undefined) {
      metrics.put({}, [{ name: StreamMetric.staleGroupsExpired, unit: "Count", value: expired.length }]);
    }
    const hold = config.backupHoldMs > 0 ? backupCursorHold(config.backupHoldMs) : undefined;
    const retention = config.retention
      ? await applyCatalogRetention(
          report.streams.map((stream) => stream.name),
          { client, metrics, ...(hold && { hold }) },
        )
      : undefined;
    const groups = report.streams.flatMap((s) => s.groups.map((g) => ({ ...g, stream: s.name })));
    const unread = groups.filter((g) => g.activeConsumers === 0).map((g) => `${g.stream}/${g.name}`);
    const stale = report.streams.flatMap((s) =>
      staleGroups(s, staleAfterMs).map((g) => `${s.name}/${g.name}`),
    );
    const problems = report.skipped.length + (retention?.failed.length ?? 0);
    write(
      JSON.stringify({
        level: problems > 0 ? "warn" : "info",
        msg: "stream monitor",
        streams: report.streams.length,
        groups: groups.length,
        groupsWithoutActiveConsumer: unread.slice(0, LISTED),
        staleGroups: stale.slice(0, LISTED),
        expiredGroups: expired,
        retention: retention && {
          trimmed: retention.trimmed,
          dropped: retention.dropped,
          overCap: retention.overCap.slice(0, LISTED),
          forgotten: retention.forgotten.length,
          failed: retention.failed.slice(0, LISTED),
        },
        skipped: report.skipped,
        durationMs: report.durationMs,
      }),
    );
    return report;
  });
}

export const handler = () => runStreamMonitor(writeStdout);
