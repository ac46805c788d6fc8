// The reference protobuf implementation for interop tests: `protoc --decode/--encode` between binary and text format.
// Needs protoc and the well-known types' .proto files (Debian/Ubuntu: protobuf-compiler, libprotobuf-dev); the tests
// fail without them rather than skip, as CI installs both.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const REPO = new URL("../../", import.meta.url).pathname;
const WELL_KNOWN = ["/usr/include", "/usr/local/include"].filter((dir) =>
  existsSync(`${dir}/google/protobuf/timestamp.proto`),
);

/** Throws a message saying what to install when protoc or the well-known types are missing. */
export function assertProtocInstalled(): void {
  try {
    execFileSync("protoc", ["--version"]);
  } catch (error) {
    throw new Error(
      "protoc not found: install protobuf-compiler and libprotobuf-dev (apt-get install protobuf-compiler " +
        "libprotobuf-dev); CI installs them and this interop test does not skip without them",
      { cause: error },
    );
  }
  if (WELL_KNOWN.length === 0) {
    throw new Error(
      "google/protobuf/timestamp.proto not found in /usr/include or /usr/local/include: install libprotobuf-dev",
    );
  }
}

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
