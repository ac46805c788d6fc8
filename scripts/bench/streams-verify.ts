// Checks of a consuming phase of the streams bench: every entry reached a handler exactly once and was acknowledged,
// and the broker (a stream's consumer group, or a BullMQ queue) holds nothing pending.
import { type RedisClient, streamKeys, streamStats } from "@sluice/streams";
import type { Queue } from "bullmq";
import type { ConsumerResult } from "./streams-protocol.ts";

const sum = (results: ConsumerResult[], pick: (r: ConsumerResult) => number) =>
  results.reduce((s, r) => s + pick(r), 0);

/** What the consumer processes saw of entries 0..total-1, plus the broker's own problems; throws if any. */
function verdict(
  where: string,
  results: ConsumerResult[],
  total: number,
  broker: (string | false)[],
  state: string,
): string {
  const counts = new Uint16Array(total);
  for (const { counts: seen } of results)
    for (let n = 0; n < total; n++) counts[n] = (counts[n] as number) + (seen[n] as number);
  let missing = 0;
  let repeated = 0;
  for (const count of counts) {
    if (count === 0) missing += 1;
    else if (count > 1) repeated += 1;
  }
  const handled = sum(results, (r) => r.handled);
  const acked = sum(results, (r) => r.acked);
  const foreign = sum(results, (r) => r.foreign);
  const problems = [
    handled !== total && `handler got ${handled} entries`,
    acked !== total && `${acked} acknowledged`,
    missing > 0 && `${missing} never handled`,
    repeated > 0 && `${repeated} handled more than once`,
    foreign > 0 && `${foreign} unexpected payloads`,
    sum(results, (r) => r.totals.failed + r.totals.deadLettered) > 0 && "handler failures or dead letters",
    ...broker,
    ...results.flatMap((r) => r.errors.map((e) => `${r.consumer}: ${e}`)),
  ].filter((problem) => problem !== false);
  if (problems.length > 0) {
    throw new Error(`verification failed on ${where} (${total} entries): ${problems.join("; ")}`);
  }
  const batches = sum(results, (r) => r.totals.batches);
  return `${total.toLocaleString("en-US")} entries handled once each and acked in ${batches} batches; ${state}`;
}

/** Checks a stream's phase: the group has nothing pending and no lag, and the stream holds every entry. */
export async function verifyConsumed(
  client: RedisClient,
  stream: string,
  group: string,
  results: ConsumerResult[],
  total: number,
): Promise<string> {
  const stats = await streamStats(client, streamKeys(stream), group);
  const state = stats.groups[0];
  return verdict(
    stream,
    results,
    total,
    [
      stats.length !== total && `stream length ${stats.length}`,
      state?.pending !== 0 && `group pending ${state?.pending}`,
      state?.lag !== 0 && `group lag ${state?.lag}`,
    ],
    "group pending 0, lag 0",
  );
}

/** Checks a BullMQ phase: no job waiting, active, delayed or failed. */
export async function verifyQueue(queue: Queue, results: ConsumerResult[], total: number): Promise<string> {
  const counts = await queue.getJobCounts("wait", "active", "delayed", "failed", "prioritized");
  const left = Object.entries(counts).filter(([, n]) => n > 0);
  return verdict(
    `queue ${queue.name}`,
    results,
    total,
    left.map(([state, n]) => `${n} jobs ${state}`),
    "no job waiting, active, delayed or failed",
  );
}
