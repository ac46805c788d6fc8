export { DemoProducer, type DemoProducerOptions } from "./demo-producer.ts";
export { formatSummary, type SummaryInfo } from "./format-summary.ts";
export { InvalidScheduleError, type ScheduleProblem } from "./invalid-schedule-error.ts";
export {
  type JobDefinition,
  type JobEvent,
  type JobOutcome,
  JobScheduler,
  type JobSchedulerOptions,
  type JobState,
  type JobTrigger,
} from "./job-scheduler.ts";
export { findExecutable, type LocalRedis, LocalRedisError, startLocalRedis } from "./local-redis.ts";
export {
  type CronSchedule,
  type DayRule,
  nextRun,
  parseSchedule,
  type RateSchedule,
  type Schedule,
} from "./schedule-expression.ts";
export { formatStatusLine, type LocalStatus, readGroupStatus } from "./status-line.ts";
