import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { FRAME_STREAMS } from "@sluice/frames";
import { type CameraShot, H10, produce, query, throughFramePipeline, useLakeKit } from "@sluice/lake/testing";
import { describe, expect, it } from "vitest";
import { bskyEvents } from "./support/bsky-events.ts";

const kit = useLakeKit();
const DOC = new URL("../docs/lake.md", import.meta.url);
const MINUTE = 60_000;

/** The SQL blocks of docs/lake.md that read npm start's local S3 files, by their first line (`-- likes per hour`). */
async function localQueries(): Promise<Map<string, string>> {
  const doc = await readFile(DOC, "utf8");
  const blocks = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)]
    .map((match) => match[1] as string)
    .filter((sql) => sql.includes(".sluice/s3/lake/"));
  return new Map(blocks.map((sql) => [(sql.split("\n")[0] as string).replace(/^-- /, ""), sql]));
}

/**
 * Two cameras over two hours, through the real frame pipeline: cam-1 sees a vehicle in lane-1 on every other frame of
 * the second hour; cam-2 sends an empty road, then a dark frame and a broken one.
 */
function cameraDay(): CameraShot[] {
  const road = (camera: string, from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ camera, capturedMs: from + i * 2 * MINUTE }));
  return [
    ...road("cam-1", H10, 25),
    ...road("cam-1", H10 + 60 * MINUTE, 10).map((shot, i) => ({
      ...shot,
      ...(i % 2 === 0 && { vehicles: [{ x: 40, y: 150 }] }),
    })),
    ...road("cam-2", H10, 25),
    { camera: "cam-2", capturedMs: H10 + 70 * MINUTE, dark: true },
    { camera: "cam-2", capturedMs: H10 + 72 * MINUTE, broken: true },
  ];
}

describe("docs/lake.md", () => {
  it("its DuckDB queries run on the files the writer leaves in the local S3 server's directory", async () => {
    await produce(kit.client, "bsky", bskyEvents(5000, "docs"));
    await throughFramePipeline(kit.redis.target, kit.client, cameraDay());
    expect((await kit.drain("bsky")).rows).toBe(5000);
    expect((await kit.drain(FRAME_STREAMS.output)).deadLettered).toBe(0);
    const queries = await localQueries();
    const root = join(kit.s3Server.dir, "lake");
    const run = async (name: string) => {
      const sql = queries.get(name);
      if (sql === undefined) throw new Error(`docs/lake.md has no query "-- ${name}"`);
      return query(sql.replaceAll(".sluice/s3/lake", root));
    };
    for (const name of queries.keys()) await run(name);

    const likes = bskyEvents(5000, "docs").filter((e) => e.type === "bsky.like").length;
    const likesPerHour = await run("likes per hour");
    expect(likesPerHour.reduce((sum, row) => sum + Number(row.likes), 0)).toBe(likes);
    const topPosts = await run("the 10 most liked posts");
    expect(topPosts).toHaveLength(10);
    expect(Number(topPosts[0]?.likes)).toBeGreaterThan(1);
    expect(
      (await run("posts per language, with how many reply and how many carry a link")).length,
    ).toBeGreaterThan(1);
    const perType = await run(
      "every event type per hour, from the per-table files at once; late events show as event_time < arrival hour",
    );
    expect(perType.reduce((sum, row) => sum + Number(row.events), 0)).toBe(5000);
    expect(perType.some((row) => Number(row.late) > 0)).toBe(true);

    const occupancy = await run("how often each lane was occupied, per camera and hour");
    const lane = (camera: string, roi: string, hour: string) =>
      occupancy.find((row) => row.camera_id === camera && row.roi_id === roi && row.hour === hour);
    expect(lane("cam-1", "lane-1", "11")).toMatchObject({ frames: "10", occupied_share: 0.5 });
    expect(lane("cam-1", "lane-2", "11")).toMatchObject({ frames: "10", occupied_share: 0 });
    expect(lane("cam-1", "lane-1", "10")).toMatchObject({ frames: "25", occupied_share: 0 });
    const statuses = await run("frames per camera and status, with why frames failed");
    expect(statuses.map((row) => [row.camera_id, row.status, Number(row.frames)])).toEqual([
      ["cam-1", "ok", 35],
      ["cam-2", "degraded", 1],
      ["cam-2", "failed", 1],
      ["cam-2", "ok", 25],
    ]);
    expect(statuses.find((row) => row.status === "failed")?.why).toMatch(/not a JPEG/);
    const sharpness = await run(
      "the median sharpness per camera and day: a lens going soft shows as a falling median",
    );
    expect(sharpness.map((row) => row.camera_id)).toEqual(["cam-1", "cam-2"]);
    expect(sharpness.every((row) => Number(row.sharpness_p50) > 100)).toBe(true);
  });
});
