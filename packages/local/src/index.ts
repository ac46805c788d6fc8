export type { AlarmRow, ContributorRow } from "./dashboard/alarm-rows.ts";
export { type DashboardPageOptions, dashboardPages } from "./dashboard/dashboard-pages.ts";
export {
  buildDashboardState,
  type DashboardSources,
  type DashboardState,
} from "./dashboard/dashboard-state.ts";
export type { Chart, ChartSeries, HourCharts } from "./dashboard/hour-charts.ts";
export type { JobRow } from "./dashboard/job-rows.ts";
export { LocalAlarms, type LocalAlarmsOptions, METRIC_RETENTION_MS } from "./dashboard/local-alarms.ts";
export { replayMetricLog } from "./dashboard/metric-log-replay.ts";
export type { StreamRow } from "./dashboard/stream-rows.ts";
export { formatTransition } from "./dashboard/transition-line.ts";
export { DemoProducer, type DemoProducerOptions } from "./demo-producer.ts";
export { type BskyDemo, formatSummary, type SummaryInfo } from "./format-summary.ts";
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
