// Every process and temp dir this package creates is registered here, so that none outlives the test process:
// they are removed by their owners on stop, and synchronously on process exit or on a termination signal (vitest
// ends its workers with SIGTERM, which skips 'exit' handlers). On Linux, children also get a parent-death signal
// (util-linux setpriv), which covers a parent killed with SIGKILL.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { closeSync, openSync, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const TERMINATION_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let hooksInstalled = false;
let setprivAvailable: boolean | undefined;

/** Spawns a long-running child with stdout and stderr appended to `outputFile`; resolves once it has started. */
export async function spawnTracked(
  command: string,
  args: string[],
  outputFile: string,
): Promise<ChildProcess> {
  installHooks();
  const output = openSync(outputFile, "a");
  try {
    const child = spawn(...withParentDeathSignal(command, args), { stdio: ["ignore", output, output] });
    children.add(child);
    child.once("close", () => children.delete(child));
    await once(child, "spawn");
    return child;
  } finally {
    closeSync(output);
  }
}

/** Creates a fresh directory under the OS temp dir, removed at the latest when the process ends. */
export async function createTempDir(prefix: string): Promise<string> {
  installHooks();
  const dir = await mkdtemp(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  tempDirs.delete(dir);
}

function withParentDeathSignal(command: string, args: string[]): [string, string[]] {
  setprivAvailable ??= spawnSync("setpriv", ["--version"], { stdio: "ignore" }).status === 0;
  return setprivAvailable ? ["setpriv", ["--pdeathsig", "KILL", command, ...args]] : [command, args];
}

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.once("exit", cleanUpSync);
  for (const signal of TERMINATION_SIGNALS) process.once(signal, onTerminationSignal);
}

function onTerminationSignal(signal: NodeJS.Signals): void {
  cleanUpSync();
  // Without other listeners the default action applies again: re-raise so that the process still terminates.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function cleanUpSync(): void {
  // SIGKILL ends a paused (SIGSTOPped) server too, which would keep a SIGTERM pending until continued.
  for (const child of children) child.kill("SIGKILL");
  for (const dir of tempDirs) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Best effort while exiting: a dir that cannot be removed must not hide the original exit reason.
    }
  }
  children.clear();
  tempDirs.clear();
}
