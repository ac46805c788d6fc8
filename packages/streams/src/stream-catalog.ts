import type { RedisClient } from "./connection.ts";
import { InvalidInputError, NotFoundError, typed } from "./errors.ts";
import { streamKeys } from "./names.ts";
import { scanStreamNames } from "./stream-scan.ts";
import { type StreamStats, streamStats } from "./stream-stats.ts";

export interface StreamSummary {
  name: string;
  length: number;
  dlqLength: number;
}

export interface StreamList {
  /** Sorted by name. */
  streams: StreamSummary[];
  /** More streams exist than `limit`: the list is the first `limit` names found, sorted. */
  truncated: boolean;
}

export interface ListStreamsOptions {
  /** Most streams returned (default and maximum 1000). */
  limit?: number;
  /** Only the streams this accepts (those the caller may read). */
  include?: (name: string) => boolean;
}

const MAX_LIST = 1000;

/**
 * The Sluice streams on a server or a whole cluster (SCAN on every master), each with its length and dead-letter
 * length. A stream whose entries are all gone but whose DLQ holds entries is listed with length 0.
 */
export async function listStreams(
  client: RedisClient,
  options: ListStreamsOptions = {},
): Promise<StreamList> {
  const limit = options.limit ?? MAX_LIST;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIST) {
    throw new InvalidInputError("streams.invalid_option", `limit must be an integer from 1 to ${MAX_LIST}`, {
      details: { limit },
    });
  }
  const { include } = options;
  const names = await scanStreamNames(client, { stopAfter: limit, ...(include && { include }) });
  const sorted = [...names].sort().slice(0, limit);
  const streams = await Promise.all(
    sorted.map(async (name): Promise<StreamSummary> => {
      const keys = streamKeys(name);
      const [length, dlqLength] = await Promise.all([
        typed(client.xlen(keys.stream)),
        typed(client.xlen(keys.dlq)),
      ]);
      return { name, length, dlqLength };
    }),
  );
  return { streams, truncated: names.size > limit };
}

/** `streamStats` of a stream that exists (as a stream or as a dead-letter stream); NotFoundError otherwise. */
export async function describeStream(client: RedisClient, name: string): Promise<StreamStats> {
  const keys = streamKeys(name);
  const [exists, stats] = await Promise.all([
    typed(client.exists(keys.stream, keys.dlq)),
    streamStats(client, keys),
  ]);
  if (exists === 0) {
    throw new NotFoundError("streams.not_found", `Stream ${JSON.stringify(name)} does not exist`, {
      details: { stream: name },
    });
  }
  return stats;
}
