// The dead-letter queue of every CronV2 schedule (EventBridge Scheduler): an invocation that fails to reach its
// target (the function or task throttled, missing, not permitted) lands here instead of being dropped, kept 14 days,
// and the SchedulerDeadLettered alarm says so. A job that ran and failed is the job's own freshness alarm.
export const scheduleDlq = new sst.aws.Queue("ScheduleDlq", {
  transform: { queue: { messageRetentionSeconds: 14 * 24 * 3600 } },
});
