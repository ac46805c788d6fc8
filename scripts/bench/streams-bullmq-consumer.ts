// BullMQ, the queue a Node team picks, in a consumer process of the streams bench: one Worker on the job's queue
// (`job.stream`) with `job.concurrency` jobs in flight, each job one entry (its data the same 80-byte JSON payload).
// A job counts as acknowledged when the Worker reports it completed (moved to completed, or removed).
import type { RunnerTotals } from "@sluice/streams";
import { type Job, Worker } from "bullmq";
import { type ConsumerJob, now } from "./streams-protocol.ts";
import type { Tally } from "./streams-tally.ts";

/** Starts the Worker; the returned function closes it once its jobs in flight finish. */
export async function startBullmqConsumer(
  job: ConsumerJob,
  tally: Tally,
): Promise<() => Promise<RunnerTotals>> {
  const [node] = job.target.nodes;
  const totals: RunnerTotals = { batches: 0, processed: 0, failed: 0, deadLettered: 0 };
  const worker = new Worker(
    job.stream,
    async (entry: Job<string>) => {
      tally.handle(entry.id ?? "", Buffer.from(entry.data));
    },
    {
      connection: { host: node?.host, port: node?.port, maxRetriesPerRequest: null },
      concurrency: job.concurrency,
      name: job.consumer,
    },
  );
  worker.on("completed", (entry) => {
    tally.ack([entry.id ?? ""], now());
    totals.batches += 1;
    totals.processed += 1;
  });
  worker.on("failed", () => {
    totals.failed += 1;
  });
  worker.on("error", (error) => tally.errors.push(String(error)));
  await worker.waitUntilReady();
  return async () => {
    await worker.close();
    return totals;
  };
}
