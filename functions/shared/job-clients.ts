// The Redis client of the backup and operations jobs: named in CLIENT LIST, 30 s per command (a snapshot's XRANGE
// of 10,000 entries, an audit's MEMORY USAGE of a large stream), its connection errors left to surface through the
// commands that fail (the job reports those) instead of as unhandled error events.
import { createRedisClient, type RedisClient, type RedisConnectionConfig } from "@sluice/streams";

export function jobRedisClient(config: RedisConnectionConfig, connectionName: string): RedisClient {
  const redis = createRedisClient({ ...config, connectionName, commandTimeoutMs: 30_000 });
  redis.on("error", () => undefined);
  return redis;
}
