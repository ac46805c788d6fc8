// Where tests live (docs/architecture.md, "Where tests live"), checked by rule on every file in test/ and in the
// packages' test/ folders, so that files added or moved later are held to it too.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCOPE = "@sluice/";
/** The test toolkit: any test may use it beside the package it tests. */
const TOOLKIT = "testing";

const PACKAGES = readdirSync(join(ROOT, "packages"));

/** Repository-relative paths of the .ts files below `dir`; none when there is no such folder. */
function tsFiles(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const TEST_FILES = ["test", ...PACKAGES.map((name) => `packages/${name}/test`)].flatMap(tsFiles);

/** The specifiers of a file's static imports, re-exports and dynamic imports. */
function specifiers(file: string): string[] {
  const source = readFileSync(join(ROOT, file), "utf8");
  return [...source.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map(
    (match) => match[1] as string,
  );
}

/** Repository-relative targets of a file's relative imports. */
function relativeImports(file: string): string[] {
  return specifiers(file)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => relative(ROOT, resolve(ROOT, dirname(file), specifier)));
}

const packageOf = (path: string) => /^packages\/([^/]+)\//.exec(path)?.[1];

/** A path in functions/, scripts/ or infra/ named in a string literal: an import, or a file spawned or read. */
const APP_PATH = /["'`](?:\.{1,2}\/)*(?:functions|scripts|infra)\//;

/** The @sluice packages a test file uses and whether it names app code, through the helpers in test/ it imports. */
function reach(file: string): { packages: Set<string>; app: boolean } {
  const packages = new Set<string>();
  let app = false;
  const seen = new Set([file]);
  for (const current of seen) {
    app ||= APP_PATH.test(readFileSync(join(ROOT, current), "utf8"));
    for (const specifier of specifiers(current)) {
      if (specifier.startsWith(SCOPE)) packages.add(specifier.slice(SCOPE.length).split("/")[0] as string);
    }
    // A child process's code in a string can hold an import too: only files that exist are followed.
    for (const target of relativeImports(current)) {
      if (target.startsWith("test/") && existsSync(join(ROOT, target))) seen.add(target);
    }
  }
  return { packages, app };
}

function dependencies(name: string): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, "packages", name, "package.json"), "utf8"));
  return Object.keys(manifest.dependencies ?? {})
    .filter((dependency) => dependency.startsWith(SCOPE))
    .map((dependency) => dependency.slice(SCOPE.length));
}

/** A package and every package it depends on, directly or not. */
function withDependencies(name: string, found = new Set<string>()): Set<string> {
  found.add(name);
  for (const dependency of dependencies(name))
    if (!found.has(dependency)) withDependencies(dependency, found);
  return found;
}

/** The package a test tests alone: the one that, with its dependencies and the toolkit, covers all it uses. */
function soleSubject(used: Set<string>): string | undefined {
  return [...used].find((name) => {
    const covered = withDependencies(name).add(TOOLKIT);
    return [...used].every((other) => covered.has(other));
  });
}

it("no test imports another package's folder by a relative path: it uses that package's public entry", () => {
  const reaching = TEST_FILES.flatMap((file) =>
    relativeImports(file)
      .filter((target) => packageOf(target) !== undefined && packageOf(target) !== packageOf(file))
      .map((target) => `${file} imports ${target}`),
  );
  expect(reaching).toEqual([]);
});

it("no test beside a package names a path in functions/, scripts/ or infra/: those tests live in test/", () => {
  const reaching = TEST_FILES.filter(
    (file) => packageOf(file) !== undefined && APP_PATH.test(readFileSync(join(ROOT, file), "utf8")),
  );
  expect(reaching).toEqual([]);
});

it("test/ holds no test of one package alone: those live in that package's test/ folder", () => {
  const misplaced = TEST_FILES.filter(
    (file) => file.startsWith("test/") && file.endsWith(".test.ts"),
  ).flatMap((file) => {
    const { packages, app } = reach(file);
    const subject = app ? undefined : soleSubject(packages);
    return subject === undefined ? [] : [`${file} tests @sluice/${subject} alone: packages/${subject}/test/`];
  });
  expect(misplaced).toEqual([]);
});
