// The floor of a home-made consumer, in a consumer process of the streams bench: one plain ioredis connection and
// the minimal loop — XREADGROUP COUNT batch BLOCK, the handler per entry, XACK the batch — and no more (no reclaim,
// no retries, no dead letters, no concurrency, no metrics). The entries are Sluice envelopes: the handler gets `d`.
import type { RunnerTotals } from "@sluice/streams";
import { streamKeys } from "@sluice/streams";
import { Redis } from "ioredis";
import { type ConsumerJob, now } from "./streams-protocol.ts";
import type { Tally } from "./streams-tally.ts";

type Reply = [Buffer, [Buffer, Buffer[]][]][] | null;

/** The payload of an envelope entry's field list (`t`, …, `d`, …). */
function dataOf(fields: Buffer[]): Buffer {
  for (let i = 0; i < fields.length; i += 2) {
    const name = fields[i] as Buffer;
    if (name.length === 1 && name[0] === 0x64) return fields[i + 1] as Buffer;
  }
  return Buffer.alloc(0);
}

/** Starts the loop; the returned function ends it after the read in progress and closes its connection. */
export async function startBareConsumer(
  job: ConsumerJob,
  tally: Tally,
): Promise<() => Promise<RunnerTotals>> {
  const [node] = job.target.nodes;
  // RESP2, as Sluice's connections speak it (ioredis 6 defaults to RESP3): the same replies to parse.
  const redis = new Redis({ host: node?.host, port: node?.port, protocol: 2, connectionName: job.consumer });
  const key = streamKeys(job.stream).stream;
  await redis.xgroup("CREATE", key, job.group, "0", "MKSTREAM").catch((error: Error) => {
    if (!error.message.startsWith("BUSYGROUP")) throw error;
  });
  const totals: RunnerTotals = { batches: 0, processed: 0, failed: 0, deadLettered: 0 };
  let stopping = false;
  const loop = (async () => {
    while (!stopping) {
      const reply = (await redis.callBuffer(
        ...["XREADGROUP", "GROUP", job.group, job.consumer, "COUNT", job.batchSize],
        ...["BLOCK", job.blockMs, "STREAMS", key, ">"],
      )) as Reply;
      const entries = reply?.[0]?.[1];
      if (!entries || entries.length === 0) continue;
      const ids: string[] = new Array(entries.length);
      entries.forEach(([id, fields], i) => {
        ids[i] = id.toString();
        tally.handle(ids[i], dataOf(fields));
      });
      await redis.xack(key, job.group, ...ids);
      tally.ack(ids, now());
      totals.batches += 1;
      totals.processed += ids.length;
    }
  })().catch((error: unknown) => tally.errors.push(String(error)));
  return async () => {
    stopping = true;
    await loop;
    redis.disconnect();
    return totals;
  };
}
