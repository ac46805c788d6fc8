import { type RedisClient, streamKeys, streamStats } from "@sluice/streams";
import type { ConsumerResult } from "./streams-protocol.ts";

/**
 * Checks that every entry 0..total-1 reached a handler exactly once and was acknowledged, with no failures or
 * dead letters, and that the group has nothing pending and no lag. Throws with every problem found.
 */
export async function verifyConsumed(
  client: RedisClient,
  stream: string,
  group: string,
  results: ConsumerResult[],
  total: number,
): Promise<string> {
  const counts = new Uint16Array(total);
  for (const { counts: seen } of results)
    for (let n = 0; n < total; n++) counts[n] = (counts[n] as number) + (seen[n] as number);
  let missing = 0;
  let repeated = 0;
  for (const count of counts) {
    if (count === 0) missing += 1;
    else if (count > 1) repeated += 1;
  }
  const sum = (pick: (r: ConsumerResult) => number) => results.reduce((s, r) => s + pick(r), 0);
  const stats = await streamStats(client, streamKeys(stream), group);
  const state = stats.groups[0];
  const problems = [
    sum((r) => r.handled) !== total && `handler got ${sum((r) => r.handled)} entries`,
    sum((r) => r.acked) !== total && `${sum((r) => r.acked)} acknowledged`,
    missing > 0 && `${missing} never handled`,
    repeated > 0 && `${repeated} handled more than once`,
    sum((r) => r.foreign) > 0 && `${sum((r) => r.foreign)} unexpected payloads`,
    sum((r) => r.totals.failed + r.totals.deadLettered) > 0 && "handler failures or dead letters",
    stats.length !== total && `stream length ${stats.length}`,
    state?.pending !== 0 && `group pending ${state?.pending}`,
    state?.lag !== 0 && `group lag ${state?.lag}`,
    ...results.flatMap((r) => r.errors.map((e) => `${r.consumer}: ${e}`)),
  ].filter((problem) => problem !== false);
  if (problems.length > 0) {
    throw new Error(`verification failed on ${stream} (${total} entries): ${problems.join("; ")}`);
  }
  const batches = sum((r) => r.totals.batches);
  return `${total.toLocaleString("en-US")} entries handled once each and acked in ${batches} batches; group pending 0, lag 0`;
}
