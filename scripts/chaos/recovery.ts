// Recovery after a fault: from the end of the fault (or the promotion) until both a publish is confirmed and an
// entry is delivered again. Delivery is the platform's: the consumer service's group on the chaos stream, whose
// last-delivered-id a sampler reads every 100 ms (XINFO GROUPS through the endpoint, like any client). The first
// chaos publish confirmed at or after `from` is the witness; it counts as delivered at the first sample whose
// last-delivered-id reached its id. Computed from records and samples, so a recovery that happened while the fault
// was still being cleaned up (the old primary resyncing) is timed when it happened, not when someone looked.
import { compareIds, type RedisClient, streamKeys } from "@sluice/streams";
import type { PublishRecord } from "./careful-publish.ts";

const SAMPLE_EVERY_MS = 100;

export interface DeliverySampler {
  stop(): void;
  /** performance.now() of the first sample at or after `from` whose last-delivered-id is at or past `id`. */
  deliveredAt(id: string, from: number): number | undefined;
}

interface Sample {
  at: number;
  lastDeliveredId: string;
}

export function sampleDeliveries(client: RedisClient, stream: string, group: string): DeliverySampler {
  const samples: Sample[] = [];
  const key = streamKeys(stream).stream;
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      const groups = (await client.call("XINFO", "GROUPS", key)) as unknown[][];
      const fields = groups.find((g) => g[g.indexOf("name") + 1] === group);
      if (fields)
        samples.push({
          at: performance.now(),
          lastDeliveredId: String(fields[fields.indexOf("last-delivered-id") + 1]),
        });
    } catch {
      // Redis is what the fault made it; the next sample tries again.
    } finally {
      busy = false;
    }
  }, SAMPLE_EVERY_MS);
  return {
    stop: () => clearInterval(timer),
    deliveredAt(id, from) {
      return samples.find((s) => s.at >= from && compareIds(s.lastDeliveredId, id) >= 0)?.at;
    },
  };
}

/**
 * Seconds from `from` until a chaos publish was confirmed and delivered, or undefined while that has not happened.
 * `records` are scanned from `firstIndex` on.
 */
export function recoverySeconds(options: {
  from: number;
  records: readonly PublishRecord[];
  firstIndex: number;
  stream: string;
  sampler: DeliverySampler;
}): number | undefined {
  const { from, records, firstIndex, stream, sampler } = options;
  let witness: PublishRecord | undefined;
  for (let i = firstIndex; i < records.length; i++) {
    const record = records[i] as PublishRecord;
    if (record.stream !== stream || record.confirmedAt === undefined || record.confirmedAt < from) continue;
    if (witness === undefined || (witness.confirmedAt as number) > record.confirmedAt) witness = record;
  }
  if (witness === undefined) return undefined;
  const deliveredAt = sampler.deliveredAt(witness.id as string, from);
  if (deliveredAt === undefined) return undefined;
  return (Math.max(witness.confirmedAt as number, deliveredAt) - from) / 1000;
}
