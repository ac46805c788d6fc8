// Evaluates the real SST app (sst.config.ts and infra/) offline, with no AWS account: program.ts is bundled with the
// app and SST's component sources by the esbuild that `sst install` put into .sst/platform (SST's globals injected
// from its shim, the npm packages left to .sst/platform/node_modules), then run under Pulumi mocks in one process per
// variant. Returns the resources each variant registered, or the error that stopped it. Needs .sst/platform, which
// `npm run typecheck:sst` installs (about a minute, once per SST version).

import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { GraphResource } from "./graph.ts";

const run = promisify(execFile);

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PLATFORM = join(ROOT, ".sst/platform");

/** One way of deploying the app: a stage, `sst dev` or not, and optionally a stage table in place of infra/stages.ts. */
export interface Variant {
  stage: string;
  dev?: boolean;
  /** The stage table to evaluate with (the exports of infra/stages.ts), instead of the repository's. */
  stages?: Record<string, unknown>;
  /** Secrets as `sst secret set` would give them (default: GrpcTokens set). */
  secrets?: Record<string, string>;
}

/** The resources and outputs of an evaluation, or its error and the types it had registered by then. */
export type Graph =
  | { resources: GraphResource[]; outputs: Record<string, unknown> }
  | { error: string; registered: string[] };

/** What is missing to evaluate the graph here, or undefined when .sst/platform is installed for the pinned SST. */
export function platformMissing(): string | undefined {
  const stamp = join(PLATFORM, ".sluice-installed");
  if (!existsSync(stamp)) return ".sst/platform is not installed";
  const installed = readFileSync(stamp, "utf8").trim();
  const pinned = (
    JSON.parse(readFileSync(join(ROOT, "node_modules/sst/package.json"), "utf8")) as { version: string }
  ).version;
  return installed === pinned
    ? undefined
    : `.sst/platform is for sst ${installed}, package.json pins ${pinned}`;
}

interface Esbuild {
  build(options: Record<string, unknown>): Promise<unknown>;
}

/** Bundles program.ts for a variant into the platform folder (where its npm packages resolve); returns the file. */
async function bundle(variant: Variant, dir: string): Promise<string> {
  const esbuild = (await import(join(PLATFORM, "node_modules/esbuild/lib/main.js"))) as Esbuild;
  const file = join(dir, "program.mjs");
  const table = variant.stages;
  await esbuild.build({
    entryPoints: [join(ROOT, "scripts/sst-graph/program.ts")],
    outfile: file,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    packages: "external",
    inject: [join(PLATFORM, "src/shim/run.js")],
    logLevel: "silent",
    banner: {
      js: "import { createRequire as __sluiceRequire } from 'node:module'; const require = __sluiceRequire(import.meta.url);",
    },
    plugins: table
      ? [
          {
            name: "stage-table",
            setup(build: {
              onLoad(filter: { filter: RegExp }, load: () => { contents: string; loader: string }): void;
            }) {
              build.onLoad({ filter: /infra[/\\]stages\.ts$/ }, () => ({
                contents: Object.entries(table)
                  .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
                  .join("\n"),
                loader: "ts",
              }));
            },
          },
        ]
      : [],
  });
  return file;
}

/** Evaluates one variant: the resources it registers, or the error that stopped it. */
export async function evaluate(variant: Variant): Promise<Graph> {
  await mkdir(join(PLATFORM, ".sluice-graph"), { recursive: true });
  const dir = await mkdtemp(join(PLATFORM, ".sluice-graph", `${variant.stage}-`));
  try {
    const program = await bundle(variant, dir);
    const out = join(dir, "graph.json");
    // Pulumi's exit hook may set a non-zero code after a failed program (leaked promises): the file decides.
    const child = await run(process.execPath, [program], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? tmpdir(),
        SLUICE_GRAPH_STAGE: variant.stage,
        SLUICE_GRAPH_DEV: variant.dev ? "1" : "0",
        SLUICE_GRAPH_OUT: out,
        SLUICE_GRAPH_ROOT: ROOT,
        SST_TELEMETRY_DISABLED: "1",
        ...Object.fromEntries(
          Object.entries(variant.secrets ?? { GrpcTokens: "graph-token-a,graph-token-b" }).map(
            ([name, value]) => [`SST_SECRET_${name}`, value],
          ),
        ),
      },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    }).catch((error: { stderr?: string; message: string }) => ({ stderr: error.stderr ?? error.message }));
    if (!existsSync(out))
      throw new Error(`the SST app's evaluation wrote no graph: ${child.stderr.slice(-4000)}`);
    return JSON.parse(await readFile(out, "utf8")) as Graph;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
