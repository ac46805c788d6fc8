// Retention from the stream catalog, in one place: the stream monitor's run (every minute, whether or not any
// consumer runs) trims every stream it found to its catalog entry's `retention` — an exact entry's, else its
// pattern's (callers' streams under `*`, the pipeline's under `frames.*`, the audit log under `sluice.*`) —
// group-aware, holding what the incremental backup has not taken yet. First, each quota'd pattern's registry forgets
// the streams that no longer exist, which frees their quota. A figures line (EMF, dimension Stream) only for a
// stream where retention did or found something, so thousands of quiet streams add no metrics.
import { Dimension, type MetricsSink, StreamMetric } from "@sluice/observability";
import {
  applyRetention,
  forgetMissingStreams,
  mapLimit,
  type RedisClient,
  type RetentionResult,
  streamKeys,
} from "@sluice/streams";
import { STREAM_TABLE, type StreamEntry, streamEntry } from "../config/stream-table.ts";

export interface CatalogRetentionOptions {
  client: RedisClient;
  metrics: MetricsSink;
  /** The id after which a stream's entries are held (the backup's cursor), if any. */
  hold?: (client: RedisClient, streamKey: string) => Promise<string | null>;
  table?: readonly StreamEntry[];
}

export interface CatalogRetentionReport {
  trimmed: number;
  dropped: number;
  /** Streams over a cap with entries a group still needs. */
  overCap: string[];
  /** Names a pattern's registry forgot (their stream was gone). */
  forgotten: string[];
  failed: { stream: string; error: string }[];
}

const CONCURRENCY = 8;

function figures(result: RetentionResult) {
  return [
    { name: StreamMetric.trimmed, unit: "Count" as const, value: result.trimmed },
    { name: StreamMetric.trimDropped, unit: "Count" as const, value: result.dropped },
    { name: StreamMetric.overCap, unit: "Count" as const, value: result.overCapEntries },
    { name: StreamMetric.overAge, unit: "Milliseconds" as const, value: result.overAgeMs },
  ];
}

/** Applies each stream's catalog retention (`streams`: the names the monitor found); undeclared ones are left. */
export async function applyCatalogRetention(
  streams: readonly string[],
  { client, metrics, hold, table = STREAM_TABLE }: CatalogRetentionOptions,
): Promise<CatalogRetentionReport> {
  const report: CatalogRetentionReport = { trimmed: 0, dropped: 0, overCap: [], forgotten: [], failed: [] };
  for (const entry of table) {
    if (entry.maxStreams !== undefined)
      report.forgotten.push(...(await forgetMissingStreams(client, entry.stream)));
  }
  const declared = streams.flatMap((stream) => {
    const entry = streamEntry(stream, table);
    return entry ? [{ stream, retention: entry.retention ?? {} }] : [];
  });
  await mapLimit(declared, CONCURRENCY, async ({ stream, retention }) => {
    try {
      const holdAfter = hold ? await hold(client, streamKeys(stream).stream) : null;
      const result = await applyRetention(client, stream, { ...retention, holdAfter });
      report.trimmed += result.trimmed;
      report.dropped += result.dropped;
      if (result.overCapEntries > 0) report.overCap.push(stream);
      const data = figures(result);
      if (data.some((datum) => datum.value > 0)) metrics.put({ [Dimension.stream]: stream }, data);
    } catch (error) {
      report.failed.push({ stream, error: String(error) });
    }
  });
  return report;
}
