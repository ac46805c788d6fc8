// The producing side of the streams bench: as fast as possible, or paced at a steady rate.
import { setTimeout as sleep } from "node:timers/promises";
import type { EntryInput, Producer } from "@sluice/streams";
import { EVENT_TYPE, now, payload } from "./streams-protocol.ts";

function batch(from: number, count: number, sentAt: number): EntryInput[] {
  const entries: EntryInput[] = new Array(count);
  for (let i = 0; i < count; i++) entries[i] = { type: EVENT_TYPE, data: payload(from + i, sentAt) };
  return entries;
}

async function send(producer: Producer, stream: string, from: number, count: number): Promise<void> {
  const results = await producer.sendBatch(stream, batch(from, count, now()));
  const failed = results.find((result) => "error" in result);
  if (failed && "error" in failed) throw failed.error;
}

/** Sends entries 0..total-1 in sendBatch calls of `produceBatch`, `produceInflight` of them at a time. */
export async function produceAll(
  producer: Producer,
  stream: string,
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
      await send(producer, stream, from, count);
      onProgress?.(from + count);
    }
  };
  await Promise.all(Array.from({ length: options.produceInflight }, lane));
  return { ms: now() - started };
}

/**
 * Offers `rate` entries per second for `seconds`: every tick, one sendBatch of the entries due by then, without
 * waiting for earlier batches (a late tick sends more, so the offered load holds). Each entry is stamped with the
 * time of its sendBatch call.
 */
export async function producePaced(
  producer: Producer,
  stream: string,
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
      sends.push(send(producer, stream, sent, due - sent));
      sent = due;
    }
    await sleep(tickMs);
  }
  await Promise.all(sends);
  return { tickMs, maxBehindMs };
}
