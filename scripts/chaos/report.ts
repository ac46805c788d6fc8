// What a chaos run prints: a progress line per fault, a summary of what the books found, and last the JSON line
// whose keys issue 17 fixes. DEFINITIONS is the one text of what each figure means (the CLI's usage prints it;
// docs/reliability.md's "Chaos run" says the same).
import type { Books } from "./books.ts";
import type { PublishRecord } from "./careful-publish.ts";
import { FAULT_KINDS, type FaultKind } from "./faults.ts";
import type { RequestFigures } from "./traffic.ts";

export const DEFINITIONS = `figures of the JSON line:
  faults                 faults injected, by kind: process_kill (kill -9 of a launched process; the launcher
                         restarts it), primary_kill (kill -9 of the Redis primary; the tool promotes the replica,
                         re-points the endpoint and restarts the old node as the new replica), graceful_failover
                         (FAILOVER, then the endpoint flips), demotion (FAILOVER with the endpoint left on the
                         demoted node for 1.5 s: READONLY), partition (SIGSTOP of the primary 1-4 s), latency
                         (100-600 ms added on the endpoint for 2-5 s)
  confirmed              publishes confirmed to the producer (HTTP 201 / gRPC OK), chaos stream and lake stream
  confirmed_durable      of those, the ones that asked for a replica (Sluice-Durability: replicated / durable)
  lost_durable           confirmed durable publishes whose id is not in Redis (chaos stream) nor in the lake
                         (lake stream): must be 0
  lost_other             the same for confirmed publishes that did not ask to be durable: asynchronous replication
                         loses what a primary confirmed in its last moments before a kill -9
  duplicated_idempotent  idempotency keys stored under more than one entry (chaos stream) or lake row id (lake)
  redelivered            deliveries to the tool's gRPC Subscribe (group chaos-audit) beyond an entry's first
  requests               request-reply calls made (POST /v1/requests/echo, deadline 2 s)
  requests_hung          of those, calls with no answer 10 s after their deadline (any status counts as an answer)
  max_recovery_s         the longest time from the end of a fault (or the promotion) until a publish was confirmed
                         and delivered to the consumer service's group again (a killed consumer must be back for
                         that; a killed API or gateway not, as the other front door publishes: each line says
                         when a killed process served again)
  pending_after_settle   entries pending or not yet delivered in any group of any stream, after traffic stopped,
                         the platform settled (longer than the 5 s visibility timeouts) and the lake writer ran
  lake_rows_missing      confirmed lake publishes with no row in the lake's Parquet files
  lake_rows_duplicated   rows beyond the first with the same stream id in the lake's Parquet files
The chaos stream's consumer runs with retention off (SLUICE_RETENTION=off), so the stream holds every entry
written and the books read it whole; the lake writer trims what it has written, so lake events are checked in S3.`;

export interface FaultOutcome {
  kind: FaultKind;
  target: string;
  durationS: number;
  /** Undefined: not recovered within the cap. */
  recoveryS: number | undefined;
  /** A killed process: seconds until it served again. */
  restartS?: number;
}

export interface ChaosReport {
  bench: "chaos";
  minutes: number;
  seed: number;
  faults: Record<FaultKind, number>;
  confirmed: number;
  confirmed_durable: number;
  lost_durable: number;
  lost_other: number;
  duplicated_idempotent: number;
  redelivered: number;
  requests: number;
  requests_hung: number;
  max_recovery_s: number | null;
  pending_after_settle: number;
  lake_rows_missing: number;
  lake_rows_duplicated: number;
}

const seconds = (s: number) => `${s.toFixed(1)} s`;

/** `fault 3 primary_kill redis 40123: 1.2 s, recovered in 2.1 s` */
export function faultLine(index: number, outcome: FaultOutcome): string {
  const recovered =
    outcome.recoveryS === undefined
      ? "NOT recovered within the cap"
      : `recovered in ${seconds(outcome.recoveryS)}`;
  const restarted =
    outcome.restartS === undefined ? "" : `, serving again after ${seconds(outcome.restartS)}`;
  return `fault ${index} ${outcome.kind} ${outcome.target}: ${seconds(outcome.durationS)}, ${recovered}${restarted}`;
}

export function chaosReport(options: {
  minutes: number;
  seed: number;
  outcomes: FaultOutcome[];
  books: Books;
  redelivered: number;
  requests: RequestFigures;
}): ChaosReport {
  const { minutes, seed, outcomes, books, redelivered, requests } = options;
  const faults = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;
  for (const outcome of outcomes) faults[outcome.kind] += 1;
  const unrecovered = outcomes.some((o) => o.recoveryS === undefined);
  const recoveries = outcomes.map((o) => o.recoveryS ?? 0);
  return {
    bench: "chaos",
    minutes,
    seed,
    faults,
    confirmed: books.confirmed,
    confirmed_durable: books.confirmed_durable,
    lost_durable: books.lost_durable,
    lost_other: books.lost_other,
    duplicated_idempotent: books.duplicated_idempotent,
    redelivered,
    requests: requests.sent,
    requests_hung: requests.hung,
    // null: a fault after which the platform did not recover within the cap (its line says which).
    max_recovery_s: unrecovered ? null : Math.round(Math.max(0, ...recoveries) * 10) / 10,
    pending_after_settle: books.pending_after_settle,
    lake_rows_missing: books.lake_rows_missing,
    lake_rows_duplicated: books.lake_rows_duplicated,
  };
}

/** The lines before the JSON: what was not confirmed, what was lost and when, what did not settle. */
export function summaryLines(
  books: Books,
  records: readonly PublishRecord[],
  requests: RequestFigures,
  frames: Record<string, number>,
  faultTimes: { kind: FaultKind; from: number; to: number }[],
): string[] {
  const unconfirmed = records.filter((r) => r.id === undefined);
  const lines = [
    `publishes: ${records.length} made, ${books.confirmed} confirmed (${books.confirmed_durable} durable), ${unconfirmed.length} not confirmed${unconfirmed.length > 0 ? `: ${counts(tally(unconfirmed.map((r) => r.failure ?? "?")))}` : ""}`,
    `requests: ${requests.sent} sent, answered ${counts(requests.answers)}; ${requests.hung} hung`,
    `frames: ${counts(frames)}`,
  ];
  for (const lost of books.lost) {
    const during = faultTimes.find(
      (f) => (lost.confirmedAt as number) >= f.from - 1000 && (lost.confirmedAt as number) <= f.to + 1000,
    );
    lines.push(
      `lost: ${lost.stream} ${lost.key} id ${lost.id} (${lost.durable ? "durable" : "not durable"}, via ${lost.via}), confirmed ${during ? `around a ${during.kind}` : "outside any fault"}`,
    );
  }
  for (const group of books.unsettled) lines.push(`not settled: ${group}`);
  for (const [stream, n] of Object.entries(books.deadLettered)) lines.push(`dead-lettered: ${stream} ${n}`);
  return lines;
}

/** How many times each item occurs. */
export function tally(items: string[], into: Record<string, number> = {}): Record<string, number> {
  for (const item of items) into[item] = (into[item] ?? 0) + 1;
  return into;
}

/** `12 × 200, 3 × 503`, or `none`. */
function counts(record: Record<string, number>): string {
  return (
    Object.entries(record)
      .map(([item, n]) => `${n} × ${item}`)
      .join(", ") || "none"
  );
}
