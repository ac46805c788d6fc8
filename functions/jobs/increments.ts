// Lambda IncrementalBackup (CronV2 every minute; npm start runs it on the same schedule): what each stream gained
// since the last run, into the Backups bucket (backupIncrements of @sluice/ops): the recovery point is a minute.
// One EMF line with its figures (gaps, entries gone before they were backed up, included) and a summary log line.
import { BackupMetric, emfSink } from "@sluice/observability";
import { backupIncrements } from "@sluice/ops";
import { backupClients } from "../shared/backup-clients.ts";
import { recordJobOutcome, type WriteLine, writeStdout } from "../shared/job-outcome.ts";

// Well under the function's 50 s timeout: a backlog is taken over several runs.
const READ_BUDGET_MS = 40_000;

export function runIncrements(write: WriteLine) {
  return recordJobOutcome("increments", write, async () => {
    const started = Date.now();
    const manifest = await backupIncrements({ ...backupClients(), deadline: started + READ_BUDGET_MS });
    const summary = {
      /** The run's id, or null when no stream had anything new (nothing written). */
      id: manifest?.id ?? null,
      entries: manifest?.chunks.reduce((sum, c) => sum + c.records, 0) ?? 0,
      bytes: manifest?.chunks.reduce((sum, c) => sum + c.bytes, 0) ?? 0,
      gapEntries: manifest?.gaps.reduce((sum, g) => sum + g.missing, 0) ?? 0,
      durationMs: Date.now() - started,
    };
    emfSink(write).put({}, [
      { name: BackupMetric.incrementEntries, unit: "Count", value: summary.entries },
      { name: BackupMetric.incrementBytes, unit: "Bytes", value: summary.bytes },
      { name: BackupMetric.incrementGapEntries, unit: "Count", value: summary.gapEntries },
      { name: BackupMetric.incrementDuration, unit: "Milliseconds", value: summary.durationMs },
    ]);
    const level = summary.gapEntries > 0 ? "warn" : "info";
    write(JSON.stringify({ level, msg: "incremental backup", ...summary }));
    return summary;
  });
}

export const handler = () => runIncrements(writeStdout);
