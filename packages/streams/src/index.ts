export { AUDIT_STREAM, AuditLog, type AuditRecord } from "./audit-log.ts";
export { BatchSource, type BatchSourceOptions, type RawEntry } from "./batch-source.ts";
export {
  createBlockingClient,
  createRedisClient,
  type RedisClient,
  type RedisConnectionConfig,
  type RedisNode,
} from "./connection.ts";
export { ConsumerGroupRunner, type DrainResult, type RunnerTotals } from "./consumer-group-runner.ts";
export {
  type ConsumerHost,
  type ConsumerHostOptions,
  type ConsumerSpec,
  createRunners,
  openConsumerConnections,
  type RunnerSettings,
  startConsumerHost,
} from "./consumer-host.ts";
export { removeConsumerIfEmpty, removeIdleConsumers } from "./consumer-janitor.ts";
export { type DeadLetterMoves, type DeadLetterRequest, deadLetter, deadLetterAll } from "./dead-letter.ts";
export {
  type Durability,
  isNotReplicated,
  type ReplicationWait,
  replicationWait,
  writesNotReplicatedError,
} from "./durability.ts";
export {
  compareIds,
  decodeEntry,
  type EntryInput,
  encodeEntry,
  idTime,
  isIdempotencyKey,
  JSON_CONTENT_TYPE,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  type StreamEntry,
  validateEntry,
} from "./envelope.ts";
export {
  ERROR_KINDS,
  type ErrorKind,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  QuotaExceededError,
  SluiceError,
  type SluiceErrorOptions,
  TooLargeError,
  toStreamsError,
  typed,
  UnavailableError,
} from "./errors.ts";
export { ensureGroup, isNoGroupError } from "./group.ts";
export type { BatchHandler, BatchResult, EntryFailure, HandlerContext } from "./handler.ts";
export { JSON_BYTES, jsonStringEnd, jsonTooDeepAt, MAX_JSON_DEPTH } from "./json-depth.ts";
export { createJsonValidatingHandler, type JsonValidatingHandlerOptions } from "./json-validating-handler.ts";
export { type LogWriter, logWriter } from "./log-writer.ts";
export { DEAD_LETTER_FIELDS, MAX_DEAD_LETTER_FIELDS } from "./lua/dead-letter-3.ts";
export { defineScript, type LuaScript, runScript } from "./lua-script.ts";
export { mapLimit } from "./map-limit.ts";
export { masters } from "./masters.ts";
export { assertGroupName, assertStreamName, STREAM_NAME, type StreamKeys, streamKeys } from "./names.ts";
export { capabilityCovers, type PlatformCapability, platformCapability } from "./platform-capability.ts";
export {
  DEFAULT_IDEMPOTENCY_WINDOW_MS,
  Producer,
  type ProducerOptions,
  type SendOptions,
  type SendResult,
  type StreamPolicy,
} from "./producer.ts";
export { type RateDecision, type RateLimit, RateLimiter, rateLimitKey } from "./rate-limiter.ts";
export {
  checkReadiness,
  type NotReadyReason,
  type Readiness,
  type ReadinessOptions,
  readinessKey,
} from "./readiness.ts";
export { REDACTED, redactSecrets } from "./redact.ts";
export { type RedriveOptions, redrive } from "./redrive.ts";
export { type ReplicatedReplies, runScriptsReplicated, type ScriptCall } from "./replicated-scripts.ts";
export { applyRetention, type RetentionOptions, type RetentionResult } from "./retention.ts";
export { type RetentionSchedule, scheduleRetention } from "./retention-schedule.ts";
export { nextRetryPauseMs } from "./retry-pause.ts";
export type { RunnerOptions } from "./runner-options.ts";
export {
  allows,
  type Caller,
  OPERATIONS,
  type Operation,
  parseScope,
  requireScope,
  type Scope,
  scopesAllowing,
} from "./scopes.ts";
export { destroyStaleGroup } from "./stale-groups.ts";
export {
  describeStream,
  type ListStreamsOptions,
  listStreams,
  type StreamList,
  type StreamSummary,
} from "./stream-catalog.ts";
export {
  type MonitoredGroup,
  type MonitoredStream,
  monitorStreams,
  OTHER_STREAMS,
  type StreamMonitorOptions,
  type StreamMonitorReport,
  staleGroups,
} from "./stream-monitor.ts";
export {
  forgetMissingStreams,
  registeredStreams,
  registryKey,
  type StreamQuota,
  StreamRegistry,
} from "./stream-registry.ts";
export { type ScanStreamNamesOptions, scanStreamNames } from "./stream-scan.ts";
export { type GroupStats, type StreamStats, streamStats } from "./stream-stats.ts";
export { bearerToken, TokenTable } from "./token-table.ts";
