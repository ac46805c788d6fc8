import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { produce, query, useLakeKit } from "@sluice/lake/testing";
import { describe, expect, it } from "vitest";
import { bskyEvents } from "./support/bsky-events.ts";

const kit = useLakeKit();
const DOC = new URL("../docs/lake.md", import.meta.url);

/** The SQL blocks of docs/lake.md that read npm start's local S3 files. */
async function localQueries(): Promise<string[]> {
  const doc = await readFile(DOC, "utf8");
  return [...doc.matchAll(/```sql\n([\s\S]*?)```/g)]
    .map((match) => match[1] as string)
    .filter((sql) => sql.includes(".sluice/s3/lake/"));
}

describe("docs/lake.md", () => {
  it("its DuckDB queries run on the files the writer leaves in the local S3 server's directory", async () => {
    await produce(kit.client, "bsky", bskyEvents(5000, "docs"));
    const report = await kit.drain("bsky");
    expect(report.rows).toBe(5000);
    const queries = await localQueries();
    expect(queries.length).toBeGreaterThanOrEqual(4);
    const root = join(kit.s3Server.dir, "lake");
    const results = [];
    for (const sql of queries) results.push(await query(sql.replaceAll(".sluice/s3/lake", root)));
    const [likesPerHour, topPosts, languages, perType] = results as Record<string, unknown>[][];
    const likes = bskyEvents(5000, "docs").filter((e) => e.type === "bsky.like").length;
    expect(likesPerHour?.reduce((sum, row) => sum + Number(row.likes), 0)).toBe(likes);
    expect(topPosts).toHaveLength(10);
    expect(Number(topPosts?.[0]?.likes)).toBeGreaterThan(1);
    expect(languages?.length).toBeGreaterThan(1);
    expect(perType?.reduce((sum, row) => sum + Number(row.events), 0)).toBe(5000);
    expect(perType?.some((row) => Number(row.late) > 0)).toBe(true);
  });
});
