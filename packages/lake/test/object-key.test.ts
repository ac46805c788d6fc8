import { BSKY_TABLES } from "@sluice/lake/bsky";
import { describe, expect, it } from "vitest";
import { objectKey, tablePrefix } from "../src/index.ts";

describe("objectKey", () => {
  it("builds Hive-style keys with zero padding in UTC", () => {
    expect(
      objectKey({
        prefix: "lake",
        table: "post_v1",
        hour: new Date(Date.UTC(2025, 0, 2, 3, 59, 59, 999)),
        firstId: "1735787000000-0",
        lastId: "1735787999999-12",
      }),
    ).toBe("lake/type=post_v1/year=2025/month=01/day=02/hour=03/1735787000000-0_1735787999999-12.parquet");
  });

  it("uses UTC, not the local time zone, and accepts empty or slash-terminated prefixes", () => {
    // 23:30 on Dec 31 UTC is already the next year in UTC+1 zones; the key must stay in 2024.
    const hour = new Date("2024-12-31T23:30:00-00:00");
    expect(objectKey({ prefix: "", table: "like_v1", hour, firstId: "1-0", lastId: "2-0" })).toBe(
      "type=like_v1/year=2024/month=12/day=31/hour=23/1-0_2-0.parquet",
    );
    expect(objectKey({ prefix: "a/b/", table: "block_v1", hour, firstId: "1-0", lastId: "1-0" })).toMatch(
      /^a\/b\/type=block_v1\/year=2024\//,
    );
  });

  it("rejects an invalid Date", () => {
    expect(() =>
      objectKey({
        prefix: "p",
        table: "like_v1",
        hour: new Date(Number.NaN),
        firstId: "1-0",
        lastId: "1-0",
      }),
    ).toThrow(RangeError);
  });

  it("names Bluesky tables by event type and schema version", () => {
    expect(BSKY_TABLES["bsky.repost"].id).toBe(`repost_v${BSKY_TABLES["bsky.repost"].version}`);
    expect(tablePrefix(BSKY_TABLES["bsky.follow"].id)).toBe("type=follow_v1/");
  });
});
