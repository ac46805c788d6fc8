// Lambda MemoryAudit (CronV2 every 10 minutes; npm start runs it on the same schedule): auditMemory of @sluice/ops
// reads each master's memory, each stream's bytes, groups and trimmable entries, eviction exposure and growth, and
// records a sample for the capacity report. Its report (JSON and text) goes to the Reports bucket; its figures go
// out as metrics (the alarms of issue 7 watch MemoryUsedPercent, EvictedKeys, EvictionExposedStreams); one log line.
import { Dimension, emfSink, OpsMetric } from "@sluice/observability";
import { auditMemory, type MemoryAuditReport, memorySummary } from "@sluice/ops";
import { recordJobOutcome } from "../shared/job-outcome.ts";
import { opsClients } from "../shared/ops-clients.ts";

export function runMemoryAudit(write: (line: string) => void): Promise<MemoryAuditReport> {
  return recordJobOutcome("memoryAudit", write, () => auditMemoryRun(write));
}

async function auditMemoryRun(write: (line: string) => void): Promise<MemoryAuditReport> {
  const { redis, reports } = opsClients();
  const report = await auditMemory({ redis });
  const summary = memorySummary(report);
  await reports.put("memory-audit", Date.parse(report.at), report, summary);
  const metrics = emfSink(write);
  const ratios = report.nodes.flatMap((n) => (n.usedRatio === null ? [] : [n.usedRatio]));
  const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
  metrics.put({}, [
    ...(ratios.length > 0
      ? [{ name: OpsMetric.memoryUsedPercent, unit: "Percent" as const, value: Math.max(...ratios) * 100 }]
      : []),
    { name: OpsMetric.memoryUsedBytes, unit: "Bytes", value: sum(report.nodes.map((n) => n.usedBytes)) },
    {
      name: OpsMetric.fragmentationRatio,
      unit: "None",
      value: Math.max(0, ...report.nodes.map((n) => n.fragmentationRatio)),
    },
    { name: OpsMetric.evictedKeys, unit: "Count", value: sum(report.nodes.map((n) => n.evictedKeys)) },
    {
      name: OpsMetric.evictionExposedStreams,
      unit: "Count",
      value: report.evictionExposure.exposedStreams.length,
    },
    {
      name: OpsMetric.trimmableBytes,
      unit: "Bytes",
      value: sum(report.streams.map((s) => s.trimmableBytes)),
    },
    ...(report.growth.timeToFullMs === null
      ? []
      : [
          {
            name: OpsMetric.timeToFullHours,
            unit: "None" as const,
            value: report.growth.timeToFullMs / 3_600_000,
          },
        ]),
    {
      name: OpsMetric.memoryCriticalFindings,
      unit: "Count",
      value: report.findings.filter((f) => f.severity === "critical").length,
    },
  ]);
  for (const stream of report.streams) {
    metrics.put({ [Dimension.stream]: stream.key }, [
      { name: OpsMetric.streamBytes, unit: "Bytes", value: stream.bytes },
    ]);
  }
  const worst = report.findings[0]?.severity ?? "none";
  write(
    JSON.stringify({
      level: worst === "critical" ? "error" : worst === "warning" ? "warn" : "info",
      msg: "memory audit",
      nodes: report.nodes.length,
      streams: report.streams.length,
      findings: report.findings.map((f) => `${f.severity} ${f.id}: ${f.message}`),
    }),
  );
  return report;
}

export const handler = () => runMemoryAudit((line) => process.stdout.write(`${line}\n`));
