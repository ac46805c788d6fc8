// The stream monitor's configuration (functions/jobs/stream-monitor.ts, npm start): Redis as redis.ts finds it, and
// SLUICE_MONITOR_LIVENESS_MS, how long a consumer may be idle and still count as active (unset: monitorStreams'
// default, 60000).
import { positiveInteger } from "./env.ts";
import { withRedis } from "./redis.ts";

export const loadMonitorConfig = withRedis((env) => ({
  livenessMs: positiveInteger(env, "SLUICE_MONITOR_LIVENESS_MS"),
}));
