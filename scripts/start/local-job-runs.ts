// One run of each scheduled job of functions/jobs/job-table.ts as npm start's scheduler and `npm run ops` run it:
// the job's own handler, its log and metric lines going to `writeLog`, and what it did for people: `notices`, the
// lines npm start prints (every run of some jobs; only findings that need attention from the audits), and `report`,
// the outcome `npm run ops` prints (an audit's whole summary). The table covers every job (typed by JOBS' keys).
import { randomUUID } from "node:crypto";
import { BATCH_GROUPS } from "@sluice/observability";
import { configSummary, memorySummary } from "@sluice/ops/audit";
import { capacitySummary } from "@sluice/ops/capacity";
import { nativeSnapshotSummary } from "@sluice/ops/snapshot";
import { createRedisClient } from "@sluice/streams";
import { startRedis } from "@sluice/testing";
import { runBackupRetention } from "../../functions/jobs/backup-retention.ts";
import { runCapacityReport } from "../../functions/jobs/capacity-report.ts";
import { runConfigAudit } from "../../functions/jobs/config-audit.ts";
import { runIncrements } from "../../functions/jobs/increments.ts";
import { runLakeWriter } from "../../functions/jobs/lake-writer.ts";
import { runMemoryAudit } from "../../functions/jobs/memory-audit.ts";
import { runNativeSnapshot } from "../../functions/jobs/native-snapshot.ts";
import { runSnapshot } from "../../functions/jobs/snapshot.ts";
import { runStreamMonitor } from "../../functions/jobs/stream-monitor.ts";
import { runVerification } from "../../functions/jobs/verify-backup.ts";
import type { JobName } from "../../functions/shared/job-outcome.ts";

export interface JobRun {
  /** What npm start prints after this run, each line after the time (may be none). */
  notices: string[];
  /** The run's outcome for `npm run ops`. */
  report: string;
}

export interface LocalJob {
  /** The job's handler file, for people. */
  handler: string;
  /** npm start prints a run's notices only when they differ from the previous run's. */
  onChange?: boolean;
  /** npm start does not schedule it (it needs the cloud); `npm run ops` runs it all the same. */
  cloudOnly?: boolean;
  run(writeLog: (line: string) => void): Promise<JobRun>;
}

/** What a Lambda run of the lake writer may take (its timeout in infra/jobs.ts). */
const LAKE_RUN_TIMEOUT_MS = 300_000;

const noticed = (lines: string[]): JobRun => ({ notices: lines, report: lines.join("\n") });

