// The one decision behind the suites that need protoc or Chromium (@sluice/testing/required-tool): run when the tool
// is there, skip with one line naming what to install when it is missing, fail under CI when it is missing.

import {
  isCi,
  missingToolMessage,
  type RequiredTool,
  requiredToolDecision,
} from "@sluice/testing/required-tool";
import { describe, expect, it } from "vitest";

const tool = (problem: string | undefined): RequiredTool => ({
  name: "protoc",
  install: "sudo apt-get install -y protobuf-compiler",
  missing: () => problem,
});

describe("the required-tool decision", () => {
  it("reads CI as CI services set it", () => {
    for (const value of ["true", "1", "TRUE", "yes"]) expect(isCi({ CI: value })).toBe(true);
    for (const value of [undefined, "", "0", "false", "False"]) expect(isCi({ CI: value })).toBe(false);
  });

  it("runs a suite whose tool is there, in CI or not", () => {
    expect(requiredToolDecision(tool(undefined), {})).toEqual({ action: "run" });
    expect(requiredToolDecision(tool(undefined), { CI: "true" })).toEqual({ action: "run" });
  });

  it("skips a suite whose tool is missing outside CI and fails it under CI", () => {
    expect(requiredToolDecision(tool("protoc is not on PATH"), {})).toEqual({
      action: "skip",
      problem: "protoc is not on PATH",
    });
    expect(requiredToolDecision(tool("protoc is not on PATH"), { CI: "true" })).toEqual({
      action: "fail",
      problem: "protoc is not on PATH",
    });
  });

  it("says in one line what is missing and the command that installs it", () => {
    const skip = missingToolMessage(tool(undefined), "interop", "protoc is not on PATH", false);
    expect(skip).toBe(
      'sluice: SKIPPED "interop": protoc is not on PATH; it needs protoc: sudo apt-get install -y ' +
        "protobuf-compiler (with CI=true it fails instead)",
    );
    const fail = missingToolMessage(tool(undefined), "interop", "protoc is not on PATH", true);
    expect(fail).toContain("sudo apt-get install -y protobuf-compiler");
    expect(fail).not.toContain("\n");
  });
});
