// The SST app (sst.config.ts, infra/) reaches the packages only through subpath exports whose modules import nothing
// but each other: SST bundles the app with esbuild for every deploy, and a subpath that reached ioredis, the AWS SDK
// or sharp would bundle them and run their module code in the evaluation. Each module the app imports from outside
// infra/ (the packages' subpaths, the tables of functions/) is loaded in a Node process of its own whose resolve
// hook records every import of its module graph: each must be relative and stay inside the module's own package.

import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../", import.meta.url));

const APP_FILES = [
  "sst.config.ts",
  ...readdirSync(join(ROOT, "infra"))
    .filter((file) => file.endsWith(".ts"))
    .map((file) => `infra/${file}`),
];
// Static imports and re-exports (the specifier closes the statement), side-effect and dynamic imports.
const SPECIFIER = /\bfrom\s+"([^"]+)"|^import\s+"([^"]+)"|\bimport\s*\(\s*"([^"]+)"\s*\)/gm;

interface AppImport {
  file: string;
  specifier: string;
  /** What Node is asked to load: the specifier, or the file a relative one names (the app omits `.ts`). */
  entry: string;
}

/** What the app imports from outside infra/, Node's built-ins aside. */
function outsideImports(): AppImport[] {
  return APP_FILES.flatMap((file) =>
    [...readFileSync(join(ROOT, file), "utf8").matchAll(SPECIFIER)].flatMap((match): AppImport[] => {
      const specifier = match[1] ?? match[2] ?? match[3] ?? "";
      if (specifier.startsWith("node:")) return [];
      if (!specifier.startsWith(".")) return [{ file, specifier, entry: specifier }];
      const path = resolve(ROOT, dirname(file), specifier);
      if (path.startsWith(join(ROOT, "infra") + sep)) return [];
      const found = [path, `${path}.ts`].find(existsSync) ?? path;
      return [{ file, specifier, entry: pathToFileURL(found).href }];
    }),
  );
}

// Run with `--input-type=module -e`, the entry as its argument: prints every import resolved while loading it.
const RECORD_IMPORTS = `
import { registerHooks } from "node:module";
const imports = [];
registerHooks({
  resolve(specifier, context, next) {
    const result = next(specifier, context);
    imports.push({ parent: context.parentURL, specifier, url: result.url });
    return result;
  },
});
await import(process.argv[1]);
process.stdout.write(JSON.stringify(imports));
`;

interface Resolved {
  parent: string;
  specifier: string;
  url: string;
}

/** The package a file belongs to: the nearest folder above it with a package.json. */
function packageOf(path: string): string {
  let dir = dirname(path);
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}

/** What keeps `entry` from being import-free: each import of its package's modules that is not relative inside it. */
async function importProblems(entry: string): Promise<string[]> {
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", RECORD_IMPORTS, entry], {
    cwd: ROOT,
  });
  const [own, ...graph] = JSON.parse(stdout) as Resolved[];
  if (!own) throw new Error(`loading ${entry} resolved nothing`);
  const home = packageOf(fileURLToPath(own.url));
  const inside = ({ specifier, url }: Resolved) =>
    specifier.startsWith(".") && url.startsWith("file:") && packageOf(fileURLToPath(url)) === home;
  // Only the steps out of the package: what lies beyond them is their consequence.
  const leaving = graph
    .filter((item) => packageOf(fileURLToPath(item.parent)) === home && !inside(item))
    .map(({ parent, specifier }) => `${relative(ROOT, fileURLToPath(parent))} imports ${specifier}`);
  // A dynamic import loads only when its code runs, out of the hook's sight.
  const dynamic = [own, ...graph]
    .filter(
      ({ url }) => url.startsWith("file:") && readFileSync(fileURLToPath(url), "utf8").includes("import("),
    )
    .map(({ url }) => `${relative(ROOT, fileURLToPath(url))} has a dynamic import`);
  return [...leaving, ...dynamic];
}

describe("the SST app's imports from outside infra/", () => {
  const imports = outsideImports();
  // Each module once, named as the app names it, with what Node loads.
  const entries = [
    ...new Map(
      imports.map(({ file, specifier, entry }) => {
        const name = specifier.startsWith(".")
          ? relative(ROOT, resolve(ROOT, dirname(file), specifier))
          : specifier;
        return [entry, [name, entry]] as const;
      }),
    ).values(),
  ];

  it("name a package by one of its subpath exports, never by its root or a path into packages/", () => {
    const mentions = APP_FILES.flatMap(
      (file) => readFileSync(join(ROOT, file), "utf8").match(/"@sluice\//g) ?? [],
    );
    expect(imports.filter((item) => item.specifier.startsWith("@sluice/"))).toHaveLength(mentions.length);
    const wrong = imports.filter(
      ({ specifier, entry }) =>
        /^@sluice\/[^/]+$/.test(specifier) || entry.startsWith(pathToFileURL(join(ROOT, "packages")).href),
    );
    expect(wrong).toEqual([]);
  });

  it.each(entries)("%s imports nothing outside its own package", async (_, entry) => {
    expect(await importProblems(entry)).toEqual([]);
  });

  it("would refuse a package's root, which reaches ioredis and other packages", async () => {
    expect(await importProblems("@sluice/streams")).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ imports ioredis$/),
        expect.stringMatching(/ imports @sluice\/observability$/),
      ]),
    );
  });
});
