// @sluice/ops/audit: the memory audit (every 10 minutes) and the configuration audit (hourly, of a self-managed Redis
// or of an ElastiCache replication group), their reports as text, and what their jobs emit about a report.
export {
  configAuditLogEntry,
  configAuditMetrics,
  type MetricRecord,
  memoryAuditLogEntry,
  memoryAuditMetrics,
} from "./audit-telemetry.ts";
export { auditRedisConfig, type RedisConfigAuditOptions } from "./config-audit.ts";
export {
  type ConfigAuditReport,
  type ConfigFinding,
  configSummary,
  type FindingSeverity,
} from "./config-findings.ts";
export { type ConfigPolicy, DEFAULT_CONFIG_POLICY } from "./config-policy.ts";
export { auditElastiCacheConfig, type ElastiCacheConfigAuditOptions } from "./elasticache-config.ts";
export { ReplicationGroupNotFoundError } from "./errors.ts";
export type { EvictionExposure } from "./eviction-exposure.ts";
export { auditMemory, type MemoryAuditOptions } from "./memory-audit.ts";
export type { Finding, MemoryAuditReport, MemoryGrowth } from "./memory-audit-report.ts";
export { MEMORY_SAMPLES_KEY } from "./memory-samples.ts";
export { memorySummary } from "./memory-summary.ts";
export type { MemoryLevel, MemoryThresholds, NodeMemory } from "./node-memory.ts";
export type { GroupMemory, StreamMemory } from "./stream-memory.ts";
