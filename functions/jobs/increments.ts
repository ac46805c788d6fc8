// Lambda IncrementalBackup (CronV2 every minute; npm start runs it on the same schedule): what each stream gained
// since the last run, into the Backups bucket (backupIncrements of @sluice/ops): the recovery point is a minute.
// One EMF line with its figures (gaps, entries gone before they were backed up, included) and a summary log line.

import { emfSink } from "@sluice/observability";
import {
  backupIncrements,
  type IncrementFigures,
  incrementFigures,
  incrementMetrics,
} from "@sluice/ops/backup";
import { backupContainer } from "./backup-container.ts";
import { recordJobOutcome } from "./job-outcome.ts";

const READ_BUDGET_MS = 40_000;

export function runIncrements(write: (line: string) => void): Promise<IncrementFigures> {
  return recordJobOutcome("increments", write, () => increments(write));
}

async function increments(write: (line: string) => void): Promise<IncrementFigures> {
  const { redis, store } = backupContainer();
  const started = Date.now();
  // Well under the function's 50 s timeout: a backlog is taken over several runs.
  const manifest = await backupIncrements({ redis, store, deadline: started + READ_BUDGET_MS });
  const summary = incrementFigures(manifest, Date.now() - started);
  emfSink(write).put({}, incrementMetrics(summary));
  write(
    JSON.stringify({
      level: summary.gapEntries > 0 ? "warn" : "info",
      msg: "incremental backup",
      ...summary,
    }),
  );
  return summary;
}

export const handler = () => runIncrements((line) => process.stdout.write(`${line}\n`));
