export { CommandError, RedisStartError } from "./errors.ts";
export { faultProxy } from "./fault-proxy.ts";
export { freePort } from "./free-port.ts";
export { startRedisCluster } from "./redis-cluster.ts";
export { replicationInfo } from "./redis-info.ts";
export { startRedisReplicaSet } from "./redis-replica-set.ts";
export { startRedis } from "./redis-server.ts";
export { type RetryUntilOptions, retryUntil } from "./retry-until.ts";
export {
  S3_SERVER_CREDENTIALS,
  type S3ClientSettings,
  type S3Credentials,
  type S3Server,
  type S3ServerOptions,
  startS3Server,
} from "./s3-server.ts";
export { startTarget, targetKinds } from "./start-target.ts";
export { type TlsCertificates, tlsCertificates } from "./tls-certificates.ts";
export type {
  ClusterFailoverMode,
  FaultProxy,
  ProxyUpstream,
  RedisCluster,
  RedisClusterOptions,
  RedisReplicaSet,
  RedisReplicaSetOptions,
  RedisServer,
  RedisServerOptions,
  RedisTarget,
  StartedTarget,
  TargetKind,
} from "./types.ts";
export { whilePaused } from "./while-paused.ts";
