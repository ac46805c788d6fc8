import {
  mapLimit,
  type RedisClient,
  type StreamStats,
  scanStreamNames,
  streamKeys,
  streamStats,
} from "@sluice/streams";

export interface StreamRow extends StreamStats {
  /** The Redis keys of the stream and of its dead-letter stream. */
  key: string;
  dlqKey: string;
}

/** Streams read at once. */
const CONCURRENCY = 8;
/** Streams shown at most. */
const MAX_STREAMS = 1000;

/** Every Sluice stream (SCAN on every master, at most 1000) with its groups' lag and pending figures, live. */
export async function readStreamRows(
  client: RedisClient,
): Promise<{ streams: StreamRow[]; truncated: boolean }> {
  const names = await scanStreamNames(client, { stopAfter: MAX_STREAMS });
  const shown = [...names].sort().slice(0, MAX_STREAMS);
  const rows = await mapLimit(shown, CONCURRENCY, async (name) => {
    const keys = streamKeys(name);
    return { ...(await streamStats(client, keys)), key: keys.stream, dlqKey: keys.dlq };
  });
  return { streams: rows, truncated: names.size > MAX_STREAMS };
}
