// `npm run proto`: regenerates the static protobuf.js code (JavaScript plus type declarations) from proto/.
// `npm run proto -- --check`: regenerates into a temporary directory and fails when the committed code differs
// (CI runs it, so a .proto change without `npm run proto` does not land).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { runCli } from "./cli.ts";
import { UsageError } from "./usage-error.ts";

interface Module {
  /** protobuf.js root name: each generated module keeps its own registry of types. */
  root: string;
  proto: string;
  /** Without extension: `.js` and `.d.ts` are written. */
  out: string;
}

const MODULES: Module[] = [
  {
    root: "sluice_frames",
    proto: "proto/sluice/frames/v1/frames.proto",
    out: "packages/frames/src/generated/frames",
  },
  {
    root: "sluice_streaming",
    proto: "proto/sluice/streaming/v1/streaming.proto",
    out: "packages/grpc/src/generated/streaming",
  },
];

const repo = new URL("..", import.meta.url).pathname;
const pbjs = join(repo, "node_modules/protobufjs-cli/bin/pbjs");

function generate(module: Module, out: string): void {
  mkdirSync(dirname(out), { recursive: true });
  execFileSync(
    process.execPath,
    [
      pbjs,
      ...["--target", "static-module", "--wrap", "esm", "--root", module.root, "--path", "proto"],
      ...["--alt-comment", "--no-delimited", "--dts", "--out", `${out}.js`, module.proto],
    ],
    { cwd: repo, stdio: ["ignore", "inherit", "inherit"] },
  );
}

/** `--check` or nothing: anything else (a typo like `--chek`) is refused rather than taken for a regeneration. */
function parseCheck(argv: string[]): boolean {
  try {
    return (
      parseArgs({ args: argv, options: { check: { type: "boolean" } }, strict: true }).values.check === true
    );
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: npm run proto [-- --check]`);
  }
}

await runCli("proto", async () => {
  const check = parseCheck(process.argv.slice(2));
  if (!check) {
    for (const module of MODULES) generate(module, join(repo, module.out));
    console.log(`proto: generated ${MODULES.map((m) => m.out).join(", ")}`);
  } else {
    const scratch = mkdtempSync(join(tmpdir(), "sluice-proto-"));
    try {
      const stale: string[] = [];
      for (const [index, module] of MODULES.entries()) {
        const fresh = join(scratch, String(index));
        generate(module, fresh);
        for (const ext of [".js", ".d.ts"]) {
          const committed = readFileSync(join(repo, module.out + ext), "utf8");
          if (committed !== readFileSync(fresh + ext, "utf8")) stale.push(module.out + ext);
        }
      }
      if (stale.length > 0) {
        console.error(
          `proto: generated code is stale (${stale.join(", ")}); run \`npm run proto\` and commit`,
        );
        process.exit(1);
      }
      console.log("proto: generated code is current");
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
});
