// Backup verification: restores a snapshot into a scratch Redis (which must be empty: never a live one), reads
// every stream back and compares it with what the manifest says the source had — length, last id, entries added,
// max deleted id, each group's position, entries-read, lag, consumers and pending entries with owner, delivery
// count and time — then replays the incremental backups taken since, so every chunk's checksum is checked too.
import { compareIds, type RedisClient, typed } from "@sluice/streams";
import type { BackupStore } from "./backup-store.ts";
import { replayIncrements } from "./replay.ts";
import { loadManifest, restoreSnapshot, type UnrestoredPending } from "./restore.ts";
import type { GroupState, StreamState } from "./stream-state.ts";
import { captureStream } from "./stream-state.ts";

/** A pending entry's delivery time may differ by this much (the two servers' clocks, the capture's rounding). */
const DELIVERY_TIME_SLACK_MS = 2000;

export interface VerifyOptions {
  /** An empty Redis the job owns; it is left holding the restored data. */
  scratch: RedisClient;
  store: BackupStore;
  /** Default: the newest complete snapshot. */
  snapshotId?: string;
}

export interface VerificationReport {
  kind: "sluice.backup.verification";
  version: 1;
  snapshotId: string;
  /** Epoch ms. */
  verifiedAt: number;
  /** Every stream came back as the manifest says and every chunk matched its checksum. */
  passed: boolean;
  streams: number;
  entries: number;
  keys: number;
  /** Differences between the restored data and the manifest (any fails the verification). */
  mismatches: string[];
  /**
   * What the backup itself says cannot be restored (pending ids whose entries were trimmed before the snapshot,
   * entries gone before an incremental run): reported, not failed on.
   */
  notes: string[];
  /** Incremental runs replayed after the snapshot and the entries they added. */
  increments: { runs: number; entries: number };
  /** Why the restore stopped (a corrupt or missing object), when it did. */
  error: string | null;
  durationMs: number;
}

export async function verifyBackup(options: VerifyOptions): Promise<VerificationReport> {
  const started = Date.now();
  const { scratch, store } = options;
  const manifest = await loadManifest(store, options.snapshotId);
  const report: VerificationReport = {
    kind: "sluice.backup.verification",
    version: 1,
    snapshotId: manifest.id,
    verifiedAt: started,
    passed: false,
    streams: manifest.streams.length,
    entries: manifest.streams.reduce((sum, s) => sum + s.entries, 0),
    keys: manifest.keys.count,
    mismatches: [],
    notes: [],
    increments: { runs: 0, entries: 0 },
    error: null,
    durationMs: 0,
  };
  try {
    const restored = await restoreSnapshot({ redis: scratch, store, snapshotId: manifest.id });
    report.mismatches.push(...restored.problems);
    report.notes.push(...(await explainUnrestored(scratch, restored.unrestoredPending, report.mismatches)));
    const explained = new Set(restored.unrestoredPending.map((p) => pendingKey(p.stream, p.group, p.id)));
    for (const backup of manifest.streams) {
      const actual = await captureStream(scratch, backup.state.key);
      report.mismatches.push(...compareStream(backup.state, backup.entries, actual, explained));
    }
    const problems: string[] = [];
    const replay = await replayIncrements(scratch, store, manifest, Number.POSITIVE_INFINITY, problems);
    report.notes.push(...problems);
    report.increments = {
      runs: replay.runs,
      entries: Object.values(replay.replayed).reduce((sum, n) => sum + n, 0),
    };
  } catch (error) {
    report.error = error instanceof Error ? error.message : String(error);
  }
  report.passed = report.error === null && report.mismatches.length === 0;
  report.durationMs = Date.now() - started;
  return report;
}

const pendingKey = (stream: string, group: string, id: string) => `${stream}\0${group}\0${id}`;

/**
 * What differs between a stream as the snapshot captured it and as it was restored, one line each. A pending entry
 * missing from the restored stream is a difference unless `explained` (pendingKey) holds it: the restore said why.
 */
export function compareStream(
  expected: StreamState,
  entries: number,
  actual: StreamState,
  explained: ReadonlySet<string> = new Set(),
): string[] {
  const key = expected.key;
  const out: string[] = [];
  const same = (what: string, want: unknown, got: unknown) => {
    if (want !== got) out.push(`${key}: ${what} is ${String(got)}, the manifest says ${String(want)}`);
  };
  same("length", entries, actual.length);
  same("last id", expected.lastGeneratedId, actual.lastGeneratedId);
  same("entries added", expected.entriesAdded, actual.entriesAdded);
  same("max deleted id", expected.maxDeletedId, actual.maxDeletedId);
  const groups = new Map(actual.groups.map((g) => [g.name, g]));
  for (const want of expected.groups) {
    const got = groups.get(want.name);
    if (!got) {
      out.push(`${key}: group ${want.name} is missing`);
      continue;
    }
    groups.delete(want.name);
    const group = `group ${want.name}`;
    same(`${group} last-delivered id`, want.lastDeliveredId, got.lastDeliveredId);
    same(`${group} entries-read`, want.entriesRead, got.entriesRead);
    if (want.lag !== null) same(`${group} lag`, want.lag, got.lag);
    same(`${group} consumers`, [...want.consumers].sort().join(","), [...got.consumers].sort().join(","));
    out.push(...comparePending(key, want, got, explained));
  }
  for (const extra of groups.keys()) out.push(`${key}: group ${extra} is not in the manifest`);
  return out;
}

/** Pending entries lost, restored with another owner, count or time, or restored that the source did not have. */
function comparePending(
  key: string,
  want: GroupState,
  got: GroupState,
  explained: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  const restored = new Map(got.pending.map((p) => [p.id, p]));
  for (const p of want.pending) {
    const r = restored.get(p.id);
    restored.delete(p.id);
    if (!r) {
      if (!explained.has(pendingKey(key, want.name, p.id)))
        out.push(`${key}: group ${want.name} pending ${p.id} of ${p.consumer} is missing`);
      continue;
    }
    if (r.consumer !== p.consumer || r.deliveries !== p.deliveries) {
      out.push(
        `${key}: group ${want.name} pending ${p.id} is ${r.consumer}×${r.deliveries}, the manifest says ${p.consumer}×${p.deliveries}`,
      );
    } else if (Math.abs(r.deliveredAt - p.deliveredAt) > DELIVERY_TIME_SLACK_MS) {
      out.push(
        `${key}: group ${want.name} pending ${p.id} was delivered at ${r.deliveredAt}, the manifest says ${p.deliveredAt}`,
      );
    }
  }
  for (const id of [...restored.keys()].sort(compareIds))
    out.push(`${key}: group ${want.name} pending ${id} is not in the manifest`);
  return out;
}

/**
 * Pending entries the restore could not claim: a note when their entry is not in the backup either (the source had
 * trimmed it: nothing to claim), a mismatch when it is (the restore lost it). Returns the notes.
 */
async function explainUnrestored(
  scratch: RedisClient,
  unrestored: readonly UnrestoredPending[],
  mismatches: string[],
): Promise<string[]> {
  const notes: string[] = [];
  for (const p of unrestored) {
    const entry = (await typed(scratch.xrange(p.stream, p.id, p.id))) as unknown[];
    const line = `${p.stream}: group ${p.group} pending ${p.id} of ${p.consumer} not restored`;
    if (entry.length === 0) notes.push(`${line}: its entry is not in the backup (trimmed in the source)`);
    else mismatches.push(`${line} (${p.reason}), although its entry is`);
  }
  return notes;
}
