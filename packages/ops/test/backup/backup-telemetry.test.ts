// The backup jobs' figures, metrics and log lines from known manifests and reports: exact names, units and values,
// a run with nothing new, a failed verification, and what the log lines keep of a long report.
import { describe, expect, it } from "vitest";
import {
  type BackupRetentionReport,
  type ChunkRef,
  failedVerificationMetrics,
  type IncrementManifest,
  incrementFigures,
  incrementMetrics,
  retentionLogEntry,
  retentionMetrics,
  type SnapshotManifest,
  type StreamState,
  snapshotFigures,
  snapshotMetrics,
  type VerificationReport,
  verificationLogEntry,
  verificationMetrics,
} from "../../src/backup/index.ts";

const chunk = (key: string, records: number, bytes: number): ChunkRef => ({
  key,
  records,
  bytes,
  sha256: "",
});
const state = (key: string): StreamState => ({
  key,
  length: 0,
  lastGeneratedId: "0-0",
  maxDeletedId: "0-0",
  entriesAdded: 0,
  groups: [],
  capturedAt: 0,
});

describe("snapshot figures and metrics", () => {
  it("count streams, entries, other keys and every chunk's bytes, and time the run", () => {
    const manifest: SnapshotManifest = {
      kind: "sluice.backup.snapshot",
      version: 1,
      id: "20261202T030000000Z-abcd",
      startedAt: 1_000,
      finishedAt: 3_500,
      streams: [
        { state: state("a"), entries: 15, chunks: [chunk("a/0", 10, 100), chunk("a/1", 5, 60)] },
        { state: state("b"), entries: 2, chunks: [chunk("b/0", 2, 40)] },
      ],
      keys: { count: 3, chunks: [chunk("keys/0", 3, 30)] },
    };
    const figures = snapshotFigures(manifest);
    expect(figures).toEqual({
      id: "20261202T030000000Z-abcd",
      streams: 2,
      entries: 17,
      keys: 3,
      bytes: 230,
      durationMs: 2_500,
    });
    expect(snapshotMetrics(figures)).toEqual([
      { name: "SnapshotEntries", unit: "Count", value: 17 },
      { name: "SnapshotBytes", unit: "Bytes", value: 230 },
      { name: "SnapshotStreams", unit: "Count", value: 2 },
      { name: "SnapshotDurationMs", unit: "Milliseconds", value: 2_500 },
    ]);
  });
});

describe("incremental backup figures and metrics", () => {
  it("count the run's records, bytes and the entries gone before it, over the whole run's time", () => {
    const manifest: IncrementManifest = {
      kind: "sluice.backup.increments",
      version: 1,
      id: "run-1",
      startedAt: 0,
      finishedAt: 0,
      chunks: [
        { ...chunk("i/a", 4, 80), stream: "a", firstId: "1-0", lastId: "4-0" },
        { ...chunk("i/b", 1, 20), stream: "b", firstId: "5-0", lastId: "5-0" },
      ],
      gaps: [
        { stream: "a", cursor: "0-0", missing: 2 },
        { stream: "b", cursor: "0-0", missing: 1 },
      ],
    };
    const figures = incrementFigures(manifest, 700);
    expect(figures).toEqual({ id: "run-1", entries: 5, bytes: 100, gapEntries: 3, durationMs: 700 });
    expect(incrementMetrics(figures)).toEqual([
      { name: "IncrementEntries", unit: "Count", value: 5 },
      { name: "IncrementBytes", unit: "Bytes", value: 100 },
      { name: "IncrementGapEntries", unit: "Count", value: 3 },
      { name: "IncrementDurationMs", unit: "Milliseconds", value: 700 },
    ]);
  });

  it("are zero with no id when nothing was new", () => {
    expect(incrementFigures(undefined, 12)).toEqual({
      id: null,
      entries: 0,
      bytes: 0,
      gapEntries: 0,
      durationMs: 12,
    });
  });
});

const verification = (fields: Partial<VerificationReport>): VerificationReport => ({
  kind: "sluice.backup.verification",
  version: 1,
  snapshotId: "s1",
  verifiedAt: 0,
  passed: true,
  streams: 2,
  entries: 1200,
  keys: 1,
  mismatches: [],
  notes: [],
  increments: { runs: 3, entries: 7 },
  error: null,
  durationMs: 900,
  ...fields,
});

describe("verification metrics and log line", () => {
  it("send 0 failed for a pass, 1 for a failure, with the entries and the time", () => {
    expect(verificationMetrics(verification({}))).toEqual([
      { name: "BackupVerificationFailed", unit: "Count", value: 0 },
      { name: "VerifiedEntries", unit: "Count", value: 1200 },
      { name: "VerificationDurationMs", unit: "Milliseconds", value: 900 },
    ]);
    expect(verificationMetrics(verification({ passed: false }))[0]).toEqual({
      name: "BackupVerificationFailed",
      unit: "Count",
      value: 1,
    });
  });

  it("count a run that could not start as failed", () => {
    expect(failedVerificationMetrics(40)).toEqual([
      { name: "BackupVerificationFailed", unit: "Count", value: 1 },
      { name: "VerificationDurationMs", unit: "Milliseconds", value: 40 },
    ]);
  });

  it("log an error for a failure, with the first 20 mismatches and notes", () => {
    const many = (what: string) => Array.from({ length: 25 }, (_, i) => `${what} ${i}`);
    const entry = verificationLogEntry(
      verification({ passed: false, mismatches: many("mismatch"), notes: many("note"), error: "x" }),
    );
    expect(entry).toEqual({
      level: "error",
      msg: "backup verification",
      snapshotId: "s1",
      passed: false,
      streams: 2,
      entries: 1200,
      keys: 1,
      increments: { runs: 3, entries: 7 },
      error: "x",
      mismatches: many("mismatch").slice(0, 20),
      notes: many("note").slice(0, 20),
    });
    expect(verificationLogEntry(verification({})).level).toBe("info");
  });
});

describe("retention metrics and log line", () => {
  const report: BackupRetentionReport = {
    kind: "sluice.backup.retention",
    version: 1,
    at: 0,
    kept: 4,
    deletedSnapshots: ["s1", "s2"],
    newestVerified: "s3",
    deletedIncrementRuns: 5,
    deletedObjects: 31,
    durationMs: 250,
  };

  it("count the snapshots deleted and kept", () => {
    expect(retentionMetrics(report)).toEqual([
      { name: "RetentionDeletedSnapshots", unit: "Count", value: 2 },
      { name: "RetentionKeptSnapshots", unit: "Count", value: 4 },
    ]);
  });

  it("log the counts, not the deleted ids", () => {
    expect(retentionLogEntry(report)).toEqual({
      level: "info",
      msg: "backup retention",
      kept: 4,
      deletedSnapshots: 2,
      newestVerified: "s3",
      deletedIncrementRuns: 5,
      deletedObjects: 31,
      durationMs: 250,
    });
  });
});
