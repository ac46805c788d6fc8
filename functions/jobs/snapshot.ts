// Lambda SnapshotBackup (CronV2 every 15 minutes; npm start runs it on the same schedule): a full logical snapshot of
// Redis into the Backups bucket (takeSnapshot of @sluice/ops), one EMF line with its figures and a summary log line.
import { BackupMetric, emfSink } from "@sluice/observability";
import { takeSnapshot } from "@sluice/ops";
import { backupClients } from "../shared/backup-clients.ts";
import { recordJobOutcome, type WriteLine, writeStdout } from "../shared/job-outcome.ts";

/** One snapshot, its log lines going to `write` (the handler's is stdout, npm start's a file). */
export function runSnapshot(write: WriteLine) {
  return recordJobOutcome("snapshot", write, async () => {
    const manifest = await takeSnapshot(backupClients());
    const chunks = [...manifest.streams.flatMap((s) => s.chunks), ...manifest.keys.chunks];
    const summary = {
      id: manifest.id,
      streams: manifest.streams.length,
      entries: manifest.streams.reduce((sum, s) => sum + s.entries, 0),
      keys: manifest.keys.count,
      bytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
      durationMs: manifest.finishedAt - manifest.startedAt,
    };
    emfSink(write).put({}, [
      { name: BackupMetric.snapshotEntries, unit: "Count", value: summary.entries },
      { name: BackupMetric.snapshotBytes, unit: "Bytes", value: summary.bytes },
      { name: BackupMetric.snapshotStreams, unit: "Count", value: summary.streams },
      { name: BackupMetric.snapshotDuration, unit: "Milliseconds", value: summary.durationMs },
    ]);
    write(JSON.stringify({ level: "info", msg: "snapshot", ...summary }));
    return summary;
  });
}

export const handler = () => runSnapshot(writeStdout);
