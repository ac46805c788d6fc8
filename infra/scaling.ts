// The scaling policies of the Fargate mains, one helper per shape, added on the scalable target SST creates for a
// service (its `scaling` only tracks CPU, memory or ALB requests): step scaling run by a CloudWatch alarm (lag age,
// for the consumer and the proxy; back to zero tasks for an idle consumer) and target tracking on metric math (the
// proxy's backlog per task, the frame pipeline's worst lag age). Their figures are the EMF metrics of
// @sluice/observability that the runners and the stream monitor emit once a minute per stream and group. Under
// `sst dev` the mains run on the laptop: no policies.

import { Dimension, NAMESPACE, StreamMetric } from "@sluice/observability/metric-names";

// The stream/group pairs a service is scaled on, and the lag age below which a group with a live consumer counts as
// keeping up (see lagAgeScaling).
export interface LagAgeSignal {
  pairs: { stream: string; group: string }[];
  keepingUpMs: number;
}

/** The metric math of the largest of the series `ids` (one series is its own largest). */
export function worstOf(ids: string[]): string {
  const [first, ...others] = ids;
  return first !== undefined && others.length === 0 ? first : `MAX([${ids.join(", ")}])`;
}

// A metric alarm's math may read at most 10 metrics.
const MAX_ALARM_METRICS = 10;

/**
 * Metric math over stream/group pairs: per pair the metrics named by id (the maximum of each minute, dimensions
 * Stream and Group) and `perPair(i)` over them, then the MAX over the pairs, which the alarm watches.
 */
function worstOfPairs(
  alarm: string,
  pairs: LagAgeSignal["pairs"],
  metrics: Record<string, string>,
  perPair: (i: number) => string,
  label: string,
) {
  const count = pairs.length * Object.keys(metrics).length;
  if (count > MAX_ALARM_METRICS) {
    throw new Error(
      `${alarm}: ${pairs.length} stream/group pairs need ${count} metrics; CloudWatch allows ${MAX_ALARM_METRICS}`,
    );
  }
  return [
    ...pairs.flatMap(({ stream, group }, i) => [
      ...Object.entries(metrics).map(([id, metricName]) => ({
        id: `${id}${i}`,
        metric: {
          namespace: NAMESPACE,
          metricName,
          dimensions: { [Dimension.stream]: stream, [Dimension.group]: group },
          period: 60,
          stat: "Maximum",
        },
        returnData: false,
      })),
      { id: `pair${i}`, expression: perPair(i), label: `${stream}/${group}`, returnData: false },
    ]),
    {
      id: "worst",
      expression: worstOf(pairs.map((_, i) => `pair${i}`)),
      label,
      returnData: true,
    },
  ];
}

/** Where a policy applies: the scalable target SST created for the service (its `scaling` bounds). */
function scalableTarget(service: sst.aws.Service) {
  const target = service.nodes.autoScalingTarget;
  return {
    serviceNamespace: target.serviceNamespace,
    scalableDimension: target.scalableDimension,
    resourceId: target.resourceId,
  };
}

/** A step scaling policy on a service's scalable target, and the alarm that runs it. */
function stepScaling(
  name: string,
  service: sst.aws.Service,
  steps: aws.types.input.appautoscaling.PolicyStepScalingPolicyConfiguration,
  alarm: Omit<aws.cloudwatch.MetricAlarmArgs, "alarmActions">,
) {
  const policy = new aws.appautoscaling.Policy(name, {
    ...scalableTarget(service),
    policyType: "StepScaling",
    stepScalingPolicyConfiguration: steps,
  });
  new aws.cloudwatch.MetricAlarm(`${name}Alarm`, { ...alarm, alarmActions: [policy.arn] });
  return policy;
}

/**
 * Step scaling on lag age (the age of the oldest entry no consumer of a group has been given), the signal KEDA's
 * redis-streams scaler lacks: it counts pending entries, which are 0 while nobody reads, so it cannot wake a
 * service for one waiting entry. The stream monitor (functions/jobs/stream-monitor.ts) emits LagAgeMs and
 * ActiveConsumers for every group each minute, tasks running or not. The alarm watches, per pair,
 *   waiting = IF(ActiveConsumers == 0, LagAgeMs, IF(LagAgeMs > keepingUpMs, LagAgeMs, 0))
 * and the MAX over the pairs, threshold > 0 ms over one minute: one entry that nobody reads trips it at once (that
 * is the activation, from zero tasks or from a group whose consumers all died), and so does a group whose live
 * consumers let entries wait longer than keepingUpMs. Below that a live group is keeping up: a busy consumer always
 * has a few entries arriving while it handles a batch, a lag age of milliseconds that must not add a task a minute.
 * Steps, by the worst lag age: +1 task above 0 (from zero the first task must start, about a minute on Fargate,
 * before more can help; CPU and backlog size the fleet from there), +2 above 30 s (half a monitor period behind:
 * one task a minute would not catch up), +4 above 2 min (far behind: the StreamLagAge alarm pages at 5 min). The
 * cooldown is the monitor's period; a larger step still applies during it. Scale-in stays with the other policies.
 */
