// The request-reply workers behind POST /v1/requests/{route}: the Fargate service "Proxy", one consumer group per
// route's stream, scaled on its backlog, on lag age and on CPU, in the private subnets next to ElastiCache.

import { StreamMetric } from "@sluice/observability/metric-names";
import { fargateMain } from "./cluster";
import { groupMetric, lagAgeScaling, targetTracking, worstOf } from "./scaling";
import { production, stage } from "./stage-settings";

// The consumer group every ingress (infra/api.ts) and worker agrees on.
export const proxyGroup = "proxy";

// `name` (built-in echo/delay), `name=echo|delay` or `name=https://upstream/path`: see docs/request-reply.md; the
// names are checked by infra/stage-settings.ts as the worker would.
const proxyRouteNames = stage.proxyRoutes.map((item) => item.split("=")[0] ?? "");
// Requests handled at once per route by one task (the seed's five "terminals" per pod).
const proxyTerminals = stage.proxyTerminals;
// Requests waiting or in progress per task on the busiest route that the backlog policy aims for: by default 80%
// of the terminals busy and nothing queued. Above the terminals, requests queue and the service scales out.
const proxyBacklogPerTask = stage.proxyBacklogPerTask ?? proxyTerminals * 0.8;

export const proxy = fargateMain("Proxy", "functions/services/proxy.ts", {
  // Mostly waiting on Redis and upstreams; CPU matters only for echo-like routes at thousands of requests/s.
  cpu: production ? "0.5 vCPU" : "0.25 vCPU",
  memory: production ? "1 GB" : "0.5 GB",
  // Bounds and the CPU policy come from SST; the backlog and lag-age policies are added below on the same scalable
  // target. CPU stays as a signal (a CPU-bound route can be slow without a long backlog); with several target
  // tracking policies ECS scales out when any asks and scales in only when all agree; the lag-age step policy only
  // ever adds tasks.
  scaling: { min: stage.proxyMinTasks, max: stage.proxyMaxTasks, cpuUtilization: 70 },
  // A request's deadline is at most about 28 s behind API Gateway, so in-flight requests finish within the
  // shutdown timeout.
  environment: {
    SLUICE_PROXY_ROUTES: stage.proxyRoutes.join(","),
    SLUICE_PROXY_TERMINALS: String(proxyTerminals),
    SLUICE_PROXY_GROUP: proxyGroup,
  },
});

// Scaling driven by the backlog, a target tracking policy whose metric is the backlog per task of the busiest route,
// from the EMF metrics every worker emits once a minute per route (namespace Sluice, dimensions Stream=rr.<route> and
// Group=proxy; names in packages/observability):
//   backlog(route) = ConsumerLag + PendingEntries   (requests accepted and not yet answered, as the ingress counts
//                                                    them for its 503; every task and the stream monitor report the
//                                                    same group figures, so their Average is the group's value)
//   tasks          = SampleCount of EntriesProcessed (one data point per running task per minute: only the workers'
//                                                    runners emit it, where the monitor adds a PendingEntries point)
//   metric         = MAX over routes of backlog(route) / tasks
// A backlog per task grows as tasks are removed and shrinks as they are added, which target tracking requires.
// Caveat: a task's once-a-minute flush can fall into the neighbouring minute, so `tasks` is off by one now and then;
// enabling Container Insights and dividing by ECS/ContainerInsights RunningTaskCount would be exact (and cost
// more). Without data (no task running or metrics missing) target tracking does nothing; `min` keeps tasks running.
// The request stream of a route is the ordinary Sluice stream `rr.<route>` (docs/request-reply.md).
const routeMetric = (route: string, metricName: string, stat: string) =>
  groupMetric(`rr.${route}`, proxyGroup, metricName, stat);
const backlogQueries = proxyRouteNames.flatMap((route, i) => [
  { id: `lag${i}`, ...routeMetric(route, StreamMetric.lag, "Average") },
  { id: `pending${i}`, ...routeMetric(route, StreamMetric.pending, "Average") },
  { id: `backlog${i}`, expression: `lag${i} + pending${i}`, label: `backlog rr.${route}`, returnData: false },
]);

export const proxyBacklogPolicy = targetTracking("ProxyBacklogScaling", proxy, proxyBacklogPerTask, [
  ...backlogQueries,
  { id: "tasks", ...routeMetric(proxyRouteNames[0] ?? "", StreamMetric.processed, "SampleCount") },
  {
    id: "backlogPerTask",
    expression: `${worstOf(proxyRouteNames.map((_, i) => `backlog${i}`))} / tasks`,
    label: "proxy backlog per task, busiest route",
    returnData: true,
  },
]);

// Lag age: requests waiting for a terminal. A worker with a free terminal reads a request within milliseconds, so a
// second of waiting means every terminal of every task is busy and callers, whose deadline is at most about 28 s
// away, feel it; the backlog policy aims at 80% busy and arrives a minute later. The minimum stays at least 1: a
// request-reply caller cannot wait for a task to start.
export const proxyLagAgeScaling = lagAgeScaling("Proxy", proxy, {
  pairs: proxyRouteNames.map((route) => ({ stream: `rr.${route}`, group: proxyGroup })),
  keepingUpMs: 1000,
});
