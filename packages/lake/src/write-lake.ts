// A whole lake writer run: each stream in turn through its own encoder pool, drained until it is empty or the
// deadline nears, then its manifest and metrics. What the LakeWriter job does (functions/jobs/lake-writer.ts).
import type { S3Client } from "@aws-sdk/client-s3";
import type { MetricsSink } from "@sluice/observability";
import type { RedisClient } from "@sluice/streams";
import { EncoderPool } from "./encoder-pool.ts";
import type { FileLayout } from "./partitioner.ts";
import { putRunMetrics, writeManifest } from "./run-report.ts";
import { s3FileTarget } from "./s3-file-target.ts";
import { type DrainReport, drainStream } from "./stream-drain.ts";

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
  layout?: Omit<FileLayout, "prefix">;
  metrics: MetricsSink;
  /** The encoder threads' entry module (it calls `serveEncoder()`); default this package's own. */
  encoderScript?: URL;
}

export interface StreamRun extends Omit<DrainReport, "segments"> {
  segments: number;
  /** Key of the run's manifest, or undefined when the run wrote nothing. */
  manifest: string | undefined;
}

export async function writeLake(options: WriteLakeOptions): Promise<StreamRun[]> {
  const { redis, s3, bucket } = options;
  const runs: StreamRun[] = [];
  for (const stream of options.streams) {
    const pool = await EncoderPool.start({
      threads: options.threads,
      ...(options.encoderScript && { script: options.encoderScript }),
      layout: { ...options.layout, prefix: stream },
      open: () => s3FileTarget({ client: s3, bucket, stagingPrefix: `_staging/${stream}/` }),
    });
    try {
      const report = await drainStream({
        client: redis,
        pool,
        stream,
        runId: options.runId,
        deadline: options.deadline,
        ...(options.group && { group: options.group }),
      });
      const manifest = await writeManifest(s3, bucket, stream, report);
      putRunMetrics(options.metrics, report);
      runs.push({ ...report, segments: report.segments.length, manifest });
    } finally {
      await pool.close();
    }
  }
  return runs;
}
