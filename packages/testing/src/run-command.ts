import { execFile } from "node:child_process";
import { CommandError } from "./errors.ts";

export interface RunCommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kills the program when aborted. */
  signal?: AbortSignal;
}

/**
 * Runs a program to completion and resolves with its trimmed stdout. Rejects with CommandError carrying its
 * stderr, or the reason it could not run (not found, aborted).
 */
export function runCommand(file: string, args: string[], options: RunCommandOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { ...options, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout.trim());
      const exitCode = typeof error.code === "number" ? error.code : null;
      const command = [file, ...args].join(" ");
      reject(new CommandError(command, exitCode, stderr.trim() || error.message, { cause: error }));
    });
  });
}
