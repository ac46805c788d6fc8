// The stream monitor's configuration (functions/jobs/stream-monitor.ts, npm start): Redis as redis.ts finds it, and
// SLUICE_MONITOR_LIVENESS_MS, how long a consumer may be idle and still count as active (default 60000); SLUICE_MONITOR_STALE_GROUP_MS, how long a group may hold entries nobody reads before it is
// reported stale (default 3600000); SLUICE_MONITOR_EXPIRE_STALE_GROUPS_MS, how long before a stale group is
// destroyed (unset, the default: never — a group's position is a reader's to give up; at least the stale window);
// SLUICE_MONITOR_MAX_STREAM_SERIES, streams with series of their own (default 200); SLUICE_LAKE_GROUP, the lake's
// group (default `lake`), never expired like the catalog's groups; SLUICE_RETENTION (on|off, default on), the
// catalog's retention applied to every stream each run, holding what the incremental backup has not taken while its
// last run is at most SLUICE_RETENTION_BACKUP_HOLD_MS old (default 900000; 0 = never hold).
import { invalid, oneOf, positiveInteger, positiveIntegerOrZero, text } from "./env.ts";
import { withRedis } from "./redis.ts";

const DEFAULT_STALE_MS = 3_600_000;

export const loadMonitorConfig = withRedis((env) => {
  const staleAfterMs = positiveInteger(env, "SLUICE_MONITOR_STALE_GROUP_MS") ?? DEFAULT_STALE_MS;
  const expireStaleAfterMs = positiveInteger(env, "SLUICE_MONITOR_EXPIRE_STALE_GROUPS_MS");
  if (expireStaleAfterMs !== undefined && expireStaleAfterMs < staleAfterMs) {
    throw invalid(
      `SLUICE_MONITOR_EXPIRE_STALE_GROUPS_MS must be at least the stale window (SLUICE_MONITOR_STALE_GROUP_MS, ${staleAfterMs}), got ${expireStaleAfterMs}`,
      "SLUICE_MONITOR_EXPIRE_STALE_GROUPS_MS",
    );
  }
  return {
    livenessMs: positiveInteger(env, "SLUICE_MONITOR_LIVENESS_MS") ?? 60_000,
    staleAfterMs,
    expireStaleAfterMs,
    maxStreamSeries: positiveInteger(env, "SLUICE_MONITOR_MAX_STREAM_SERIES"),
    lakeGroup: text(env, "SLUICE_LAKE_GROUP") ?? "lake",
    retention: oneOf(env, "SLUICE_RETENTION", ["on", "off"]) !== "off",
    backupHoldMs: positiveIntegerOrZero(env, "SLUICE_RETENTION_BACKUP_HOLD_MS") ?? 900_000,
  };
});
