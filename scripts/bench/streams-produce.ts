// The producing side of the streams bench: as fast as possible, or paced at a steady rate, through a `SendRange`
// (Sluice's Producer with the stream's catalog defaults, optionally durable and keyed; or BullMQ's addBulk).
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { EntryInput, Producer, SendOptions } from "@sluice/streams";
import { EVENT_TYPE, now, payload } from "./streams-protocol.ts";

/** Sends entries from..from+count-1 in one call, each stamped with `sentAt`. */
export type SendRange = (from: number, count: number, sentAt: number) => Promise<void>;

/**
 * Sends through Sluice's Producer (one sendBatch per range), with `options` over the stream's defaults; `keyed`: each
 * entry carries an idempotency key (a UUID, as a client retrying a publish would send).
 */
export function producerSender(
  producer: Producer,
  stream: string,
  { keyed = false, ...options }: SendOptions & { keyed?: boolean } = {},
): SendRange {
  return async (from, count, sentAt) => {
    const entries: EntryInput[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const data = payload(from + i, sentAt);
      entries[i] = keyed
        ? { type: EVENT_TYPE, data, idempotencyKey: randomUUID() }
        : { type: EVENT_TYPE, data };
    }
    const results = await producer.sendBatch(stream, entries, options);
    const failed = results.find((result) => "error" in result);
    if (failed && "error" in failed) throw failed.error;
  };
}

/** Sends entries 0..total-1 in calls of `produceBatch`, `produceInflight` of them at a time. */
export async function produceAll(
  send: SendRange,
  total: number,
  options: { produceBatch: number; produceInflight: number },
  onProgress?: (sent: number) => void,
): Promise<{ ms: number }> {
  const started = now();
  let next = 0;
  const lane = async () => {
    while (next < total) {
      const from = next;
      const count = Math.min(options.produceBatch, total - from);
      next += count;
      await send(from, count, now());
      onProgress?.(from + count);
    }
  };
  await Promise.all(Array.from({ length: options.produceInflight }, lane));
  return { ms: now() - started };
}

/**
 * Offers `rate` entries per second for `seconds`: every tick, one call with the entries due by then, without
 * waiting for earlier calls (a late tick sends more, so the offered load holds). Each entry is stamped with the
 * time of its call.
 */
export async function producePaced(
  send: SendRange,
  rate: number,
  seconds: number,
  tickMs = 2,
): Promise<{ tickMs: number; maxBehindMs: number }> {
  const total = rate * seconds;
  const started = now();
  const sends: Promise<void>[] = [];
  let sent = 0;
  let maxBehindMs = 0;
  while (sent < total) {
    const at = now();
    const due = Math.min(total, Math.floor(((at - started) * rate) / 1000));
    if (due > sent) {
      maxBehindMs = Math.max(maxBehindMs, at - (started + (sent * 1000) / rate));
      sends.push(send(sent, due - sent, at));
      sent = due;
    }
    await sleep(tickMs);
  }
  await Promise.all(sends);
  return { tickMs, maxBehindMs };
}
