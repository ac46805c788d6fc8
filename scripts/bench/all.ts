// `npm run bench -- all [--quick] [--only name,...] [--out FILE]`: every bench, one after another, each in its own
// process (so one's memory, threads and servers do not weigh on the next), its lines passed through under its name;
// then a table of the figures each bench's report names (scripts/bench/reports/<name>.ts), with their targets, and,
// for a full run of every bench, docs/performance.md. A bench that fails is reported as failed and the rest still run;
// the exit code is then 1.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { UsageError } from "../usage-error.ts";
import { BENCH_NAMES, type BenchName } from "./bench-table.ts";
import { loadAverage, machineFacts } from "./machine.ts";
import { type BenchOutcome, consoleTable, figureRows, performanceDoc } from "./performance-doc.ts";
import type { BenchReport } from "./report.ts";

const USAGE = "usage: npm run bench -- all [--quick] [--only name,...] [--out FILE]";
const ROOT = new URL("../../", import.meta.url);
const BENCH_SCRIPT = fileURLToPath(new URL("scripts/bench.ts", ROOT));
const DOC = fileURLToPath(new URL("docs/performance.md", ROOT));
const STDERR_KEPT = 5;

interface Options {
  quick: boolean;
  only: BenchName[];
  out: string | undefined;
}

function parseOptions(argv: string[]): Options {
  let values: { quick?: boolean; only?: string; out?: string };
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: { quick: { type: "boolean" }, only: { type: "string" }, out: { type: "string" } },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const only = values.only === undefined ? BENCH_NAMES : values.only.split(",").map((name) => name.trim());
  const unknown = only.filter((name) => !(BENCH_NAMES as string[]).includes(name));
  if (unknown.length > 0 || only.length === 0) {
    throw new UsageError(
      `--only takes bench names among ${BENCH_NAMES.join(", ")}; got ${values.only}\n${USAGE}`,
    );
  }
  // A page of quick or partial figures must be asked for by name: docs/performance.md holds full runs.
  const full = values.quick !== true && only.length === BENCH_NAMES.length;
  return {
    quick: values.quick === true,
    only: only as BenchName[],
    out: values.out ?? (full ? DOC : undefined),
  };
}

export async function loadReport(name: BenchName): Promise<BenchReport> {
  const module = (await import(new URL(`./reports/${name}.ts`, import.meta.url).href)) as {
    REPORT: BenchReport;
  };
  return module.REPORT;
}

/** The bench's last non-empty stdout line, parsed, or why there is none. */
function outcomeOf(
  lastLine: string | undefined,
  code: number | null,
  signal: string | null,
  stderr: string[],
) {
  if (code !== 0) {
    const exit = signal === null ? `exit code ${code}` : `signal ${signal}`;
    return { failure: `${exit}${stderr.length > 0 ? `: ${stderr.join(" / ")}` : ""}` };
  }
  try {
    const figures: unknown = JSON.parse(lastLine ?? "");
    if (figures !== null && typeof figures === "object" && !Array.isArray(figures)) {
      return { figures: figures as Record<string, unknown> };
    }
  } catch {}
  return { failure: `its last line is not a JSON object: ${lastLine?.slice(0, 200)}` };
}

async function runBench(name: BenchName, report: BenchReport, quick: boolean): Promise<BenchOutcome> {
  const args = quick ? (report.quickArgs ?? report.args) : report.args;
  console.log(`\n=== bench ${name} ${args.join(" ")} (load average ${loadAverage()})`);
  const started = performance.now();
  const child = spawn(process.execPath, [...process.execArgv, BENCH_SCRIPT, name, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let lastLine: string | undefined;
  const stderr: string[] = [];
  createInterface({ input: child.stdout }).on("line", (line) => {
    console.log(`[${name}] ${line}`);
    if (line.trim() !== "") lastLine = line;
  });
  createInterface({ input: child.stderr }).on("line", (line) => {
    console.error(`[${name}] ${line}`);
    stderr.push(line);
    if (stderr.length > STDERR_KEPT) stderr.shift();
  });
  const [code, signal] = (await once(child, "close")) as [number | null, string | null];
  const seconds = (performance.now() - started) / 1000;
  return { name, report, args, seconds, ...outcomeOf(lastLine, code, signal, stderr) };
}

function commitOf(): Promise<string> {
  return new Promise((resolve) => {
    const git = spawn("git", ["describe", "--always", "--dirty"], { cwd: fileURLToPath(ROOT) });
    let out = "";
    git.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    git.on("error", () => resolve("unknown"));
    git.on("close", (code) => resolve(code === 0 ? out.trim() : "unknown"));
  });
}

export async function run(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const started = performance.now();
  const date = new Date().toISOString().slice(0, 10);
  const machine = [...machineFacts(), `load average at the start: ${loadAverage()}`];
  const commit = await commitOf(); // what was measured: the tree as the run began
  const outcomes: BenchOutcome[] = [];
  for (const name of options.only) outcomes.push(await runBench(name, await loadReport(name), options.quick));
  const seconds = (performance.now() - started) / 1000;
  machine.push(`load average at the end: ${loadAverage()}`);
  console.log(`\n${consoleTable(figureRows(outcomes))}`);
  if (options.out !== undefined) {
    const facts = { date, commit, machine, quick: options.quick, seconds };
    await writeFile(options.out, performanceDoc(facts, outcomes));
    console.log(`\nwrote ${options.out}`);
  }
  const failed = outcomes.filter((outcome) => outcome.figures === undefined).map((outcome) => outcome.name);
  console.log(
    JSON.stringify({
      bench: "all",
      seconds: Math.round(seconds),
      failed,
      figures: Object.fromEntries(outcomes.map((outcome) => [outcome.name, outcome.figures ?? null])),
    }),
  );
  if (failed.length > 0) process.exitCode = 1;
}
