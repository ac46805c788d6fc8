import { execFile } from "node:child_process";
import { promisify } from "node:util";

export interface RedisBenchmarkOptions {
  host: string;
  port: number;
  clients: number;
  pipeline: number;
  requests: number;
  /** The command and its arguments, as redis-benchmark takes an arbitrary command after its options. */
  command: string[];
}

/**
 * Runs redis-benchmark (7.x) with one arbitrary command and returns its requests per second, read from the
 * `--csv` output: a header line, then `"<command>","<rps>",...` per test.
 */
export async function redisBenchmark(options: RedisBenchmarkOptions): Promise<number> {
  const { host, port, clients, pipeline, requests, command } = options;
  const args = ["-h", host, "-p", String(port), "-c", String(clients), "-P", String(pipeline)];
  args.push("-n", String(requests), "--csv", ...command);
  const { stdout } = await promisify(execFile)("redis-benchmark", args, { maxBuffer: 1024 * 1024 });
  const lines = stdout.trim().split("\n");
  const header = parseCsvLine(lines[0] ?? "");
  const row = parseCsvLine(lines[1] ?? "");
  const rps = Number(row[header.indexOf("rps")]);
  if (header.indexOf("rps") < 0 || !Number.isFinite(rps) || rps <= 0) {
    throw new Error(`cannot read requests per second from redis-benchmark output:\n${stdout}`);
  }
  return rps;
}

function parseCsvLine(line: string): string[] {
  return [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => (match[1] ?? "").replaceAll('""', '"'));
}
