// What scripts/bench/streams.ts and its consumer processes (streams-consumer.ts) exchange over IPC, and the
// entries they agree on.
import type { RedisConnectionConfig, RunnerTotals } from "@sluice/streams";

/** Epoch milliseconds with sub-millisecond resolution, comparable between processes of one machine. */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

export const EVENT_TYPE = "bench.event";
export const PAYLOAD_BYTES = 80;
const PREFIX = '{"n":';
const PAD = "x".repeat(PAYLOAD_BYTES);

/** The JSON payload of entry `n`, exactly PAYLOAD_BYTES long (n below 10^7), stamped with its send time. */
export function payload(n: number, sentAt: number): string {
  const head = `${PREFIX}${n},"user":"u-${n % 1000}","action":"like","sent":${sentAt.toFixed(3)},"pad":"`;
  return `${head}${PAD.slice(0, Math.max(1, PAYLOAD_BYTES - head.length - 2))}"}`;
}

/** The sequence number of a payload, read without parsing the JSON; -1 if it is not one of ours. */
export function sequenceOf(data: Buffer): number {
  if (data.length < 7 || data.toString("latin1", 0, PREFIX.length) !== PREFIX) return -1;
  let n = 0;
  for (let i = PREFIX.length; i < data.length; i++) {
    const c = data[i] as number;
    if (c < 48 || c > 57) return c === 44 ? n : -1;
    n = n * 10 + c - 48;
  }
  return -1;
}

/** The send time stamped into a payload. */
export function sentAtOf(data: Buffer): number {
  return (JSON.parse(data.toString()) as { sent: number }).sent;
}

/**
 * What consumes in the consumer processes: Sluice's ConsumerGroupRunner, a minimal hand-written XREADGROUP/XACK loop
 * (streams-bare-consumer.ts), or a BullMQ Worker (streams-bullmq-consumer.ts; `stream` is then the queue's name).
 */
export type ConsumerKind = "sluice" | "bare" | "bullmq";

export interface ConsumerJob {
  kind: ConsumerKind;
  target: RedisConnectionConfig;
  stream: string;
  group: string;
  consumer: string;
  batchSize: number;
  /** Batches in flight per process (sluice); jobs in flight per process (bullmq); unused by the bare loop. */
  concurrency: number;
  blockMs: number;
  /** Entries carry sequence numbers 0 .. entries-1; each is counted when handled. */
  entries: number;
  /** Record each entry's latency from its send time to its handler call and to its XACK reply. */
  latency: boolean;
}

export interface ConsumerResult {
  consumer: string;
  /** Entries given to the handler, and entries whose XACK replied. */
  handled: number;
  acked: number;
  /** When runner.start() was called, and when the last XACK replied (epoch ms, see now()). */
  startedAt: number;
  lastAckAt: number;
  /** Handler calls per sequence number. */
  counts: Uint8Array;
  /** Entries whose payload was not one of ours or whose sequence number was out of range. */
  foreign: number;
  toHandlerMs: Float64Array;
  toAckMs: Float64Array;
  totals: RunnerTotals;
  /** CPU time (user + system) this process used from runner.start() to stop(), ms. */
  cpuMs: number;
  errors: string[];
}

export type ToConsumer = { type: "run"; job: ConsumerJob } | { type: "stop" };

export type FromConsumer =
  | { type: "ready" }
  | { type: "running" }
  | { type: "progress"; acked: number }
  | { type: "result"; result: ConsumerResult };
