// The consumer group "workers" on the stream "events", read by two hosts at once: the Fargate service "Consumer"
// (blocking reads, scaled on CPU and on lag age, from zero tasks outside production) and the Lambda "DrainConsumer",
// scheduled every minute, which drains the same group within its remaining time. Both run in the private subnets
// next to ElastiCache.

import { fargateMain } from "./cluster";
import { lambdaDefaults } from "./lambda";
import { redisLinks } from "./redis";
import { idleScaleIn, type LagAgeSignal, lagAgeScaling } from "./scaling";
import { scheduleDlq } from "./schedule-dlq";
import { production } from "./stage-settings";

// Read by the consumer runner in both hosts. The two hosts share the group, so they are competing consumers of
// the same entries (each entry is handled once per group), never two copies of the work.
const consumerEnvironment = {
  SLUICE_CONSUMER_STREAMS: "events",
  SLUICE_CONSUMER_GROUP: "workers",
  // Dead-letter moves wait for the replica every deployed stage has, so the DLQ and its alarms stay true across a
  // failover (docs/streams.md); `sst dev`'s local Redis has none.
  ...(!$dev && { SLUICE_DEAD_LETTER_DURABILITY: "replicated" }),
};

// Outside production the consumer may stop entirely: with a task always reading, a waiting entry is read within
// milliseconds and "activating on one waiting entry" would never happen. At zero tasks DrainConsumer still drains
// the group every minute; an entry that finds nobody reading starts a task, 15 idle minutes stop it. Production keeps
// two tasks for latency and availability.
export const consumerMinTasks = production ? 2 : 0;
const consumerSignal: LagAgeSignal = {
  pairs: consumerEnvironment.SLUICE_CONSUMER_STREAMS.split(",").map((stream) => ({
    stream,
    group: consumerEnvironment.SLUICE_CONSUMER_GROUP,
  })),
  // A consumer keeping up reads new entries as they arrive; they wait only while it handles a batch.
  keepingUpMs: 5000,
};

export const consumer = fargateMain("Consumer", "functions/services/consumer.ts", {
  cpu: production ? "1 vCPU" : "0.25 vCPU",
  memory: production ? "2 GB" : "0.5 GB",
  // Node is single-threaded: scale out on CPU; and on lag age (below).
  scaling: { min: consumerMinTasks, max: production ? 8 : 2, cpuUtilization: 60 },
  environment: consumerEnvironment,
});

export const consumerLagAgeScaling = lagAgeScaling("Consumer", consumer, consumerSignal);
export const consumerIdleScaleIn =
  consumerMinTasks === 0 ? idleScaleIn("Consumer", consumer, consumerSignal) : undefined;

export const drainConsumer = new sst.aws.Function("DrainConsumer", {
  ...lambdaDefaults,
  handler: "functions/consumers/drain.handler",
  memory: "1024 MB",
  // The handler stops reading shortly before this (Middy's timeoutEarly pattern) and leaves the rest pending.
  timeout: "60 seconds",
  // A failed drain is not retried: the next run starts a minute later and pending entries are reclaimed anyway.
  retries: 0,
  link: redisLinks,
  environment: consumerEnvironment,
});

export const drainSchedule = new sst.aws.CronV2("DrainConsumerSchedule", {
  function: drainConsumer,
  dlq: scheduleDlq.arn,
  schedule: "rate(1 minute)",
});
