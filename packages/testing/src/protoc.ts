// The reference protobuf implementation for interop tests: `protoc --decode/--encode` between binary and text format.
// Needs protoc and the well-known types' .proto files (Debian/Ubuntu: protobuf-compiler, libprotobuf-dev): suites
// declare it with describeWithTool(PROTOC, …) (required-tool.ts), which skips them without it and fails them under CI.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { RequiredTool } from "./required-tool.ts";

const REPO = new URL("../../../", import.meta.url).pathname;
const WELL_KNOWN = ["/usr/include", "/usr/local/include"].filter((dir) =>
  existsSync(`${dir}/google/protobuf/timestamp.proto`),
);

/** protoc on PATH and google/protobuf/timestamp.proto in /usr/include or /usr/local/include. */
export const PROTOC: RequiredTool = {
  name: "protoc and the well-known types' .proto files",
  install: "sudo apt-get install -y protobuf-compiler libprotobuf-dev",
  missing() {
    try {
      execFileSync("protoc", ["--version"], { stdio: "ignore" });
    } catch {
      return "protoc is not on PATH (or does not run)";
    }
    if (WELL_KNOWN.length === 0) {
      return "google/protobuf/timestamp.proto is in neither /usr/include nor /usr/local/include";
    }
    return undefined;
  },
};

/** `protoc --<mode>=<message>` over `proto` (a path from the repository root): text out for decode, bytes for encode. */
export function protoc(
  mode: "decode" | "encode",
  proto: string,
  message: string,
  input: Uint8Array | string,
): Buffer {
  const includes = ["proto", ...WELL_KNOWN].flatMap((dir) => ["-I", dir]);
  return execFileSync("protoc", [`--${mode}=${message}`, ...includes, proto], { cwd: REPO, input });
}
