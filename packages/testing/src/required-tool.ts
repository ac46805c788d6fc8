// Whether a suite that needs a program from the operating system (protoc, Chromium) runs: the one place that decides.
// Installed: it runs. Missing on a developer's machine: it skips with one line on stderr naming what to install, so
// `npm ci && npm test` passes where only Node.js and redis-server are. Missing under CI (CI=true): it runs and fails
// with that message, since .ci/run installs every such tool.
import { beforeAll, describe } from "vitest";

/** A program a suite needs from the machine. */
export interface RequiredTool {
  /** What the suite uses, as a person would name it: "protoc and the well-known types' .proto files". */
  name: string;
  /** The command that installs it on Debian/Ubuntu: "sudo apt-get install -y chromium". */
  install: string;
  /** What is missing (one short phrase), or undefined when everything is there. */
  missing(): string | undefined;
}

/** True when CI is set to anything but "", "0" or "false" (CI=true in .ci/run's environment). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}

/** The one line a suite prints when it skips (`ci` false) or throws when it fails (`ci` true) for want of `tool`. */
export function missingToolMessage(tool: RequiredTool, suite: string, problem: string, ci: boolean): string {
  return ci
    ? `"${suite}" cannot run under CI: ${problem}; it needs ${tool.name}: ${tool.install} (.ci/run installs it)`
    : `sluice: SKIPPED "${suite}": ${problem}; it needs ${tool.name}: ${tool.install} (with CI=true it fails instead)`;
}

/**
 * What to do with a suite needing `tool`: "run" when it is there; "skip" when it is missing outside CI; "fail" when
 * it is missing under CI. `problem` says what is missing.
 */
export function requiredToolDecision(
  tool: RequiredTool,
  env: NodeJS.ProcessEnv = process.env,
): { action: "run" } | { action: "skip" | "fail"; problem: string } {
  const problem = tool.missing();
  if (problem === undefined) return { action: "run" };
  return { action: isCi(env) ? "fail" : "skip", problem };
}

/**
 * `describe(suite, body)` for a suite that needs `tool`: run as is when the tool is there; skipped with one loud line
 * on stderr when it is missing outside CI; under CI, run with a beforeAll that throws the same message, so every test
 * of the suite fails with it.
 */
export function describeWithTool(tool: RequiredTool, suite: string, body: () => void): void {
  const decision = requiredToolDecision(tool);
  if (decision.action === "run") {
    describe(suite, body);
    return;
  }
  const message = missingToolMessage(tool, suite, decision.problem, decision.action === "fail");
  if (decision.action === "skip") {
    console.warn(message);
    describe.skip(suite, body);
    return;
  }
  describe(suite, () => {
    beforeAll(() => {
      throw new Error(message);
    });
    body();
  });
}
