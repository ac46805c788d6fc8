// Lambda ConfigAudit (CronV2 hourly; npm start runs it on the same schedule): on ElastiCache (with
// SLUICE_REDIS_REPLICATION_GROUP) auditElastiCacheConfig of @sluice/ops/audit reads the replication group and its
// parameter group through the API, CONFIG being blocked there; on a self-managed Redis auditRedisConfig reads INFO
// and CONFIG GET. Either checks the settings against Sluice's policy (noeviction, reserved memory, TLS, auth,
// failover, snapshots, engine version). Its report (JSON and text) goes to the Reports bucket, the findings by
// severity go out as metrics, one log line.
import { emfSink } from "@sluice/observability";
import {
  auditElastiCacheConfig,
  auditRedisConfig,
  type ConfigAuditReport,
  configAuditLogEntry,
  configAuditMetrics,
  configSummary,
} from "@sluice/ops/audit";
import { recordJobOutcome, writeStdout } from "../shared/job-outcome.ts";
import { opsClients } from "../shared/ops-clients.ts";

export function runConfigAudit(write: (line: string) => void): Promise<ConfigAuditReport> {
  return recordJobOutcome("configAudit", write, () => auditConfig(write));
}

async function auditConfig(write: (line: string) => void): Promise<ConfigAuditReport> {
  const { redis, elasticache, reports } = opsClients();
  const report =
    elasticache !== null ? await auditElastiCacheConfig(elasticache) : await auditRedisConfig({ redis });
  await reports.put("config-audit", report.at, report, configSummary(report));
  emfSink(write).put({}, configAuditMetrics(report));
  write(JSON.stringify(configAuditLogEntry(report)));
  return report;
}

export const handler = () => runConfigAudit(writeStdout);
