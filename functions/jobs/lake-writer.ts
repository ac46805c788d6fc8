// Lambda LakeWriter (CronV2 every 5 minutes; npm start runs it on the same schedule): drains each configured stream
// into Parquet on S3 until it is empty or the run's budget is spent (the next run continues), with one manifest per
// stream and run and EMF metrics. Against a local S3 server (SLUICE_S3_ENDPOINT), which has no lifecycle rules, it
// then sweeps the staging prefix as the Lake bucket's rules do in AWS. This module is also its encoder threads' entry: a bundled Lambda has no other file
// to start them from. Clients are created once per container (functions/shared/lake-clients.ts).
import { type StreamRun, serveEncoder, sweepStaging, writeLake } from "@sluice/lake";
import { emfSink } from "@sluice/observability";
import type { Context } from "aws-lambda";
import { recordJobOutcome, writeStdout } from "../shared/job-outcome.ts";
import { lakeClients } from "../shared/lake-clients.ts";

serveEncoder();

type JobContext = Pick<Context, "awsRequestId" | "getRemainingTimeInMillis">;

/**
 * The job with its log lines (EMF and a summary) going to `write`: the handler's is stdout, npm start's a file. A run
 * in which any stream found its lock held is `locked`, not a success (LakeWriterStale counts successes).
 */
export function runLakeWriter(context: JobContext, write: (line: string) => void): Promise<StreamRun[]> {
  return recordJobOutcome(
    "lakeWriter",
    write,
    () => drainIntoLake(context, write),
    (runs) => runs.some((run) => run.stoppedBy === "locked"),
  );
}

async function drainIntoLake(context: JobContext, write: (line: string) => void): Promise<StreamRun[]> {
  const { config, redis, s3 } = lakeClients();
  const now = Date.now();
  const deadline = Math.min(
    now + config.budgetMs,
    now + context.getRemainingTimeInMillis() - config.timeoutEarlyMs,
  );
  const { bucket, streams, group, threads, partitionBy, maxFileRows, maxFileBytes, durable } = config;
  const runs = await writeLake({
    ...{ redis, s3, bucket, streams, group, threads, durable },
    ...{ runId: `lake-${context.awsRequestId}`, deadline, metrics: emfSink(write) },
    ...{ layout: { partitionBy, maxFileRows, maxFileBytes }, encoderScript: new URL(import.meta.url) },
  });
  const staging = config.s3Endpoint === undefined ? undefined : await sweepStaging({ client: s3, bucket });
  write(
    JSON.stringify({ level: "info", msg: "lake writer run", streams: runs, ...(staging && { staging }) }),
  );
  return runs;
}

export const handler = (_event: unknown, context: JobContext) => runLakeWriter(context, writeStdout);
