import {
  listStreams,
  mapLimit,
  type RedisClient,
  type StreamStats,
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

/** Every Sluice stream (SCAN on every master, at most 1000) with its groups' lag and pending figures, live. */
export async function readStreamRows(
  client: RedisClient,
): Promise<{ streams: StreamRow[]; truncated: boolean }> {
  const { streams, truncated } = await listStreams(client);
  const rows = await mapLimit(streams, CONCURRENCY, async ({ name }) => {
    const keys = streamKeys(name);
    return { ...(await streamStats(client, keys)), key: keys.stream, dlqKey: keys.dlq };
  });
  return { streams: rows, truncated };
}
