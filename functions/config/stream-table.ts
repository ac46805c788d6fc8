// The stream catalog: every stream the platform serves, as plain data. Each entry says what a stream (or a family of
// streams, `frames.*`, or every other stream, `*`) is for, who writes it, which operations callers may do on it with
// their scopes, how big its entries may be, how long it keeps them, how a publish to it is confirmed by default,
// how long an idempotency key is remembered, and what callers may create under it. Every producer the platform runs
// reads it through producerPolicy (functions/config/stream-policy.ts) as the Producer's `settingsFor`, and both front
// doors authorize through it (docs/security.md), so they all agree. A request's own option (HTTP `Sluice-Durability`,
// gRPC `durable`) still overrides a stream's durability. No imports at all, so the SST app can read it, like
// route-table.ts and job-table.ts.
//
// Durable costs: a publish waits for the replica's acknowledgement, about a round trip more (across availability
// zones, that network's); concurrent single sends on one connection fall to about a third of the plain rate, since
// each WAIT holds its connection (`npm run bench -- publish`, docs/streams.md: 27,456/s plain vs 8,228/s durable),
// and a frozen replica holds every command of that connection for the WAIT's timeout. So a stream is durable by
// default only when losing a confirmed entry in a failover costs more than that; none of today's streams does, and
// callers that need it for some publishes ask per request. A stream whose confirmed entries must survive a failover
// (orders, payments) gets an entry here with `durable: true`.
/** Confirm a publish only once replicas have it: `true` (one replica, waiting 1 s at most) or the numbers. */
export type StreamDurability = boolean | { replicas?: number; timeoutMs?: number };

/** The operations of scopes (OPERATIONS of @sluice/streams; test/stream-table.test.ts keeps them equal). */
export type StreamOperation = "publish" | "read" | "ack" | "redrive" | "admin";

export interface StreamEntry {
  /** An exact stream name, `<prefix>*` for a family of streams (`frames.*`), or `*` for every other stream. */
  stream: string;
  /** What the stream carries, who writes it and who reads it. */
  purpose: string;
  /**
   * Who appends to it: `callers` (with a publish scope, over HTTP and gRPC), or the one platform path that alone
   * writes it: its producer holds the platform capability, no front door's does. Callers reach such a stream only
   * through that path, when it is a front door's (POST /v1/frames, with a publish scope on the stream).
   */
  writer: "callers" | { platform: string };
  /** What callers may do on it, each with its scope; every other operation is the platform's alone. */
  callers: readonly StreamOperation[];
  /** Largest entry payload, bytes. */
  maxEntryBytes: number;
  /** The content types its entries may have; `*`: any (JSON unless a publish names another). */
  contentTypes: readonly string[] | "*";
  /**
   * What retention keeps besides what every group has yet to read (`undefined`: no caps), and what a cap may do to
   * unconsumed entries (default "protect": keep them and report it).
   */
  retention: { maxLength?: number; maxAgeMs?: number; onUnconsumed?: "protect" | "drop" } | undefined;
  /** A publish's default durability; a `timeoutMs` must stay under the Redis command timeout (5 s by default). */
  durable: StreamDurability;
  /** How long a publish's idempotency key is remembered, ms: a retry within it writes nothing. */
  idempotencyWindowMs: number;
  /** Of a pattern callers write: how many streams they may create under it (429 past it). */
  maxStreams?: number;
  /** Consumer groups a stream may have, and consumers a group may have (429 past either). */
  maxGroups: number;
  maxConsumersPerGroup: number;
  /** The platform's own groups on it: never expired as stale, never registered or removed by callers. */
  groups: readonly string[];
}

/** SQS FIFO's deduplication window, the platform's default (DEFAULT_IDEMPOTENCY_WINDOW_MS of @sluice/streams). */
const FIVE_MINUTES = 300_000;
/** The producer's default entry limit (1 MiB): an SQS message is 256 KiB, a Kinesis record 1 MiB. */
const ONE_MIB = 1024 * 1024;
/** The pipeline's frames (FRAME_CONTENT_TYPE of @sluice/frames). */
const FRAME_CONTENT_TYPES = ["application/x-protobuf; type=sluice.frames.v1.ProcessedFrame"];

// A frame's worth decays in seconds: each frame stream keeps 50,000 frames and drops unconsumed ones beyond (the
// pipeline's FRAME_RETENTION), and a camera sends the next frame anyway. Waiting for a replica at camera rates would
// buy little. A camera or gateway retries a frame within seconds of a timeout or a 503; a frame sent again a minute
// later is stale. At 100 keyed frames/s, one minute of keys is 6,000 (about 2 MB at 341 bytes each), five minutes'
// would be 10 MB.
const FRAME_STREAM = {
  writer: { platform: "the frame pipeline" },
  // Applications read frames.processed and frames.output with groups of their own, and redrive their dead letters.
  callers: ["read", "ack", "redrive"],
  maxEntryBytes: ONE_MIB,
  contentTypes: FRAME_CONTENT_TYPES,
  retention: { maxLength: 50_000, onUnconsumed: "drop" },
  durable: false,
  idempotencyWindowMs: 60_000,
  maxGroups: 20,
  maxConsumersPerGroup: 100,
} as const;

