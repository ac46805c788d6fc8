// Lambda IncrementalBackup (CronV2 every minute; npm start runs it on the same schedule): what each stream gained
// since the last run, into the Backups bucket (backupIncrements of @sluice/ops/backup): the recovery point is a minute.
// One EMF line with its figures (gaps, entries gone before they were backed up, included) and a summary log line.
import { emfSink } from "@sluice/observability";
import {
  backupIncrements,
  type IncrementFigures,
  incrementFigures,
  incrementMetrics,
} from "@sluice/ops/backup";
import { backupClients } from "../shared/backup-clients.ts";
import { recordJobOutcome, type WriteLine, writeStdout } from "../shared/job-outcome.ts";

// Well under the function's 50 s timeout: a backlog is taken over several runs.
const READ_BUDGET_MS = 40_000;

export function runIncrements(write: WriteLine): Promise<IncrementFigures> {
  return recordJobOutcome("increments", write, async () => {
    const started = Date.now();
    const manifest = await backupIncrements({ ...backupClients(), deadline: started + READ_BUDGET_MS });
    const summary = incrementFigures(manifest, Date.now() - started);
    emfSink(write).put({}, incrementMetrics(summary));
    const level = summary.gapEntries > 0 ? "warn" : "info";
    write(JSON.stringify({ level, msg: "incremental backup", ...summary }));
    return summary;
  });
}

export const handler = () => runIncrements(writeStdout);
