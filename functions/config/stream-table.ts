// The platform's streams as plain data: what each is for, and how a publish to it is confirmed by default — durable
// (only once a replica has it, so it survives a failover) or not — and how long a publish's idempotency key is
// remembered. Every producer the platform runs reads it through streamSettings as the Producer's `settingsFor`
// (the HTTP handlers, the gRPC gateway, the frame pipeline, request-reply, npm start's demos), so they all agree; a
// request's own option (HTTP `Sluice-Durability`, gRPC `durable`) still overrides its stream's.
// The first slice of the stream catalog of issue 18: retention, entry size, content type and who may publish, read,
// ack, redrive and administer each stream will join these entries. No imports at all, so the SST app can read it,
// like route-table.ts and job-table.ts.
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

export interface StreamEntry {
  /** An exact stream name, `<prefix>*` for a family of streams (`frames.*`), or `*` for every other stream. */
  stream: string;
  /** What the stream carries, who writes it and who reads it. */
  purpose: string;
  /** A publish's default durability; a `timeoutMs` must stay under the Redis command timeout (5 s by default). */
  durable: StreamDurability;
  /** How long a publish's idempotency key is remembered, ms: a retry within it writes nothing. */
  idempotencyWindowMs: number;
}

/** SQS FIFO's deduplication window, the platform's default (DEFAULT_IDEMPOTENCY_WINDOW_MS of @sluice/streams). */
const FIVE_MINUTES = 300_000;

export const STREAM_TABLE: readonly StreamEntry[] = [
  {
    stream: "frames.*",
    purpose:
      "The frame pipeline: frames.input (POST /v1/frames) → stream_processor → frames.processed → ml_inference → " +
      "frames.output, read by output_consumers, the lake's camera tables and applications' own groups",
    // A frame's worth decays in seconds: each stream keeps 50,000 frames and drops unconsumed ones beyond (the
    // pipeline's FRAME_RETENTION), and a camera sends the next frame anyway. Waiting for a replica at camera rates
    // would buy little.
    durable: false,
    // A camera or gateway retries a frame within seconds of a timeout or a 503; a frame sent again a minute later
    // is stale. At 100 keyed frames/s, one minute of keys is 6,000 (about 2 MB at 341 bytes each), five minutes'
    // would be 10 MB.
    idempotencyWindowMs: 60_000,
  },
  {
    stream: "rr.*",
    purpose:
      "Request-reply: requests to route <route> (POST /v1/requests/{route}), read by the proxy workers' group",
    // A request lost in a failover times out at its deadline and its caller retries; waiting for a replica would
    // add a round trip to every request for a case the caller already handles.
    durable: false,
    // The request path publishes without idempotency keys (each request has its own id): the default applies.
    idempotencyWindowMs: FIVE_MINUTES,
  },
  {
    stream: "bsky",
    purpose:
      "Bluesky firehose-like events (npm start's Bluesky demo, npm run generate), drained by the lake's bsky tables",
    // Firehose events can be fetched again from their source; at firehose rates the durable cost is what matters.
    durable: false,
    idempotencyWindowMs: FIVE_MINUTES,
  },
  {
    stream: "demo",
    purpose: "npm start's demo producer: a few demo.event JSON entries a second, read by the local consumer",
    // Demonstration traffic: nothing is lost that matters.
    durable: false,
    idempotencyWindowMs: FIVE_MINUTES,
  },
  {
    stream: "*",
    purpose: "Applications' events, published over HTTP and gRPC under names of their choosing",
    // Not durable by default (the cost above, for every publish of every application): a publish that must survive
    // a failover asks for it (Sluice-Durability: replicated, gRPC durable: true), or its stream gets an entry here.
    durable: false,
    idempotencyWindowMs: FIVE_MINUTES,
  },
];

/**
 * The entry that applies to a stream: the one naming it exactly, else the matching `<prefix>*` with the longest
 * prefix (so `*` comes last). Throws a RangeError when nothing matches: a table needs a `*` entry.
 */
export function streamSettings(stream: string, table: readonly StreamEntry[] = STREAM_TABLE): StreamEntry {
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
  if (best === undefined) throw new RangeError(`No entry of the stream table matches stream ${stream}`);
  return best;
}
