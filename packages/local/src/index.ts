export { DemoProducer, type DemoProducerOptions } from "./demo-producer.ts";
export { formatSummary, type SummaryInfo } from "./format-summary.ts";
export { findExecutable, type LocalRedis, LocalRedisError, startLocalRedis } from "./local-redis.ts";
export { formatStatusLine, type LocalStatus, readGroupStatus } from "./status-line.ts";
