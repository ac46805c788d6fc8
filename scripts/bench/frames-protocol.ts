// What scripts/bench/frames.ts and its child processes (frames-feed-child.ts, frames-pipeline-child.ts) exchange.
import type { CompressOptions } from "@sluice/frames";
import type { RedisConnectionConfig } from "@sluice/streams";

/** A camera image: compressed bytes and size. */
export interface FeedImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** An INGESTED frame encoded as ingestFrame encodes it, and its camera (the entry's key). */
export interface FeedFrame {
  data: Uint8Array;
  camera: string;
}

export interface FeedJob {
  target: RedisConnectionConfig;
  stream: string;
  /** Frames per second offered for `seconds`: the i-th frame is due i / rate s after the start. */
  rate: number;
  seconds: number;
  /** Sequence number of the first entry (its trace id is bench-<n>). */
  from: number;
  /** Sent round-robin. */
  frames: FeedFrame[];
}

export interface FeedResult {
  sent: number;
  /** Frames Redis refused (none expected). */
  failed: number;
  firstError?: string;
  /** When the first frame was due (epoch ms, see now() in streams-protocol.ts). */
  startedAt: number;
  /** From the first frame's due time until the last batch was handed to the client: the achieved rate's span. */
  sendMs: number;
  /** The most a send fell behind its schedule (tick granularity included). */
  maxBehindMs: number;
  /** CPU time of the producing process over the feed (user + system), ms. */
  cpuMs: number;
}

export type ToFeeder = { type: "run"; job: FeedJob };
export type FromFeeder = { type: "ready" } | { type: "done"; result: FeedResult };

export type ToPipeline =
  | { type: "run"; target: RedisConnectionConfig; compress?: CompressOptions }
  | { type: "stop" };
export type FromPipeline = { type: "ready" } | { type: "running" } | { type: "stopped" };
