// An earlier npm start's metrics, read back from its log file at start: the charts keep their last hour and the
// alarms their windows (a freshness alarm looks back up to 26 h) across a restart, as CloudWatch keeps them.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { MetricStore } from "@sluice/observability";

/** Read at most this much from the end of the log, so that a start stays quick however long the log has grown. */
const MAX_REPLAY_BYTES = 256 * 1024 * 1024;
/** emfSink's lines start with their timestamp: older ones are skipped without parsing them. */
const EMF_TIMESTAMP = /^\{"_aws":\{"Timestamp":(\d+)/;

/** Feeds the EMF lines of `file` stamped at or after `since` into `store`; returns how many. No file: none. */
export async function replayMetricLog(
  file: string,
  store: MetricStore,
  since: number,
  maxBytes = MAX_REPLAY_BYTES,
): Promise<number> {
  const size = await stat(file).then(
    (stats) => stats.size,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return 0;
      throw error;
    },
  );
  if (size === 0) return 0;
  const start = Math.max(0, size - maxBytes);
  const lines = createInterface({
    input: createReadStream(file, { start }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let cut = start > 0; // reading from the middle of the file: its first line is a tail
  let replayed = 0;
  for await (const line of lines) {
    if (cut) {
      cut = false;
      continue;
    }
    const stamp = EMF_TIMESTAMP.exec(line)?.[1];
    if (stamp !== undefined && Number(stamp) >= since && store.ingestLine(line)) replayed++;
  }
  return replayed;
}
