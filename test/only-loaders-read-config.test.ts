// Configuration is read in one place: only the loaders of functions/config/ read the environment, and only
// functions/config/resource.ts reads SST's `Resource`; every handler, helper and main gets plain config objects from
// them, and no package reaches into functions/.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../", import.meta.url);

/** The .ts files under `dir` (relative to the repository root), without node_modules. */
function sources(dir: string): string[] {
  return readdirSync(new URL(`${dir}/`, ROOT), { recursive: true })
    .map((file) => `${dir}/${file}`)
    .filter((path) => path.endsWith(".ts") && !path.includes("node_modules"));
}

const read = (path: string) => readFileSync(new URL(path, ROOT), "utf8");

describe("configuration is read only by the loaders", () => {
  it("no handler, helper or main under functions/ reads process.env or Resource: they call their loaders", () => {
    const outside = sources("functions").filter((path) => !path.startsWith("functions/config/"));
    expect(outside.length).toBeGreaterThan(20);
    const readers = outside.filter((path) => /process\.env|\bResource\b/.test(read(path)));
    expect(readers).toEqual([]);
  });

  it("only functions/config/resource.ts imports SST", () => {
    const importers = ["functions", "infra", "packages", "scripts"]
      .flatMap(sources)
      .filter((path) => /from "sst(\/[a-z-]+)?"/.test(read(path)));
    expect(importers).toEqual(["functions/config/resource.ts"]);
  });

  it("no package imports functions/", () => {
    const importers = sources("packages").filter((path) => /from "(\.\.\/)+functions\//.test(read(path)));
    expect(importers).toEqual([]);
  });
});
