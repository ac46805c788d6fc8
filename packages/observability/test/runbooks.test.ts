// The runbooks (docs/runbooks/): one page per alarm of the catalog at the path runbookPath() gives it (the link in
// each CloudWatch alarm's description), none without an alarm, each in the agreed shape, all listed in the index.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { ALARMS, runbookPath } from "@sluice/observability";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../../", import.meta.url);
const DIR = "docs/runbooks";
const REQUIRED = ["What it means", "How to confirm", "How to fix"];
const OPTIONAL_LAST = "Related";

const read = (path: string) => readFileSync(new URL(path, ROOT), "utf8");
const headings = (text: string) => [...text.matchAll(/^## (.+)$/gm)].map((m) => (m[1] as string).trim());

/** The text of one `## ` section, up to the next one. */
function section(text: string, title: string): string {
  const start = text.indexOf(`\n## ${title}\n`);
  if (start < 0) return "";
  const next = text.indexOf("\n## ", start + 1);
  return text.slice(start, next < 0 ? undefined : next);
}

describe("docs/runbooks", () => {
  it("has a runbook for every alarm of the catalog", () => {
    const missing = ALARMS.map((a) => runbookPath(a)).filter((path) => !existsSync(new URL(path, ROOT)));
    expect(missing).toEqual([]);
  });

  it("has no runbook without an alarm", () => {
    const expected = new Set(ALARMS.map((a) => basename(runbookPath(a))));
    const extra = readdirSync(new URL(`${DIR}/`, ROOT))
      .filter((file) => file.endsWith(".md") && file !== "README.md")
      .filter((file) => !expected.has(file));
    expect(extra).toEqual([]);
  });

  describe.each(ALARMS.map((a) => [a.name, a] as const))("%s", (name, spec) => {
    const path = runbookPath(spec);
    const text = () => read(path);

    it("starts with its name, then its severity and group", () => {
      const lines = text().split("\n");
      expect(lines[0]).toBe(`# ${name}`);
      const next = lines.slice(1).find((line) => line.trim() !== "") ?? "";
      expect(next).toContain(spec.severity);
      expect(next).toContain(spec.group);
    });

    it("has the three required sections in order, and at most Related after them", () => {
      const found = headings(text());
      const required = found.slice(0, REQUIRED.length);
      expect(required).toEqual(REQUIRED);
      expect(found.slice(REQUIRED.length).filter((h) => h !== OPTIONAL_LAST)).toEqual([]);
      expect(found.length).toBeLessThanOrEqual(REQUIRED.length + 1);
    });

    it("gives commands to confirm it", () => {
      expect(section(text(), "How to confirm")).toMatch(/```sh\n[\s\S]+?```/);
    });

    it("links only to runbooks that exist", () => {
      const links = [...text().matchAll(/\]\(([^)#\s]+\.md)(?:#[^)]*)?\)/g)].map((m) => m[1] as string);
      const broken = links.filter(
        (link) => !link.includes("/") && !existsSync(new URL(`${DIR}/${link}`, ROOT)),
      );
      expect(broken).toEqual([]);
    });
  });

  it("lists every alarm in README.md with its group and severity, and nothing else", () => {
    const readme = read(`${DIR}/README.md`);
    const rows = [
      ...readme.matchAll(/^\| \[([A-Za-z0-9]+)\]\(([^)]+)\) \| ([a-z0-9-]+) \| ([a-z]+) \|/gm),
    ].map((m) => ({
      name: m[1],
      file: m[2],
      group: m[3],
      severity: m[4],
    }));
    const expected = ALARMS.map((a) => ({
      name: a.name,
      file: basename(runbookPath(a)),
      group: a.group,
      severity: a.severity,
    }));
    const byName = (a: { name?: string }, b: { name?: string }) => (a.name ?? "").localeCompare(b.name ?? "");
    expect(rows.sort(byName)).toEqual(expected.sort(byName));
  });
});
