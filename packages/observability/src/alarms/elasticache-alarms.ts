// ElastiCache, per node (CacheClusterId), after AWS's recommended alarms, with the stream-buffer view on evictions:
// under noeviction any eviction means a policy changed, and a stream evicted is gone with its groups.
import type { AlarmSpec, Comparison, Severity, Statistic } from "./alarm-spec.ts";

const NS = "AWS/ElastiCache";

const node = (
  name: string,
  severity: Severity,
  summary: string,
  metric: string,
  statistic: Statistic,
  threshold: number,
  window: { periodSeconds: number; evaluationPeriods: number; datapointsToAlarm: number },
  comparison: Comparison = "GreaterThanThreshold",
): AlarmSpec => ({
  name,
  group: "elasticache",
  severity,
  summary,
  scope: "cache-node",
  query: { kind: "metric", namespace: NS, metric, statistic },
  ...window,
  threshold,
  comparison,
  missingData: "missing",
});

const fiveOfFive = { periodSeconds: 60, evaluationPeriods: 5, datapointsToAlarm: 5 };
const threeOfThree = { periodSeconds: 60, evaluationPeriods: 3, datapointsToAlarm: 3 };
const once = { periodSeconds: 60, evaluationPeriods: 1, datapointsToAlarm: 1 };

export const ELASTICACHE_ALARMS: AlarmSpec[] = [
  {
    // Redis runs commands on one thread: on a node of 2 vCPUs or fewer, 90 % of one core is 90 ÷ vCPUs of the host.
    ...node(
      "CacheCpu",
      "critical",
      "The node's CPU is over 90 % of one core (90 ÷ vCPUs of the host).",
      "CPUUtilization",
      "Average",
      90,
      fiveOfFive,
    ),
    thresholdBasis: "per-vcpu",
  },
  node(
    "CacheEngineCpuHigh",
    "warning",
    "The Redis engine thread is over 65 % busy: latency grows from here.",
    "EngineCPUUtilization",
    "Average",
    65,
    fiveOfFive,
  ),
  node(
    "CacheEngineCpuCritical",
    "critical",
    "The Redis engine thread is over 90 % busy: commands queue.",
    "EngineCPUUtilization",
    "Average",
    90,
    threeOfThree,
  ),
  node(
    "CacheMemoryHigh",
    "warning",
    "Used memory is over 70 % of maxmemory.",
    "DatabaseMemoryUsagePercentage",
    "Average",
    70,
    fiveOfFive,
  ),
  node(
    "CacheMemoryCritical",
    "critical",
    "Used memory is over 85 % of maxmemory: at 100 % writes fail (noeviction).",
    "DatabaseMemoryUsagePercentage",
    "Average",
    85,
    threeOfThree,
  ),
  node(
    "CacheConnections",
    "warning",
    "Over 5,000 client connections: a client leaks connections or the fleet grew past the node.",
    "CurrConnections",
    "Maximum",
    5000,
    fiveOfFive,
  ),
  node(
    "CacheNewConnections",
    "warning",
    "Over 1,000 new connections a minute: clients reconnect in a loop (no pooling, timeouts, TLS failures).",
    "NewConnections",
    "Sum",
    1000,
    fiveOfFive,
  ),
  {
    // Only replicas report it: the primary's alarm has no data, which is not a breach.
    ...node(
      "CacheReplicationLag",
      "warning",
      "A replica is over 5 s behind its primary: a failover now would lose those writes.",
      "ReplicationLag",
      "Maximum",
      5,
      fiveOfFive,
    ),
    missingData: "notBreaching",
  },
  node(
    "CacheEvictions",
    "critical",
    "Redis evicted keys: for a stream buffer that is lost data (the policy must be noeviction).",
    "Evictions",
    "Sum",
    0,
    once,
  ),
  node(
    "CacheSwap",
    "warning",
    "The node swaps over 50 MB: memory pressure outside Redis's own accounting.",
    "SwapUsage",
    "Maximum",
    50 * 1024 * 1024,
    fiveOfFive,
  ),
  node(
    "CacheAuthFailures",
    "warning",
    "Over 5 failed AUTH attempts a minute: a client has a wrong or rotated token, or someone probes.",
    "AuthenticationFailures",
    "Sum",
    5,
    threeOfThree,
  ),
  {
    name: "CacheFailover",
    group: "elasticache",
    severity: "warning",
    summary: "The node changed role (primary ↔ replica): a failover happened; clients reconnected.",
    scope: "cache-node",
    query: {
      kind: "math",
      namespace: NS,
      expression: "ABS(DIFF(role))",
      label: "role changes",
      metrics: { role: { namespace: NS, metric: "IsMaster", statistic: "Maximum" } },
    },
    // DIFF needs the period before: two periods are fetched, one breach is enough.
    periodSeconds: 60,
    evaluationPeriods: 2,
    datapointsToAlarm: 1,
    threshold: 0,
    comparison: "GreaterThanThreshold",
    missingData: "notBreaching",
  },
];
