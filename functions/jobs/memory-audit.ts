// Lambda MemoryAudit (CronV2 every 10 minutes; npm start runs it on the same schedule): auditMemory of
// @sluice/ops/audit reads each master's memory, each stream's bytes, groups and trimmable entries, eviction exposure
// and growth, and records a sample for the capacity report. Its report (JSON and text) goes to the Reports bucket, its
// figures out as metrics (issue 7's alarms watch MemoryUsedPercent, EvictedKeys, EvictionExposedStreams); one log line.
import { emfSink } from "@sluice/observability";
import {
  auditMemory,
  type MemoryAuditReport,
  memoryAuditLogEntry,
  memoryAuditMetrics,
  memorySummary,
} from "@sluice/ops/audit";
import { recordJobOutcome, type WriteLine, writeStdout } from "../shared/job-outcome.ts";
import { opsClients } from "../shared/ops-clients.ts";

export function runMemoryAudit(write: WriteLine): Promise<MemoryAuditReport> {
  return recordJobOutcome("memoryAudit", write, () => auditMemoryRun(write));
}

async function auditMemoryRun(write: WriteLine): Promise<MemoryAuditReport> {
  const { redis, reports } = opsClients();
  const report = await auditMemory({ redis });
  const summary = memorySummary(report);
  await reports.put("memory-audit", Date.parse(report.at), report, summary);
  const metrics = emfSink(write);
  for (const { dimensions, data } of memoryAuditMetrics(report)) metrics.put(dimensions, data);
  write(JSON.stringify(memoryAuditLogEntry(report)));
  return report;
}

export const handler = () => runMemoryAudit(writeStdout);
