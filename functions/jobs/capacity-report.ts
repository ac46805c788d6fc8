// Lambda CapacityReport (CronV2 weekly, Tuesday 04:00 UTC; npm start runs it on the same schedule): capacityReport of
// @sluice/ops/capacity turns the memory audit's samples of the last 7 days into growth and rates per stream, the memory
// trend, the dates of 85% and 100%, and a node type (or shard count of SLUICE_REDIS_NODE_TYPE) for the next
// SLUICE_CAPACITY_HORIZON_DAYS (default 90). Its report (JSON and text) goes to the Reports bucket; one log line.
import { type CapacityReport, capacityReport, capacitySummary } from "@sluice/ops/capacity";
import type { Environment } from "../config/env.ts";
import { loadCapacityHorizon } from "../config/ops.ts";
import { recordJobOutcome, writeStdout } from "../shared/job-outcome.ts";
import { opsClients } from "../shared/ops-clients.ts";

/** One run; `env` (default the process's) gives the horizon; opsClients() reads the process's (Redis, reports). */
export function runCapacityReport(write: (line: string) => void, env?: Environment): Promise<CapacityReport> {
  return recordJobOutcome("capacityReport", write, () => reportCapacity(write, env));
}

async function reportCapacity(write: (line: string) => void, env?: Environment): Promise<CapacityReport> {
  const { config, redis, reports } = opsClients();
  const report = await capacityReport({
    redis,
    ...(config.nodeType !== null && { nodeType: config.nodeType }),
    ...loadCapacityHorizon(env),
  });
  const summary = capacitySummary(report);
  await reports.put("capacity", Date.parse(report.at), report, summary);
  write(JSON.stringify({ level: "info", msg: "capacity report", summary }));
  return report;
}

export const handler = () => runCapacityReport(writeStdout);