export const STREAM_TABLE: readonly StreamEntry[] = [
  {
    stream: "frames.input",
    purpose: "Camera frames as they arrive (POST /v1/frames), read by the pipeline's stream_processor group",
    ...FRAME_STREAM,
    writer: { platform: "POST /v1/frames" },
    groups: ["stream_processor"],
  },
  {
    stream: "frames.*",
    purpose:
      "The frame pipeline after ingest: stream_processor → frames.processed → ml_inference → frames.output, read " +
      "by output_consumers, the lake's camera tables and applications' own groups",
    ...FRAME_STREAM,
    // The lake writer's group (SLUICE_LAKE_GROUP's default) on frames.output, whose position retention respects.
    groups: ["ml_inference", "output_consumers", "lake"],
  },
  {
    stream: "rr.*",
    purpose:
      "Request-reply: requests to route <route> (POST /v1/requests/{route}), read by the proxy workers' group",
    writer: { platform: "POST /v1/requests/{route}" },
    // Requests may carry callers' credentials for the upstream: only the proxy workers read them. Operators
    // redrive requests that failed.
    callers: ["redrive"],
    maxEntryBytes: ONE_MIB,
    contentTypes: "*",
    // A request outlives its deadline (at most 26 s) by nothing: what the proxy acknowledged goes.
    retention: undefined,
    // A request lost in a failover times out at its deadline and its caller retries; waiting for a replica would
    // add a round trip to every request for a case the caller already handles.
    durable: false,
    // The request path publishes without idempotency keys (each request has its own id): the default applies.
    idempotencyWindowMs: FIVE_MINUTES,
    maxGroups: 4,
    maxConsumersPerGroup: 1000,
    groups: ["proxy"],
  },
  {
    stream: "sluice.*",
    purpose: "The platform's own records: sluice.audit, the audit log of admin actions (who, what, when)",
    writer: { platform: "the platform's audit log" },
    // Operators read it with Redis tools (npm run ops); no front door serves it.
    callers: [],
    maxEntryBytes: 64 * 1024,
    contentTypes: ["application/json"],
    // A year of admin actions at a few a minute is well under a million entries.
    retention: { maxAgeMs: 366 * 24 * 3_600_000 },
    // Not durable: a record is written before its action, and a deployment without a replica (npm start, sst dev)
    // would refuse every admin action after a 1 s wait; ElastiCache's asynchronous replication loses at most the
    // last second of records in a failover, which the access logs of both front doors also hold.
    durable: false,
    idempotencyWindowMs: FIVE_MINUTES,
    maxGroups: 4,
    maxConsumersPerGroup: 10,
    groups: [],
  },
  {
    stream: "bsky",
    purpose:
      "Bluesky firehose-like events (npm start's Bluesky demo, npm run generate), drained by the lake's bsky tables",
    writer: "callers",
    callers: ["publish", "read", "ack", "redrive", "admin"],
    maxEntryBytes: ONE_MIB,
    contentTypes: "*",
    retention: { maxLength: 1_000_000 },
    // Firehose events can be fetched again from their source; at firehose rates the durable cost is what matters.
    durable: false,
    idempotencyWindowMs: FIVE_MINUTES,
    maxGroups: 20,
    maxConsumersPerGroup: 100,
    // The lake writer's group (SLUICE_LAKE_GROUP's default), whose position retention respects.
    groups: ["lake"],
  },
  {
    stream: "demo",
    purpose: "npm start's demo producer: a few demo.event JSON entries a second, read by the local consumer",
    writer: "callers",
    callers: ["publish", "read", "ack", "redrive", "admin"],
    maxEntryBytes: ONE_MIB,
    contentTypes: "*",
    retention: { maxLength: 100_000 },
    // Demonstration traffic: nothing is lost that matters.
    durable: false,
    idempotencyWindowMs: FIVE_MINUTES,
    maxGroups: 20,
    maxConsumersPerGroup: 100,
    groups: [],
  },
  {
    stream: "*",
    purpose: "Applications' events, published over HTTP and gRPC under names of their choosing",
    writer: "callers",
    callers: ["publish", "read", "ack", "redrive", "admin"],
    maxEntryBytes: ONE_MIB,
    contentTypes: "*",
    // Group-aware: what every group acknowledged goes, and at most a million entries stay (the caps protect what a
    // group has yet to read, and report it: docs/streams.md).
    retention: { maxLength: 1_000_000 },
    // Not durable by default (the cost above, for every publish of every application): a publish that must survive
    // a failover asks for it (Sluice-Durability: replicated, gRPC durable: true), or its stream gets an entry here.
    durable: false,
    idempotencyWindowMs: FIVE_MINUTES,
    // Names of callers' choosing are a way to fill Redis: a deployment declares its streams here (or a narrower
    // pattern) and lowers this. An empty stream costs about 1 KB, a group a few hundred bytes.
    maxStreams: 1000,
    maxGroups: 20,
    maxConsumersPerGroup: 100,
    groups: [],
  },
];

/**
 * The entry that applies to a stream: the one naming it exactly, else the matching `<prefix>*` with the longest
 * prefix (so `*` comes last); undefined when none matches: the stream is not declared.
 */
export function streamEntry(
  stream: string,
  table: readonly StreamEntry[] = STREAM_TABLE,
): StreamEntry | undefined {
  let best: StreamEntry | undefined;
  for (const entry of table) {
    if (entry.stream === stream) return entry;
    const prefix = entry.stream.endsWith("*") ? entry.stream.slice(0, -1) : undefined;
    if (
      prefix !== undefined &&
      stream.startsWith(prefix) &&
      entry.stream.length > (best?.stream.length ?? 0)
    ) {
      best = entry;
    }
  }
  return best;
}
