// The stream monitor's configuration (functions/jobs/stream-monitor.ts, npm start): Redis as redis.ts finds it, and
// SLUICE_MONITOR_LIVENESS_MS, how long a consumer may be idle and still count as active (unset: monitorStreams'
// default, 60000).
import { type Environment, positiveInteger } from "./env.ts";
import { loadRedisConfig, type RedisConfig } from "./redis.ts";
import { type LinkedRedis, linkedRedis } from "./resource.ts";

export interface MonitorConfig extends RedisConfig {
  livenessMs: number | undefined;
}

export function loadMonitorConfig(
  env: Environment = process.env,
  linked: LinkedRedis | null = linkedRedis(),
): MonitorConfig {
  return { ...loadRedisConfig(env, linked), livenessMs: positiveInteger(env, "SLUICE_MONITOR_LIVENESS_MS") };
}
