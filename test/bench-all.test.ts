// `npm run bench -- all`: every bench has a report, and the table and docs/performance.md say what the runs measured
// (figures from the bench's JSON line, each target checked against its figure, a failed bench said as failed).
import { describe, expect, it } from "vitest";
import { loadReport } from "../scripts/bench/all.ts";
import { BENCH_NAMES } from "../scripts/bench/bench-table.ts";
import {
  type BenchOutcome,
  consoleTable,
  figureAt,
  figureRows,
  performanceDoc,
} from "../scripts/bench/performance-doc.ts";
import type { BenchReport } from "../scripts/bench/report.ts";

const report: BenchReport = {
  title: "A bench of rates.",
  args: ["--entries", "10"],
  figures: {
    e2e_per_s: { label: "entries/s" },
    vs_peer: { label: "Sluice ÷ peer", target: { text: "≥ 0.95", met: (v) => v >= 0.95 } },
    "latency.p99_ms": { label: "p99 ms", target: { text: "≤ 20 ms", met: (v) => v <= 20 } },
  },
  limits: "redis-server's single thread.",
};
const facts = { date: "2026-12-06", commit: "abc1234", machine: ["2 cores"], quick: false, seconds: 600 };
const ran: BenchOutcome = {
  name: "streams",
  report,
  args: report.args,
  seconds: 42,
  figures: { e2e_per_s: 98_123.4, vs_peer: 0.97, latency: { p99_ms: 25.5 } },
};
const failed: BenchOutcome = {
  name: "lake",
  report,
  args: [],
  seconds: 3,
  failure: "exit code 1: S3 refused",
};

describe("bench -- all", () => {
  it("has a report for every bench, naming figures and saying what limits them", async () => {
    for (const name of BENCH_NAMES) {
      const { title, figures, limits } = await loadReport(name);
      expect(title, name).not.toBe("");
      expect(Object.keys(figures).length, name).toBeGreaterThan(0);
      expect(limits.trim().length, name).toBeGreaterThan(100);
    }
  });

  it("reads dotted figures and checks each target against its figure", () => {
    expect(figureAt({ a: { b: { c: 3 } } }, "a.b.c")).toBe(3);
    expect(figureAt({ a: 1 }, "a.b")).toBeUndefined();
    const rows = figureRows([ran, failed]);
    expect(rows.map((r) => [r.bench, r.key, r.value, r.verdict])).toEqual([
      ["streams", "e2e_per_s", "98,123", ""],
      ["streams", "vs_peer", "0.97", "met"],
      ["streams", "latency.p99_ms", "25.5", "missed"],
      ["lake", "", "exit code 1: S3 refused", ""],
    ]);
    expect(consoleTable(rows).split("\n")[2]).toMatch(/^streams\s+vs_peer\s+0\.97\s+≥ 0\.95\s+met$/);
  });

  it("writes the page: facts, targets at a glance, each bench with its figures, limits and JSON", () => {
    const page = performanceDoc(facts, [ran, failed]);
    expect(page).toContain("at commit abc1234");
    expect(page).toContain("1 of 2 targets met; failed: lake.");
    expect(page).toContain("| streams | p99 ms | 25.5 | ≤ 20 ms | missed |");
    expect(page).toContain("Reproduce: `npm run bench -- streams --entries 10` (42 s in this run).");
    expect(page).toContain("**This bench failed in this run:** exit code 1: S3 refused");
    expect(page).toContain(JSON.stringify(ran.figures));
    expect(page.match(/### What limits these figures/g)).toHaveLength(2);
  });

  it("keeps a small figure's digits", () => {
    const [row] = figureRows([{ ...ran, figures: { e2e_per_s: 0.000123 } }]);
    expect(row?.value).toBe("0.000123");
  });

  it("marks a figure missing from the JSON as missed, not met", () => {
    const [row] = figureRows([{ ...ran, figures: { e2e_per_s: 1 } }]).filter((r) => r.key === "vs_peer");
    expect(row).toMatchObject({ value: "(not in the JSON)", verdict: "missed" });
  });
});
