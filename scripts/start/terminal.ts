// npm start's terminal: its own lines (summary, status, job and alarm lines) and one short line per error, naming
// where to read it in full. What the components it hosts write to stdout and stderr — the Lambda handlers' and
// the services' JSON logs, errors printed with their stacks — goes to the log file instead (as Lambda and ECS send
// a process's output to CloudWatch Logs): JSON lines as they are, anything else as one JSON line that holds it.
// Secrets are redacted from everything, file and terminal, whether the component redacted its own lines or not.
import { redactSecrets } from "@sluice/streams";
import { errorLine } from "../cli.ts";

export interface Terminal {
  /** One line on the terminal. */
  print(line: string): void;
  /** A component's log line: to the log, and if it is an error, one short line on the terminal. */
  log(line: string): void;
  /** A failure of `what`: in full (with its stack) to the log, one short line on the terminal. */
  failed(what: string, error: unknown): void;
  /** Gives stdout and stderr back. */
  release(): void;
}

/** The same short error line is printed at most once in this long: Redis going away fails everything at once. */
const REPEAT_MS = 60_000;
const MAX_SHORT = 240;

type Write = typeof process.stdout.write;

/** Takes over stdout and stderr: their lines go to `writeLog` like the components' own; errors are printed short. */
export function captureOutput({
  writeLog,
  logFile,
}: {
  writeLog: (line: string) => void;
  logFile: string;
}): Terminal {
  const originals = { out: process.stdout.write, err: process.stderr.write };
  const terminal = (line: string) => originals.out.call(process.stdout, `${line}\n`);
  const printedAt = new Map<string, number>();
  const time = () => new Date().toISOString().slice(11, 19);
  const short = (text: string) => {
    const line = text.length > MAX_SHORT ? `${text.slice(0, MAX_SHORT - 1)}…` : text;
    const now = Date.now();
    const last = printedAt.get(line);
    if (last !== undefined && now - last < REPEAT_MS) return;
    // Lines older than the window are free to print again: forget them, so the map holds a minute's lines at most.
    for (const [old, at] of printedAt) if (now - at >= REPEAT_MS) printedAt.delete(old);
    printedAt.set(line, now);
    terminal(`${time()}  error  ${line} (full log: ${logFile})`);
  };
  const log = (raw: string) => {
    const line = redactSecrets(raw);
    writeLog(line);
    // A cheap look first: most lines are EMF metrics and info.
    const record = /"level":"(error|fatal)"/.test(line) ? parseRecord(line) : undefined;
    if (record && (record.level === "error" || record.level === "fatal")) short(describeRecord(record));
  };
  const fromStdout = (line: string) =>
    log(parseRecord(line) ? line : JSON.stringify({ level: "info", msg: "stdout", text: line }));
  // One write to stderr is one message (console.error of an Error writes its stack and fields at once).
  const fromStderr = (raw: string) => {
    const text = redactSecrets(raw);
    const record = parseRecord(text.trim());
    writeLog(record ? text.trim() : JSON.stringify({ level: "error", msg: "stderr", text: text.trimEnd() }));
    short(record ? describeRecord(record) : (text.trim().split("\n")[0] ?? ""));
  };
  let pending = "";
  process.stdout.write = capture((text) => {
    const lines = (pending + text).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (line !== "") fromStdout(line);
  });
  process.stderr.write = capture(fromStderr);
  return {
    print: terminal,
    log,
    failed(what, error) {
      const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
      writeLog(redactSecrets(JSON.stringify({ level: "error", msg: what, error: { name, message, stack } })));
      short(redactSecrets(`${what}: ${errorLine(error)}`));
    },
    release() {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
    },
  };
}

/** A stream's write that hands its text to `take` and calls back at once. */
function capture(take: (text: string) => void): Write {
  return ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    take(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    callback?.();
    return true;
  }) as Write;
}

function parseRecord(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** `request failed: Redis is unavailable: …` from a JSON log record. */
function describeRecord(record: Record<string, unknown>): string {
  const error = record.error;
  const reason =
    typeof error === "string"
      ? error
      : typeof error === "object" && error !== null && "message" in error
        ? String(error.message)
        : undefined;
  const what = typeof record.msg === "string" ? record.msg : "error";
  const where = typeof record.routeKey === "string" ? ` (${record.routeKey})` : "";
  return reason === undefined ? `${what}${where}` : `${what}${where}: ${reason.split("\n")[0]}`;
}