export const LOCAL_JOBS: Record<JobName, LocalJob> = {
  lakeWriter: {
    handler: "functions/jobs/lake-writer.ts",
    run: async (writeLog) => {
      const started = Date.now();
      const context = {
        awsRequestId: randomUUID(),
        getRemainingTimeInMillis: () => LAKE_RUN_TIMEOUT_MS - (Date.now() - started),
      };
      const runs = await runLakeWriter(context, writeLog);
      return noticed(
        runs.map(
          (run) =>
            `lake ${run.stream}: ${run.rows} events → ${run.files} files, ${run.deadLettered} dead-lettered, ${run.trimmed} trimmed from Redis (${run.stoppedBy}, ${run.durationMs} ms)`,
        ),
      );
    },
  },
  snapshot: {
    handler: "functions/jobs/snapshot.ts",
    run: async (writeLog) => {
      const { id, streams, entries, keys, bytes, durationMs } = await runSnapshot(writeLog);
      return noticed([
        `snapshot ${id}: ${streams} streams, ${entries} entries, ${keys} other keys, ${bytes} bytes (${durationMs} ms)`,
      ]);
    },
  },
  increments: {
    handler: "functions/jobs/increments.ts",
    run: async (writeLog) => {
      const { id, entries, bytes, gapEntries } = await runIncrements(writeLog);
      const line = `incremental backup ${id ?? "(nothing new)"}: ${entries} entries, ${bytes} bytes, ${gapEntries} gone before they were backed up`;
      return { notices: id !== null && gapEntries > 0 ? [line] : [], report: line };
    },
  },
  nativeSnapshot: {
    handler: "functions/jobs/native-snapshot.ts",
    cloudOnly: true,
    run: async (writeLog) => {
      const report = await runNativeSnapshot(writeLog);
      return { notices: [], report: nativeSnapshotSummary(report) };
    },
  },
  verification: {
    // Into a scratch redis-server started for the run, as the cloud's task has its sidecar.
    handler: "functions/jobs/verify-backup.ts",
    run: async (writeLog) => {
      const server = await startRedis({ maxmemoryPolicy: "noeviction" });
      const scratch = createRedisClient({ ...server.target, commandTimeoutMs: 60_000 });
      try {
        const report = await runVerification(scratch, writeLog);
        const verdict = report.passed ? "passed" : `FAILED (${report.error ?? report.mismatches[0]})`;
        return noticed([
          `backup verification ${report.snapshotId}: ${verdict}, ${report.entries} entries (${report.durationMs} ms)`,
        ]);
      } finally {
        scratch.disconnect();
        await server.stop();
      }
    },
  },
  backupRetention: {
    handler: "functions/jobs/backup-retention.ts",
    run: async (writeLog) => {
      const report = await runBackupRetention(writeLog);
      return noticed([
        `backup retention: ${report.deletedSnapshots.length} snapshots deleted, ${report.kept} kept`,
      ]);
    },
  },
  // The audits print only what needs attention: a clean one every 10 minutes would drown the status lines.
  memoryAudit: {
    handler: "functions/jobs/memory-audit.ts",
    run: async (writeLog) => {
      const report = await runMemoryAudit(writeLog);
      const serious = report.findings.filter((f) => f.severity !== "info");
      return {
        notices: serious.map((finding) => `memory audit: ${finding.severity} ${finding.message}`),
        report: memorySummary(report),
      };
    },
  },
  configAudit: {
    handler: "functions/jobs/config-audit.ts",
    run: async (writeLog) => {
      const report = await runConfigAudit(writeLog);
      const source =
        report.source === "elasticache"
          ? "the replication group and its parameter group, through the ElastiCache API"
          : "INFO, CONFIG GET and ACL GETUSER of the Redis itself (no ElastiCache: SLUICE_REDIS_REPLICATION_GROUP is not set)";
      return {
        notices: report.findings
          .filter((f) => f.severity === "critical")
          .map((f) => `configuration audit: critical ${f.message} Fix: ${f.fix}`),
        report: `Read from ${source}.\n${configSummary(report)}`,
      };
    },
  },
  capacityReport: {
    handler: "functions/jobs/capacity-report.ts",
    run: async (writeLog) => {
      const report = await runCapacityReport(writeLog);
      const { streams, memory, recommendation } = report;
      return {
        notices: [
          `capacity report: ${streams.length} streams, 85% of maxmemory ${memory.reaches85PercentAt ?? "not projected"}, node type for ${recommendation?.horizonDays ?? "-"} days: ${recommendation?.nodeType ?? "-"} (bucket reports)`,
        ],
        report: capacitySummary(report),
      };
    },
  },
  streamMonitor: {
    handler: "functions/jobs/stream-monitor.ts",
    onChange: true,
    run: async (writeLog) => {
      const { streams } = await runStreamMonitor(writeLog);
      // Work nobody does (what ConsumerLiveness alarms on), not merely a quiet group: Redis before 7.2 counts a
      // consumer's idle time from its last read that returned entries. The lake's group is read every 5 minutes.
      const unattended = streams.flatMap((s) =>
        s.groups
          .filter(
            (g) => !BATCH_GROUPS.includes(g.name) && g.activeConsumers === 0 && (g.lag ?? 0) + g.pending > 0,
          )
          .map((g) => `${s.name}/${g.name}`),
      );
      const groups = streams.reduce((sum, s) => sum + s.groups.length, 0);
      const state =
        unattended.length === 0
          ? "every group with entries waiting has a consumer reading"
          : `entries wait with no consumer reading in ${unattended.join(", ")}`;
      return {
        notices: [`stream monitor: ${state}`],
        report: `stream monitor: ${streams.length} streams, ${groups} groups: ${state}`,
      };
    },
  },
};

/** `lakeWriter` → `lake-writer`: the name a job goes by on npm start's scheduler and in `npm run ops`. */
export const jobCommandName = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
