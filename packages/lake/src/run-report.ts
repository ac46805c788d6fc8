// What a lake writer run leaves behind besides its files: a manifest object per run that wrote anything (files,
// rows, bytes, id ranges, duration; rewritten after each commit, `running` until the run ends, marked `abandoned` by
// the next run if it never ended), and its figures as metrics.
import { GetObjectCommand, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { Dimension, LakeMetric, type MetricsSink, StreamMetric } from "@sluice/observability";
import type { DrainReport } from "./stream-drain.ts";
import { tableById } from "./table-registry.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** `<prefix>/_manifests/year=YYYY/month=MM/day=DD/<start, ISO 8601>_<run id>.json`: next to the tables, not in one. */
export function manifestKey(prefix: string, report: Pick<DrainReport, "startedAt" | "runId">): string {
  const start = new Date(report.startedAt);
  const day = `year=${start.getUTCFullYear()}/month=${pad(start.getUTCMonth() + 1)}/day=${pad(start.getUTCDate())}`;
  const head = prefix.replace(/\/+$/, "");
  return `${head === "" ? "" : `${head}/`}_manifests/${day}/${start.toISOString()}_${report.runId}.json`;
}

/**
 * The manifest's JSON: the run's report (and its error, if it failed), each file's table, the event types that feed
 * it (comma-separated) and its hour spelled out.
 */
export function manifest(report: DrainReport, error?: string): string {
  return JSON.stringify({
    kind: "sluice.lake.run",
    version: 1,
    ...report,
    ...(error !== undefined && { error }),
    startedAt: new Date(report.startedAt).toISOString(),
    segments: report.segments.map((segment) => ({
      ...segment,
      files: segment.files.map(({ hourMs, table, ...file }) => ({
        ...file,
        table,
        eventType: tableById(table).eventTypes.join(","),
        hour: new Date(hourMs).toISOString(),
      })),
    })),
  });
}

/**
 * Writes the manifest of a run that committed anything; resolves to its key, or undefined for a run with nothing
 * to write (an empty run leaves no object behind).
 */
export async function writeManifest(
  client: S3Client,
  bucket: string,
  prefix: string,
  report: DrainReport,
  error?: string,
): Promise<string | undefined> {
  if (report.segments.length === 0) return undefined;
  const key = manifestKey(prefix, report);
  await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: manifest(report, error),
      ContentType: "application/json",
    }),
  );
  return key;
}

/**
 * Marks the manifest at `key` `abandoned` if it still says `running`: its run died (killed, timed out, or lost its
 * lock) after the commits it lists; the segments it was writing after them were not committed and the next runs
 * write them again. Records which run found it and when. Resolves to whether it marked it (a run that committed
 * nothing left no manifest).
 */
export async function markAbandoned(
  client: S3Client,
  bucket: string,
  key: string,
  by: string,
): Promise<boolean> {
  const reply = await client
    .send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    .catch((error: unknown) => {
      if ((error as Error).name === "NoSuchKey") return undefined;
      throw error;
    });
  if (reply?.Body === undefined) return false;
  const found = JSON.parse(await reply.Body.transformToString());
  if (found.stoppedBy !== "running") return false;
  const marked = { ...found, stoppedBy: "abandoned", abandoned: { by, at: new Date().toISOString() } };
  await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: JSON.stringify(marked),
      ContentType: "application/json",
    }),
  );
  return true;
}

/** One EMF record per run and stream, failed and locked runs included (their lag keeps showing). */
export function putRunMetrics(sink: MetricsSink, report: DrainReport): void {
  sink.put({ [Dimension.stream]: report.stream, [Dimension.group]: report.group }, [
    { name: LakeMetric.eventsWritten, unit: "Count", value: report.rows },
    { name: LakeMetric.bytesWritten, unit: "Bytes", value: report.bytes },
    { name: LakeMetric.filesWritten, unit: "Count", value: report.files },
    { name: StreamMetric.deadLettered, unit: "Count", value: report.deadLettered },
    { name: StreamMetric.trimmed, unit: "Count", value: report.trimmed },
    { name: StreamMetric.lagAge, unit: "Milliseconds", value: report.lagAgeMs },
    { name: LakeMetric.runDuration, unit: "Milliseconds", value: report.durationMs },
    { name: LakeMetric.runFailures, unit: "Count", value: report.stoppedBy === "failed" ? 1 : 0 },
    { name: LakeMetric.runLocked, unit: "Count", value: report.stoppedBy === "locked" ? 1 : 0 },
    { name: LakeMetric.runUnreplicated, unit: "Count", value: report.stoppedBy === "unreplicated" ? 1 : 0 },
    { name: LakeMetric.segmentAttempts, unit: "Count", value: report.attempts },
  ]);
}
