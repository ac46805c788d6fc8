// A whole lake writer run: each stream in turn through its own encoder pool (whose threads start only when the stream
// has entries to write), drained until it is empty or the deadline nears, then its manifest and metrics. What the
// LakeWriter job does (functions/jobs/lake-writer.ts).
import type { S3Client } from "@aws-sdk/client-s3";
import type { MetricsSink } from "@sluice/observability";
import type { Durability, RedisClient } from "@sluice/streams";
import { EncoderPool } from "./encoder-pool.ts";
import { LakeRunError } from "./errors.ts";
import type { FileLayout } from "./partitioner.ts";
import { manifestKey, markAbandoned, putRunMetrics, writeManifest } from "./run-report.ts";
import { s3FileTarget } from "./s3-file-target.ts";
import { stagingPrefix } from "./staging-layout.ts";
import { type DrainReport, drainStream } from "./stream-drain.ts";
import { chunkEntriesOf } from "./table-registry.ts";

export interface WriteLakeOptions {
  redis: RedisClient;
  s3: S3Client;
  bucket: string;
  /** Each stream's files go under the prefix `<stream>/`. */
  streams: string[];
  group?: string;
  runId: string;
  /** Epoch ms by which the run must be over. */
  deadline: number;
  threads: number;
  /** How files are cut; each stream's go under the prefix `<stream>/`. */
  layout?: Omit<FileLayout, "prefix">;
  metrics: MetricsSink;
  /** Range records and commits confirmed by replicas (drainStream's `durable`; default false). */
  durable?: Durability;
  /** The encoder threads' entry module (it calls `serveEncoder()`); default this package's own. */
  encoderScript?: URL;
}

export interface StreamRun extends Omit<DrainReport, "segments"> {
  segments: number;
  /** Key of the run's manifest, or undefined when the run wrote nothing. */
  manifest: string | undefined;
}

/**
 * Runs the writer over each stream in turn. A stream that fails does not stop the others: its committed segments
 * still get their manifest (with the error) and its metrics (failure and lag) are written; once every stream had
 * its turn, the failures are thrown together (an AggregateError of LakeRunErrors).
 */
export async function writeLake(options: WriteLakeOptions): Promise<StreamRun[]> {
  const { redis, s3, bucket } = options;
  const runs: StreamRun[] = [];
  const failures: unknown[] = [];
  for (const stream of options.streams) {
    let report: DrainReport | undefined;
    let error: unknown;
    const pool = EncoderPool.lazy({
      threads: options.threads,
      ...(options.encoderScript && { script: options.encoderScript }),
      layout: { prefix: stream },
      open: () => s3FileTarget({ client: s3, bucket, stagingPrefix: stagingPrefix(stream) }),
    });
    const chunkEntries = chunkEntriesOf(stream);
    try {
      report = await drainStream({
        client: redis,
        pool,
        stream,
        runId: options.runId,
        deadline: options.deadline,
        ...(chunkEntries && { chunkEntries }),
        ...(options.layout && { layout: options.layout }),
        ...(options.group && { group: options.group }),
        ...(options.durable && { durable: options.durable }),
        // The manifest grows with each committed segment: a run killed later still leaves what it committed, and
        // the next run marks it abandoned.
        onCommit: async (partial) => void (await writeManifest(s3, bucket, stream, partial)),
        runRecord: {
          of: (partial) => manifestKey(stream, partial),
          checkPrevious: async (key) => void (await markAbandoned(s3, bucket, key, options.runId)),
        },
      });
    } catch (caught) {
      error = caught;
      report = caught instanceof LakeRunError ? (caught.report as DrainReport) : undefined;
    } finally {
      await pool.close();
    }
    if (report !== undefined) {
      putRunMetrics(options.metrics, report);
      const message = error instanceof Error ? error.message : undefined;
      const manifest = await writeManifest(s3, bucket, stream, report, message).catch((failure: unknown) => {
        failures.push(failure);
        return undefined;
      });
      runs.push({ ...report, segments: report.segments.length, manifest });
    }
    if (error !== undefined) failures.push(error);
  }
  if (failures.length > 0) {
    throw new AggregateError(
      failures,
      `lake writer: ${failures.length} of ${options.streams.length} streams failed`,
    );
  }
  return runs;
}
