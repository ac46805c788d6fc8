// What one consumer process of the streams bench saw, whichever engine consumed (Sluice's runner, the bare loop,
// BullMQ): each entry counted by its sequence number when handled, each acknowledgement when Redis confirmed it, and
// in the latency case each entry's time from its send stamp to its handler call and to its acknowledgement.
import type { RunnerTotals } from "@sluice/streams";
import { type ConsumerJob, type ConsumerResult, now, sentAtOf, sequenceOf } from "./streams-protocol.ts";

export class Tally {
  readonly #job: ConsumerJob;
  readonly #counts: Uint8Array;
  readonly #sentAt = new Map<string, number>();
  readonly #toHandler: number[] = [];
  readonly #toAck: number[] = [];
  readonly errors: string[] = [];
  handled = 0;
  acked = 0;
  #foreign = 0;
  #lastAckAt = 0;

  constructor(job: ConsumerJob) {
    this.#job = job;
    this.#counts = new Uint8Array(job.entries);
  }

  /** The bench's handler, per entry: counts it by sequence number (no JSON parse: the engine is what is measured). */
  handle(id: string, data: Buffer): void {
    const n = sequenceOf(data);
    if (n < 0 || n >= this.#counts.length) this.#foreign += 1;
    else this.#counts[n] = Math.min(255, (this.#counts[n] as number) + 1);
    this.handled += 1;
    if (!this.#job.latency) return;
    const sentAt = sentAtOf(data);
    this.#sentAt.set(id, sentAt);
    this.#toHandler.push(now() - sentAt);
  }

  /** Acknowledgements Redis confirmed at `at`. */
  ack(ids: readonly string[], at: number): void {
    this.acked += ids.length;
    this.#lastAckAt = at;
    if (!this.#job.latency) return;
    for (const id of ids) {
      const sentAt = this.#sentAt.get(id);
      if (sentAt === undefined) continue;
      this.#toAck.push(at - sentAt);
      this.#sentAt.delete(id);
    }
  }

  result(startedAt: number, cpuMs: number, totals: RunnerTotals): ConsumerResult {
    return {
      consumer: this.#job.consumer,
      handled: this.handled,
      acked: this.acked,
      startedAt,
      lastAckAt: this.#lastAckAt,
      counts: this.#counts,
      foreign: this.#foreign,
      toHandlerMs: Float64Array.from(this.#toHandler),
      toAckMs: Float64Array.from(this.#toAck),
      totals,
      cpuMs,
      errors: this.errors.slice(0, 20),
    };
  }
}
