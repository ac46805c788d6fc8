// The Fargate mains' start check (isMain in functions/shared/main-lifecycle.ts): on a Node.js below the floor a main
// must fail with a message naming the version, not skip its `if` and exit 0; and the floor is the same wherever the
// repository states it. (That a main really runs as a main is covered by the tests that spawn one, e.g. hosts.test.ts.)
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isMain, meetsNodeFloor, NODE_FLOOR } from "../functions/shared/main-lifecycle.ts";

const ROOT = new URL("../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), "utf8");
const URL_OF_MAIN = "file:///app/functions/services/consumer.ts";

describe("isMain", () => {
  it("answers import.meta.main on a Node.js at or above the floor", () => {
    expect(isMain({ main: true })).toBe(true);
    expect(isMain({ main: false })).toBe(false);
    expect(isMain({ main: true, url: URL_OF_MAIN }, "24.3.0")).toBe(true);
    expect(isMain({ main: false, url: URL_OF_MAIN }, "26.1.0")).toBe(false);
  });

  it("throws a message naming the Node.js needed when import.meta.main is undefined", () => {
    expect(() => isMain({ main: undefined })).toThrow(`needs Node.js >= ${NODE_FLOOR}`);
    expect(() => isMain({ main: undefined, url: URL_OF_MAIN }, "22.17.1")).toThrow(
      "/app/functions/services/consumer.ts needs Node.js >= 24.3.0 (type stripping, import.meta.main); this is " +
        "Node.js 22.17.1, where import.meta.main is undefined: run it with Node.js 24.3.0 or newer " +
        "(sh scripts/node.sh /app/functions/services/consumer.ts, or the node:24 image)",
    );
  });

  it("throws below the floor even when import.meta.main is a boolean (24.2 says false in a .ts entry point)", () => {
    expect(() => isMain({ main: false, url: URL_OF_MAIN }, "24.2.0")).toThrow("this is Node.js 24.2.0");
    expect(() => isMain({ main: true, url: URL_OF_MAIN }, "22.18.0")).toThrow("needs Node.js >= 24.3.0");
  });
});

describe("the Node.js floor", () => {
  it("compares versions by number, not as text", () => {
    for (const version of ["24.3.0", "24.3.1", "24.10.0", "24.22.3", "25.0.0", "26.1.0", "100.0.0"])
      expect(meetsNodeFloor(version), version).toBe(true);
    for (const version of ["24.2.0", "24.1.9", "23.11.1", "22.18.0", "22.99.0", "20.20.2", "3.0.0"])
      expect(meetsNodeFloor(version), version).toBe(false);
  });

  it("is stated the same in package.json engines, scripts/node.sh, the README and docs/local-development.md", () => {
    const [major, minor] = NODE_FLOOR.split(".");
    expect(JSON.parse(read("package.json")).engines.node).toBe(`>=${NODE_FLOOR}`);
    const nodeSh = read("scripts/node.sh");
    expect(nodeSh).toContain(`a>${major}||(a===${major}&&b>=${minor})`);
    expect(nodeSh).toContain(`Node.js >= ${NODE_FLOOR} is required`);
    expect(read("README.md")).toContain(`older than ${NODE_FLOOR}, the floor`);
    expect(read("docs/local-development.md")).toContain(`when it is ${NODE_FLOOR} or newer`);
  });

  it("is checked by every Fargate main, and nothing else reads import.meta.main", () => {
    const services = readdirSync(new URL("functions/services/", ROOT)).filter((file) => file.endsWith(".ts"));
    expect(services.length).toBeGreaterThanOrEqual(4);
    for (const file of services)
      expect(read(`functions/services/${file}`), file).toContain("isMain(import.meta)");
    const readers = ["functions", "scripts", "packages"]
      .flatMap((dir) =>
        readdirSync(new URL(`${dir}/`, ROOT), { recursive: true }).map((file) => `${dir}/${file}`),
      )
      .filter((path) => path.endsWith(".ts") && !path.includes("node_modules"))
      .filter((path) => /import\.meta\.main\b/.test(read(path).replaceAll("isMain(import.meta)", "")));
    expect(readers).toEqual(["functions/shared/main-lifecycle.ts"]);
  });
});
