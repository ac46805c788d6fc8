// The one module that reads SST's `Resource`: what the cloud links to a function or a task (Redis with its token, the
// gRPC tokens, the buckets). Each reader answers null when nothing of that name is linked (npm start, tests, a plain
// `node`), since `Resource.<Name>` throws for an unlinked name while `"<Name>" in Resource` does not. The loaders
// take these as default arguments, so a test passes its own or null.

// `sst/resource` rather than `sst`: the same `Resource`, without the package's other clients and without the
// console.log patch that `sst` applies on ECS (it would prefix our JSON log lines with "INFO\t").
import { Resource } from "sst/resource";

/** What `sst.aws.Redis` links: host, port, username ("default") and the auth token (empty under `sst dev`). */
export interface LinkedRedis {
  host: string;
  port: number | string;
  username?: string;
  password?: string;
}

/**
 * The linked `Redis`, or null. A linked `RedisToken` (infra/redis.ts: the token as the cluster accepts it, which
 * changes only once a rotation reached ElastiCache) replaces the component's own password.
 */
export function linkedRedis(): LinkedRedis | null {
  if (!("Redis" in Resource)) return null;
  const links = Resource as unknown as { Redis: LinkedRedis; RedisToken?: { value: string } };
  return "RedisToken" in Resource ? { ...links.Redis, password: links.RedisToken?.value } : links.Redis;
}

/** The linked secret `GrpcTokens` (infra/frames.ts: the gateway's token → scopes table, JSON), or null. */
export function linkedGrpcTokens(): string | null {
  return "GrpcTokens" in Resource
    ? (Resource as unknown as { GrpcTokens: { value: string } }).GrpcTokens.value
    : null;
}

/** The name of a linked `sst.aws.Bucket` (`Lake`, `Backups`, `Reports`), or null when it is not linked. */
export function linkedBucket(name: string): string | null {
  return name in Resource
    ? ((Resource as unknown as Record<string, { name: string }>)[name]?.name ?? null)
    : null;
}
