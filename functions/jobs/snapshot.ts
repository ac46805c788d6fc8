// Lambda SnapshotBackup (CronV2 every 15 minutes; npm start runs it on the same schedule): a full logical snapshot of
// Redis into the Backups bucket (takeSnapshot of @sluice/ops), one EMF line with its figures and a summary log line.
import { BackupMetric, emfSink } from "@sluice/observability";
import { takeSnapshot } from "@sluice/ops";
import { backupContainer } from "./backup-container.ts";
import { recordJobOutcome } from "./job-outcome.ts";

export interface SnapshotSummary {
  id: string;
  streams: number;
  entries: number;
  keys: number;
  bytes: number;
  durationMs: number;
}

/** One snapshot, its log lines going to `write` (the handler's is stdout, npm start's a file). */
export function runSnapshot(write: (line: string) => void): Promise<SnapshotSummary> {
  return recordJobOutcome("snapshot", write, () => snapshot(write));
}

async function snapshot(write: (line: string) => void): Promise<SnapshotSummary> {
  const { redis, store } = backupContainer();
  const manifest = await takeSnapshot({ redis, store });
  const chunks = [...manifest.streams.flatMap((s) => s.chunks), ...manifest.keys.chunks];
  const summary: SnapshotSummary = {
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
}

export const handler = () => runSnapshot((line) => process.stdout.write(`${line}\n`));
