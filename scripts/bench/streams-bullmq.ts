// BullMQ's producing side in the streams bench: a Queue in the bench process, fed with addBulk in the same batch sizes
// as Sluice's sendBatch, each job one entry with the same 80-byte JSON payload. Jobs are removed once completed
// (`removeOnComplete: true`, BullMQ's production advice, so Redis holds what is not yet done, as a trimmed stream).
import type { RedisConnectionConfig } from "@sluice/streams";
import { Queue } from "bullmq";
import type { SendRange } from "./streams-produce.ts";
import { EVENT_TYPE, payload } from "./streams-protocol.ts";

/** A queue on the bench's Redis and the SendRange that fills it. */
export function bullmqQueue(target: RedisConnectionConfig, name: string): { queue: Queue; send: SendRange } {
  const [node] = target.nodes;
  const queue = new Queue(name, {
    connection: { host: node?.host, port: node?.port },
    defaultJobOptions: { removeOnComplete: true },
  });
  const send: SendRange = async (from, count, sentAt) => {
    const jobs = new Array(count);
    for (let i = 0; i < count; i++) jobs[i] = { name: EVENT_TYPE, data: payload(from + i, sentAt) };
    await queue.addBulk(jobs);
  };
  return { queue, send };
}
