// The frames bench's camera side: INGESTED frames into frames.input at a steady rate, as ingestFrame appends them
// (type frame.ingested, protobuf, keyed by camera), from the child process frames-feed-child.ts or the bench itself.
// The frames come encoded: the load generator's own cost is kept small, as the machine is shared with what it
// measures. Each entry carries its publish time as its producer time (epoch ms, rounded down: latencies measured
// from it read up to 1 ms high) and its sequence number in its trace id, both of which the stages pass on.
import { setTimeout as sleep } from "node:timers/promises";
import { FRAME_CONTENT_TYPE, FRAME_EVENTS } from "@sluice/frames";
import type { EntryInput, Producer } from "@sluice/streams";
import type { FeedFrame, FeedJob, FeedResult } from "./frames-protocol.ts";
import { now } from "./streams-protocol.ts";

const TICK_MS = 2;
const type = FRAME_EVENTS.ingested;
const MAX_BATCH = 1000;

/**
 * Offers job.rate frames per second for job.seconds: every tick, one sendBatch of the frames due by then, without
 * waiting for earlier batches (a late tick sends more, so the offered load holds), stamped with the moment the
 * batch was built: the publish time latencies are measured from. Like a real ingress,
 * it holds back while half a second of frames (at least 1,000) await Redis's reply, instead of queueing without
 * bound and timing out; it then falls behind its schedule, which maxBehindMs and the achieved rate show.
 */
export async function feedPaced(producer: Producer, job: FeedJob): Promise<FeedResult> {
  const { stream, rate, frames } = job;
  const total = Math.round(rate * job.seconds);
  const maxInFlight = Math.max(1000, Math.round(rate / 2));
  const cpu = process.cpuUsage();
  const startedAt = now();
  const sends: Promise<void>[] = [];
  let sent = 0;
  let inFlight = 0;
  let failed = 0;
  let firstError: string | undefined;
  let maxBehindMs = 0;
  while (sent < total) {
    const at = now();
    const scheduled = Math.min(total, Math.floor(((at - startedAt) * rate) / 1000));
    const due = Math.min(scheduled, sent + MAX_BATCH, sent + Math.max(0, maxInFlight - inFlight));
    if (due > sent) {
      maxBehindMs = Math.max(maxBehindMs, at - (startedAt + (sent * 1000) / rate));
      const entries: EntryInput[] = [];
      const time = Math.floor(at);
      for (let n = job.from + sent; n < job.from + due; n++) {
        const { data, camera } = frames[n % frames.length] as FeedFrame;
        const traceId = `bench-${n}`;
        entries.push({ type, contentType: FRAME_CONTENT_TYPE, data, key: camera, time, traceId });
      }
      inFlight += entries.length;
      sends.push(
        producer.sendBatch(stream, entries).then((results) => {
          inFlight -= entries.length;
          for (const result of results) {
            if (!("error" in result)) continue;
            failed += 1;
            firstError ??= String(result.error);
          }
        }),
      );
      sent = due;
    }
    await sleep(TICK_MS);
  }
  const sendMs = now() - startedAt;
  await Promise.all(sends);
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return { sent, failed, ...(firstError && { firstError }), startedAt, sendMs, maxBehindMs, cpuMs };
}
