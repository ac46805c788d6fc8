// npm start's operations jobs, on the local job scheduler with the cloud's schedules (functions/jobs/job-table.ts):
// the backup verification (into a scratch redis-server started for the run and stopped after it, as the cloud's
// task has its sidecar), the backup retention, the memory audit, configuration audit and capacity report of the
// local Redis into bucket `reports`, and the stream monitor (also once at start, local-jobs.ts), which prints when the
// set of groups without an active consumer changes. The native snapshot is ElastiCache's alone: not scheduled here.

import type { JobScheduler } from "@sluice/local";
import { BATCH_GROUPS } from "@sluice/observability";
import { createRedisClient } from "@sluice/streams";
import { startRedis } from "@sluice/testing";
import { runBackupRetention } from "../../functions/jobs/backup-retention.ts";
import { runCapacityReport } from "../../functions/jobs/capacity-report.ts";
import { runConfigAudit } from "../../functions/jobs/config-audit.ts";
import { JOBS } from "../../functions/jobs/job-table.ts";
import { runMemoryAudit } from "../../functions/jobs/memory-audit.ts";
import { runStreamMonitor } from "../../functions/jobs/stream-monitor.ts";
import { runVerification } from "../../functions/jobs/verify-backup.ts";

/** The jobs' schedules, for the npm start summary. */
export type OpsSchedules = Record<
  "verification" | "retention" | "memoryAudit" | "configAudit" | "capacityReport" | "streamMonitor",
  string
>;

/** The stream monitor's name on the scheduler (npm start also runs it once at start). */
export const STREAM_MONITOR_JOB = "stream-monitor";

export function addOpsJobs(
  scheduler: JobScheduler,
  { print, writeLog }: { print: (line: string) => void; writeLog: (line: string) => void },
): OpsSchedules {
  const time = () => new Date().toISOString().slice(11, 19);
  scheduler.add({
    name: "verification",
    schedule: JOBS.verification.schedule,
    run: async () => {
      const server = await startRedis({ maxmemoryPolicy: "noeviction" });
      const scratch = createRedisClient({ ...server.target, commandTimeoutMs: 60_000 });
      try {
        const report = await runVerification(scratch, writeLog);
        print(
          `${time()}  backup verification ${report.snapshotId}: ${report.passed ? "passed" : `FAILED (${report.error ?? report.mismatches[0]})`}, ${report.entries} entries (${report.durationMs} ms)`,
        );
      } finally {
        scratch.disconnect();
        await server.stop();
      }
    },
  });
  scheduler.add({
    name: "retention",
    schedule: JOBS.backupRetention.schedule,
    run: async () => {
      const report = await runBackupRetention(writeLog);
      print(
        `${time()}  backup retention: ${report.deletedSnapshots.length} snapshots deleted, ${report.kept} kept`,
      );
    },
  });
  // Audits print only what needs attention: a clean one every 10 minutes would drown the status lines.
  scheduler.add({
    name: "memory-audit",
    schedule: JOBS.memoryAudit.schedule,
    run: async () => {
      const report = await runMemoryAudit(writeLog);
      const serious = report.findings.filter((f) => f.severity !== "info");
      for (const finding of serious) print(`${time()}  memory audit: ${finding.severity} ${finding.message}`);
    },
  });
  scheduler.add({
    name: "config-audit",
    schedule: JOBS.configAudit.schedule,
    run: async () => {
      const report = await runConfigAudit(writeLog);
      for (const finding of report.findings.filter((f) => f.severity === "critical"))
        print(`${time()}  configuration audit: critical ${finding.message} Fix: ${finding.fix}`);
    },
  });
  scheduler.add({
    name: "capacity-report",
    schedule: JOBS.capacityReport.schedule,
    run: async () => {
      const { streams, memory, recommendation } = await runCapacityReport(writeLog);
      print(
        `${time()}  capacity report: ${streams.length} streams, 85% of maxmemory ${memory.reaches85PercentAt ?? "not projected"}, node type for ${recommendation?.horizonDays ?? "-"} days: ${recommendation?.nodeType ?? "-"} (bucket reports)`,
      );
    },
  });
  let unattended = "";
  scheduler.add({
    name: STREAM_MONITOR_JOB,
    schedule: JOBS.streamMonitor.schedule,
    run: async () => {
      const { streams } = await runStreamMonitor(writeLog);
      // Work nobody does (what ConsumerLiveness alarms on), not merely a quiet group: Redis before 7.2 counts a
      // consumer's idle time from its last read that returned entries. The lake's group is read every 5 minutes.
      const groups = streams.flatMap((s) =>
        s.groups
          .filter(
            (g) => !BATCH_GROUPS.includes(g.name) && g.activeConsumers === 0 && (g.lag ?? 0) + g.pending > 0,
          )
          .map((g) => `${s.name}/${g.name}`),
      );
      if (groups.join(", ") === unattended) return;
      unattended = groups.join(", ");
      const state =
        groups.length === 0
          ? "every group with entries waiting has a consumer reading"
          : `entries wait with no consumer reading in ${unattended}`;
      print(`${time()}  stream monitor: ${state}`);
    },
  });
  return {
    verification: JOBS.verification.schedule,
    retention: JOBS.backupRetention.schedule,
    memoryAudit: JOBS.memoryAudit.schedule,
    configAudit: JOBS.configAudit.schedule,
    capacityReport: JOBS.capacityReport.schedule,
    streamMonitor: JOBS.streamMonitor.schedule,
  };
}
