// Lambda SnapshotBackup (CronV2 every 15 minutes; npm start runs it on the same schedule): a full logical snapshot of
// Redis into the Backups bucket (takeSnapshot of @sluice/ops), one EMF line with its figures and a summary log line.
import { emfSink } from "@sluice/observability";
import { type SnapshotFigures, snapshotFigures, snapshotMetrics, takeSnapshot } from "@sluice/ops/backup";
import { backupContainer } from "./backup-container.ts";
import { recordJobOutcome } from "./job-outcome.ts";

/** One snapshot, its log lines going to `write` (the handler's is stdout, npm start's a file). */
export function runSnapshot(write: (line: string) => void): Promise<SnapshotFigures> {
  return recordJobOutcome("snapshot", write, () => snapshot(write));
}

async function snapshot(write: (line: string) => void): Promise<SnapshotFigures> {
  const { redis, store } = backupContainer();
  const manifest = await takeSnapshot({ redis, store });
  const summary = snapshotFigures(manifest);
  emfSink(write).put({}, snapshotMetrics(summary));
  write(JSON.stringify({ level: "info", msg: "snapshot", ...summary }));
  return summary;
}

export const handler = () => runSnapshot((line) => process.stdout.write(`${line}\n`));
