// The clients of one family of scheduled jobs (the backups, the operations jobs, the lake writer, the stream
// monitor), each opened on first use with the configuration of that use and shared by the family's jobs in a Lambda
// container or an npm start process (lazy-clients.ts closes them all): Redis, named in CLIENT LIST, its connection
// errors left to surface through the commands that fail (the job reports those) instead of as unhandled error
// events; and S3.
import { createRedisClient, type RedisConnectionConfig } from "@sluice/streams";
import { lazyClient } from "./lazy-clients.ts";
import { createS3Client } from "./s3-client.ts";

/** `commandTimeoutMs` unset: the client's default. */
export function jobClients(connectionName: string, commandTimeoutMs?: number) {
  return {
    redis: lazyClient(
      (redis: RedisConnectionConfig) =>
        createRedisClient({ ...redis, connectionName, ...(commandTimeoutMs && { commandTimeoutMs }) }).on(
          "error",
          () => undefined,
        ),
      (client) => client.disconnect(),
    ),
    s3: lazyClient(createS3Client, (client) => client.destroy()),
  };
}

/** 30 s per command: a snapshot's XRANGE of 10,000 entries, an audit's MEMORY USAGE of a large stream. */
export const SLOW_COMMAND_TIMEOUT_MS = 30_000;
