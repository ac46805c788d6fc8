// The facts of the machine a bench ran on, for docs/performance.md: what a reader needs to compare figures.
import { execFileSync } from "node:child_process";
import { availableParallelism, cpus, loadavg, release, totalmem } from "node:os";

function redisVersion(): string {
  try {
    return execFileSync("redis-server", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return "redis-server not found";
  }
}

export function loadAverage(): string {
  return loadavg()[0]?.toFixed(2) ?? "?";
}

/** One line each: CPU, cores, memory, kernel, Node.js, redis-server. */
export function machineFacts(): string[] {
  return [
    `CPU: ${cpus()[0]?.model.trim() ?? "unknown"}, ${availableParallelism()} cores available to Node.js`,
    `memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB; Linux ${release()}`,
    `Node.js ${process.version}; ${redisVersion()}`,
  ];
}
