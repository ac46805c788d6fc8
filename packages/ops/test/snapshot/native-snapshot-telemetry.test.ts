// The native snapshot job's metrics and log line from known reports: created or not, problems counted, and a warning
// whenever no snapshot was started or something failed.
import { describe, expect, it } from "vitest";
import {
  type NativeSnapshotReport,
  nativeSnapshotLogEntry,
  nativeSnapshotMetrics,
  nativeSnapshotSummary,
} from "../../src/snapshot/index.ts";

const report = (fields: Partial<NativeSnapshotReport>): NativeSnapshotReport => ({
  kind: "sluice.ops.native-snapshot",
  version: 1,
  at: Date.UTC(2026, 11, 2, 3, 30),
  replicationGroupId: "sluice-prod-redis",
  created: "sluice-sluice-prod-redis-20261202-0330",
  skipped: null,
  manualInLast24h: 1,
  exported: [],
  deleted: [],
  problems: [],
  ...fields,
});

describe("native snapshot metrics", () => {
  it("say 1 created and count the problems", () => {
    expect(nativeSnapshotMetrics(report({ problems: ["export x: denied", "delete y: gone"] }))).toEqual([
      { name: "NativeSnapshotCreated", unit: "Count", value: 1 },
      { name: "NativeSnapshotProblems", unit: "Count", value: 2 },
    ]);
  });

  it("say 0 created when the run skipped", () => {
    const skipped = report({ created: null, skipped: { reason: "quota", message: "20 of 20" } });
    expect(nativeSnapshotMetrics(skipped)).toEqual([
      { name: "NativeSnapshotCreated", unit: "Count", value: 0 },
      { name: "NativeSnapshotProblems", unit: "Count", value: 0 },
    ]);
  });

  it("log the summary, as a warning when nothing was created or something failed", () => {
    const created = report({});
    expect(nativeSnapshotLogEntry(created)).toEqual({
      level: "info",
      msg: "native snapshot",
      summary: nativeSnapshotSummary(created),
    });
    expect(nativeSnapshotLogEntry(report({ created: null })).level).toBe("warn");
    expect(nativeSnapshotLogEntry(report({ problems: ["delete y: gone"] })).level).toBe("warn");
  });
});
