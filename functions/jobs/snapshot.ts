// Lambda SnapshotBackup (CronV2 every 15 minutes; npm start runs it on the same schedule): takeSnapshot of
// @sluice/ops/backup writes a full logical snapshot of Redis into the Backups bucket. One EMF line with its figures
// and a summary log line.
import { emfSink } from "@sluice/observability";
import { type SnapshotFigures, snapshotFigures, snapshotMetrics, takeSnapshot } from "@sluice/ops/backup";
import { backupClients } from "../shared/backup-clients.ts";
import { recordJobOutcome, type WriteLine, writeStdout } from "../shared/job-outcome.ts";

/** One snapshot, its log lines going to `write` (the handler's is stdout, npm start's a file). */
export function runSnapshot(write: WriteLine): Promise<SnapshotFigures> {
  return recordJobOutcome("snapshot", write, async () => {
    const summary = snapshotFigures(await takeSnapshot(backupClients()));
    emfSink(write).put({}, snapshotMetrics(summary));
    write(JSON.stringify({ level: "info", msg: "snapshot", ...summary }));
    return summary;
  });
}

export const handler = () => runSnapshot(writeStdout);
