// The chaos run of `npm run chaos`, seeded, with a fixed schedule of one fault of every kind (and kills of the
// consumer, the gateway and the API), on the same launcher, topology and books: the invariants only, no timings.
// About 90 s here (one minute of faults, the launch and the books): a long test, for what the whole platform
// promises under faults.
import { expect, it } from "vitest";
import type { FaultPlan } from "../scripts/chaos/faults.ts";
import { runChaos } from "../scripts/chaos/run-chaos.ts";

const SCHEDULE: FaultPlan[] = [
  { kind: "primary_kill" },
  { kind: "process_kill", service: "consumer" },
  { kind: "graceful_failover" },
  { kind: "process_kill", service: "gateway" },
  { kind: "demotion" },
  { kind: "partition", ms: 2000 },
  { kind: "process_kill", service: "api" },
  { kind: "latency", addedMs: 300, ms: 3000 },
];

it("loses no durable publish, duplicates no idempotent one, hangs no request, leaves nothing pending and writes the lake once", async () => {
  const lines: string[] = [];
  const { report } = await runChaos({
    minutes: 1,
    seed: 17,
    schedule: SCHEDULE,
    print: (line) => lines.push(line),
  });
  const context = lines.join("\n");
  expect(
    Object.values(report.faults).reduce((a, b) => a + b, 0),
    context,
  ).toBeGreaterThanOrEqual(SCHEDULE.length);
  expect(report.confirmed, context).toBeGreaterThan(100);
  expect(report.confirmed_durable, context).toBeGreaterThan(0);
  expect(report.requests, context).toBeGreaterThan(0);
  expect(
    {
      lost_durable: report.lost_durable,
      duplicated_idempotent: report.duplicated_idempotent,
      requests_hung: report.requests_hung,
      pending_after_settle: report.pending_after_settle,
      lake_rows_missing: report.lake_rows_missing,
      lake_rows_duplicated: report.lake_rows_duplicated,
    },
    context,
  ).toEqual({
    lost_durable: 0,
    duplicated_idempotent: 0,
    requests_hung: 0,
    pending_after_settle: 0,
    lake_rows_missing: 0,
    lake_rows_duplicated: 0,
  });
}, 300_000);