export function lagAgeScaling(name: string, service: sst.aws.Service, { pairs, keepingUpMs }: LagAgeSignal) {
  if ($dev) return undefined;
  const policy = `${name}LagAgeScaling`;
  return stepScaling(
    policy,
    service,
    {
      adjustmentType: "ChangeInCapacity",
      metricAggregationType: "Maximum",
      cooldown: 60,
      // Bounds are relative to the alarm's threshold, 0 ms.
      stepAdjustments: [
        { metricIntervalLowerBound: "0", metricIntervalUpperBound: "30000", scalingAdjustment: 1 },
        { metricIntervalLowerBound: "30000", metricIntervalUpperBound: "120000", scalingAdjustment: 2 },
        { metricIntervalLowerBound: "120000", scalingAdjustment: 4 },
      ],
    },
    {
      alarmDescription: `${name} scaling: an entry waits with no live consumer, or over ${keepingUpMs} ms with one (infra/scaling.ts)`,
      comparisonOperator: "GreaterThanThreshold",
      threshold: 0,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      // No figures (the monitor not running): no scaling on them; StreamMonitorStale alarms instead.
      treatMissingData: "notBreaching",
      metricQueries: worstOfPairs(
        `${policy}Alarm`,
        pairs,
        { lagAge: StreamMetric.lagAge, active: StreamMetric.activeConsumers },
        (i) => `IF(active${i} == 0, lagAge${i}, IF(lagAge${i} > ${keepingUpMs}, lagAge${i}, 0))`,
        `${name}: lag age of entries waiting, worst group (ms)`,
      ),
    },
  );
}

/**
 * Back to zero tasks once the groups had nothing to do for 15 minutes: no entry waiting or pending (the monitor's
 * ConsumerLag and PendingEntries) and none processed (EntriesProcessed, 0 when no task reports). CPU tracking cannot
 * do it: it scales to ceil(tasks × CPU / target), never below one task. Only for a service whose minimum is 0.
 */
export function idleScaleIn(name: string, service: sst.aws.Service, { pairs }: LagAgeSignal) {
  if ($dev) return undefined;
  const policy = `${name}IdleScaleIn`;
  const minutes = 15;
  return stepScaling(
    policy,
    service,
    {
      adjustmentType: "ExactCapacity",
      metricAggregationType: "Maximum",
      cooldown: 300,
      // Counts are integers: below 1 is 0, and the breach delta (at most -1) never sits on a step's bound.
      stepAdjustments: [{ metricIntervalUpperBound: "0", scalingAdjustment: 0 }],
    },
    {
      alarmDescription: `${name} scaling: nothing to do for ${minutes} minutes, back to zero tasks (infra/scaling.ts)`,
      comparisonOperator: "LessThanThreshold",
      threshold: 1,
      evaluationPeriods: minutes,
      datapointsToAlarm: minutes,
      // Without the monitor's figures nothing says the groups are idle: keep the tasks.
      treatMissingData: "notBreaching",
      metricQueries: worstOfPairs(
        `${policy}Alarm`,
        pairs,
        { lag: StreamMetric.lag, pending: StreamMetric.pending, processed: StreamMetric.processed },
        (i) => `lag${i} + pending${i} + FILL(processed${i}, 0)`,
        `${name}: entries waiting, pending or processed, busiest group`,
      ),
    },
  );
}

/** One stream/group figure as a target tracking policy's metric math reads it (statistic of each minute). */
export const groupMetric = (stream: string, group: string, metricName: string, stat: string) => ({
  metricStat: {
    metric: {
      namespace: NAMESPACE,
      metricName,
      dimensions: [
        { name: Dimension.stream, value: stream },
        { name: Dimension.group, value: group },
      ],
    },
    stat,
  },
  returnData: false,
});

/**
 * Target tracking on metric math (one query of `metrics` returns data): Application Auto Scaling keeps it at
 * `targetValue`, which needs a metric that grows as tasks are removed and shrinks as they are added. Out quickly
 * (someone waits), in slowly (each removed task hands back what it holds). With several target tracking policies ECS
 * scales out when any asks and in only when all agree; without data the policy does nothing and `min` keeps tasks.
 */
export function targetTracking(
  name: string,
  service: sst.aws.Service,
  targetValue: number,
  metrics: aws.types.input.appautoscaling.PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetric[],
) {
  if ($dev) return undefined;
  return new aws.appautoscaling.Policy(name, {
    ...scalableTarget(service),
    policyType: "TargetTrackingScaling",
    targetTrackingScalingPolicyConfiguration: {
      targetValue,
      scaleOutCooldown: 60,
      scaleInCooldown: 300,
      customizedMetricSpecification: { metrics },
    },
  });
}
