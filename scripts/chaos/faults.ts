// The chaos run's faults, one at a time: what each does to the topology or a launched process, a seeded random
// schedule for the CLI and the plan format a fixed schedule (the test's) is written in. Each injection resolves
// once the fault is over (a killed node replaced, a frozen one resumed, the added latency removed) with the moment
// recovery is timed from: the end of the fault, or the promotion after a kill -9 of the primary.
import { type Random, Weighted } from "../generate/bsky-random.ts";
import { type Launched, SERVICE_NAMES, type ServiceName } from "../launcher/launch.ts";
import type { Topology } from "./topology.ts";

export const FAULT_KINDS = [
  "process_kill",
  "primary_kill",
  "graceful_failover",
  "demotion",
  "partition",
  "latency",
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** One fault to inject: its kind, the process for process_kill, and for partition and latency how long (and how much). */
export type FaultPlan =
  | { kind: "process_kill"; service: ServiceName }
  | { kind: "primary_kill" | "graceful_failover" | "demotion" }
  | { kind: "partition"; ms: number }
  | { kind: "latency"; addedMs: number; ms: number };

export interface Injected {
  /** What was hit: a service with its pid, a Redis node's port, the endpoint. */
  target: string;
  /** performance.now() when the fault began and when recovery is timed from. */
  startedAt: number;
  recoveryFrom: number;
  /** A killed process: resolves once it serves again. */
  ready?: () => Promise<void>;
}

/** How often each kind comes up in a random schedule (process kills spread over six services). */
const KINDS = new Weighted<FaultKind>([
  ["process_kill", 3],
  ["primary_kill", 1.5],
  ["graceful_failover", 1],
  ["demotion", 1],
  ["partition", 1.5],
  ["latency", 1],
]);

/** The next fault of a seeded schedule. */
export function randomFault(random: Random): FaultPlan {
  const kind = KINDS.pick(random);
  switch (kind) {
    case "process_kill":
      return { kind, service: random.pick(SERVICE_NAMES) };
    case "partition":
      return { kind, ms: random.between(1000, 4000) };
    case "latency":
      return { kind, addedMs: random.between(100, 600), ms: random.between(2000, 5000) };
    default:
      return { kind };
  }
}

export async function injectFault(
  plan: FaultPlan,
  topology: Topology,
  launched: Launched,
): Promise<Injected> {
  const startedAt = performance.now();
  const ended = (target: string, extra: Partial<Injected> = {}): Injected => ({
    target,
    startedAt,
    recoveryFrom: performance.now(),
    ...extra,
  });
  const node = () => `redis ${topology.primary().port}`;
  switch (plan.kind) {
    case "process_kill": {
      const service = launched.services[plan.service];
      const target = `${plan.service} pid ${service.pid}`;
      await service.kill("SIGKILL");
      return ended(target, { ready: () => service.ready() });
    }
    case "primary_kill": {
      const target = node();
      const { promotedAt } = await topology.killPrimary();
      return { ...ended(target), recoveryFrom: promotedAt };
    }
    case "graceful_failover": {
      const target = node();
      await topology.gracefulFailover();
      return ended(target);
    }
    case "demotion": {
      const target = node();
      await topology.demotion();
      return ended(target);
    }
    case "partition": {
      const target = node();
      await topology.partition(plan.ms);
      return ended(target);
    }
    case "latency":
      await topology.latency(plan.addedMs, plan.ms);
      return ended(`endpoint +${plan.addedMs} ms`);
  }
}
