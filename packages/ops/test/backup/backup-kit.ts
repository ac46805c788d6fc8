// The backup tests' kit: a source and a target redis-server, a local S3 server with the given buckets, and a
// client of each, started before a test file's tests and stopped after them.
import { S3Client } from "@aws-sdk/client-s3";
import { createRedisClient, type RedisClient } from "@sluice/streams";
import { type RedisServer, type S3Server, startRedis, startS3Server } from "@sluice/testing";
import { afterAll, beforeAll } from "vitest";

export interface BackupKit {
  source: RedisServer;
  target: RedisServer;
  s3Server: S3Server;
  s3: S3Client;
  /** Clients of the source and the target. */
  from: RedisClient;
  to: RedisClient;
}

/** The fields are filled in by beforeAll. */
export function useBackupKit(buckets: string[]): BackupKit {
  const kit = {} as BackupKit;
  beforeAll(async () => {
    [kit.source, kit.target, kit.s3Server] = await Promise.all([
      startRedis(),
      startRedis(),
      startS3Server({ buckets }),
    ]);
    kit.s3 = new S3Client(kit.s3Server.client());
    kit.from = createRedisClient(kit.source.target);
    kit.to = createRedisClient(kit.target.target);
  });
  afterAll(async () => {
    kit.from?.disconnect();
    kit.to?.disconnect();
    kit.s3?.destroy();
    await Promise.all([kit.source?.stop(), kit.target?.stop(), kit.s3Server?.stop()]);
  });
  return kit;
}
