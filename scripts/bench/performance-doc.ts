// What `npm run bench -- all` prints and writes: from each bench's report (scripts/bench/reports/) and the JSON line
// its run printed, a table of figures with their targets, and docs/performance.md. Pure: the runs are all.ts's.
import type { BenchReport } from "./report.ts";

export interface BenchOutcome {
  name: string;
  report: BenchReport;
  args: string[];
  seconds: number;
  /** The bench's JSON line, parsed; absent when it failed. */
  figures?: Record<string, unknown>;
  /** Why the bench gave no figures: its exit and the last lines it printed on stderr. */
  failure?: string;
}

export interface RunFacts {
  date: string;
  commit: string;
  machine: string[];
  quick: boolean;
  seconds: number;
}

export interface FigureRow {
  bench: string;
  key: string;
  label: string;
  value: string;
  target: string;
  /** "met", "missed", or "" for a figure without a target. */
  verdict: "" | "met" | "missed";
}

/** A figure of a bench's JSON by its key, which may be a dotted path into nested objects ("modes.plain.p99"). */
export function figureAt(figures: Record<string, unknown>, key: string): unknown {
  let value: unknown = figures;
  for (const part of key.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function formatValue(value: unknown): string {
  if (value === undefined) return "(not in the JSON)";
  if (typeof value !== "number") return typeof value === "string" ? value : JSON.stringify(value);
  // Large figures to the unit, others to 2 decimals, small ones (an SSIM gap of 0.0001) to 3 significant digits.
  if (value !== 0 && Math.abs(value) < 1)
    return value.toLocaleString("en-US", { maximumSignificantDigits: 3 });
  return value.toLocaleString("en-US", { maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 2 });
}

/** One row per figure a report names, for every bench; a failed bench has one row saying so. */
export function figureRows(outcomes: BenchOutcome[]): FigureRow[] {
  return outcomes.flatMap((outcome): FigureRow[] => {
    const { figures } = outcome;
    if (figures === undefined) {
      const failure = outcome.failure ?? "no figures";
      return [{ bench: outcome.name, key: "", label: "failed", value: failure, target: "", verdict: "" }];
    }
    return Object.entries(outcome.report.figures).map(([key, { label, target }]) => {
      const value = figureAt(figures, key);
      const verdict =
        target === undefined ? "" : typeof value === "number" && target.met(value) ? "met" : "missed";
      return {
        bench: outcome.name,
        key,
        label,
        value: formatValue(value),
        target: target?.text ?? "",
        verdict,
      };
    });
  });
}

/** The rows as aligned text for the terminal. */
export function consoleTable(rows: FigureRow[]): string {
  const cells = [
    ["bench", "figure", "value", "target", ""],
    ...rows.map((r) => [r.bench, r.key || r.label, r.value, r.target, r.verdict]),
  ];
  const widths =
    cells[0]?.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length))) ?? [];
  return cells
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const escapeCell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
const command = (name: string, args: string[]) => ["npm run bench --", name, ...args].join(" ");

function benchSection(outcome: BenchOutcome, rows: FigureRow[]): string {
  const { name, report, args, seconds, figures } = outcome;
  const lines = [
    `## ${name}`,
    "",
    report.title,
    "",
    `Reproduce: \`${command(name, args)}\` (${Math.round(seconds)} s in this run).`,
    "",
  ];
  if (figures === undefined) {
    lines.push(`**This bench failed in this run:** ${escapeCell(outcome.failure ?? "no figures")}`, "");
  } else {
    lines.push("| figure | value | target |", "|---|---|---|");
    for (const row of rows) {
      const target = row.target === "" ? "" : `${row.target}: **${row.verdict}**`;
      lines.push(
        `| ${escapeCell(row.label)} (\`${row.key}\`) | ${escapeCell(row.value)} | ${escapeCell(target)} |`,
      );
    }
    lines.push("");
  }
  lines.push("### What limits these figures", "", report.limits.trim(), "");
  if (figures !== undefined) {
    lines.push(
      "<details><summary>The bench's JSON line</summary>",
      "",
      "```json",
      JSON.stringify(figures),
      "```",
    );
    lines.push("", "</details>", "");
  }
  return lines.join("\n");
}

/** docs/performance.md: the run's facts, the targets at a glance, then every bench with its figures and limits. */
export function performanceDoc(facts: RunFacts, outcomes: BenchOutcome[]): string {
  const rows = figureRows(outcomes);
  const targets = rows.filter((row) => row.verdict !== "");
  const failed = outcomes.filter((outcome) => outcome.figures === undefined);
  const lines = [
    "# Performance",
    "",
    `Written by \`npm run bench -- all${facts.quick ? " --quick" : ""}\` on ${facts.date} at commit ${facts.commit}, ` +
      `in ${Math.round(facts.seconds / 60)} minutes; rerun it to bring this page up to date (do not edit it by hand: ` +
      "what a bench measures, its targets and what limits it live in `scripts/bench/reports/`).",
    "",
    "Each bench runs Sluice side by side with what users would pick instead, in one run: they take turns, round",
    "after round, and the figures are medians of the rounds, so the noise of a shared machine lands on all alike.",
    "Ratios are the figures to compare between machines; absolute rates depend on the machine below.",
    "",
    "## Machine",
    "",
    ...facts.machine.map((line) => `- ${line}`),
    "",
    "## How to reproduce",
    "",
    "```sh",
    "npm ci",
    "npm run bench -- all              # every bench, then this page",
    "npm run bench -- all --only lake  # some of them (the page is written only for a full run, or with --out)",
    ...outcomes.map((o) => command(o.name, o.args)),
    "```",
    "",
    "## Targets at a glance",
    "",
    `${targets.filter((row) => row.verdict === "met").length} of ${targets.length} targets met` +
      (failed.length > 0 ? `; failed: ${failed.map((o) => o.name).join(", ")}` : "") +
      ". A missed target's bench section says what limits it and what would move it.",
    "",
    "| bench | figure | value | target | |",
    "|---|---|---|---|---|",
    ...targets.map(
      (r) =>
        `| ${r.bench} | ${escapeCell(r.label)} | ${escapeCell(r.value)} | ${escapeCell(r.target)} | ${r.verdict} |`,
    ),
    "",
  ];
  for (const outcome of outcomes) {
    lines.push(
      benchSection(
        outcome,
        rows.filter((row) => row.bench === outcome.name),
      ),
    );
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
