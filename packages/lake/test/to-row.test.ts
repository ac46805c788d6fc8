import { toRow } from "@sluice/lake/bsky";
import { entry } from "@sluice/lake/testing";
import { InvalidInputError } from "@sluice/streams";
import { describe, expect, it } from "vitest";

const T = Date.UTC(2025, 0, 2, 3, 4, 5, 678);
const like = {
  did: "did:plc:a",
  rkey: "3lenax2s5lkmc",
  cid: "bafyx",
  time_us: T * 1000 + 999,
  createdAt: "2025-01-02T03:04:05.000Z",
  subject: { uri: "at://did:plc:b/app.bsky.feed.post/x", cid: "bafyy" },
};

function fieldOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).code).toBe("lake.invalid_event");
    expect((error as InvalidInputError).message).toContain(
      (error as InvalidInputError).details?.field as string,
    );
    return (error as InvalidInputError).details?.field;
  }
  throw new Error("expected InvalidInputError");
}

describe("toRow", () => {
  it("derives event, arrival and created times in ms and keeps time_us exact", () => {
    expect(toRow("bsky.like", entry("bsky.like", like, T + 40, 7))).toEqual({
      stream_id: `${T + 40}-7`,
      event_time: T,
      time_us: BigInt(T * 1000 + 999),
      arrival_time: T + 40,
      did: "did:plc:a",
      rkey: "3lenax2s5lkmc",
      cid: "bafyx",
      created_at: Date.UTC(2025, 0, 2, 3, 4, 5),
      subject_uri: like.subject.uri,
      subject_cid: "bafyy",
    });
  });

  it("maps an unparseable createdAt to null", () => {
    expect(
      toRow("bsky.like", entry("bsky.like", { ...like, createdAt: "yesterday" }, T)).created_at,
    ).toBeNull();
  });

  it("defaults missing langs to an empty list and optional parts to null", () => {
    const row = toRow("bsky.post", entry("bsky.post", { ...like, text: "hi" }, T));
    expect(row).toMatchObject({ langs: [], facets: null, embed: null, reply_root_uri: null });
  });

  it("names the field of malformed input", () => {
    const e =
      (event: unknown, type = "bsky.like") =>
      () =>
        toRow(type as "bsky.like", entry(type, event, T));
    expect(fieldOf(e("{not json"))).toBe("data");
    expect(fieldOf(e("[1,2]"))).toBe("data");
    expect(fieldOf(e({ ...like, did: undefined }))).toBe("did");
    expect(fieldOf(e({ ...like, rkey: 5 }))).toBe("rkey");
    expect(fieldOf(e({ ...like, createdAt: 1 }))).toBe("createdAt");
    expect(fieldOf(e({ ...like, time_us: "1" }))).toBe("time_us");
    expect(fieldOf(e({ ...like, time_us: 1.5 }))).toBe("time_us");
    expect(fieldOf(e({ ...like, time_us: T }))).toBe("time_us"); // milliseconds, not microseconds
    expect(fieldOf(e({ ...like, time_us: Date.UTC(2100, 0, 1) * 1000 }))).toBe("time_us");
    expect(fieldOf(e({ ...like, subject: "did:plc:b" }))).toBe("subject");
    expect(fieldOf(e({ ...like, subject: { uri: "at://x" } }))).toBe("subject.cid");
    expect(fieldOf(e({ ...like, subject: 1 }, "bsky.follow"))).toBe("subject");
    const post = { ...like, text: "hi", langs: ["en"] };
    expect(fieldOf(e({ ...post, text: null }, "bsky.post"))).toBe("text");
    expect(fieldOf(e({ ...post, langs: ["en", 3] }, "bsky.post"))).toBe("langs[1]");
    expect(fieldOf(e({ ...post, reply: { root: like.subject } }, "bsky.post"))).toBe("reply.parent");
    expect(
      fieldOf(e({ ...post, facets: [{ kind: "tag", value: "t", byteStart: 0, byteEnd: -1 }] }, "bsky.post")),
    ).toBe("facets[0].byteEnd");
    expect(fieldOf(e({ ...post, embed: { alts: [] } }, "bsky.post"))).toBe("embed.kind");
    expect(fieldOf(e({ ...post, embed: { kind: "images", alts: "x" } }, "bsky.post"))).toBe("embed.alts");
    expect(fieldOf(e(like, "bsky.unknown"))).toBe("type");
    expect(fieldOf(() => toRow("bsky.like", { ...entry("bsky.like", like, T), id: "abc" }))).toBe(
      "stream_id",
    );
  });

  it("names the field when a number's place holds a 10,000-deep array (published as bytes), rather than crashing the run", () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    for (const field of ["time_us", "byteStart"]) {
      const post = { ...like, text: "hi", facets: [{ kind: "tag", value: "t", byteStart: 0, byteEnd: 1 }] };
      const text = JSON.stringify(post).replace(new RegExp(`"${field}":\\d+`), `"${field}":${deep}`);
      expect(text).toContain(deep);
      expect(fieldOf(() => toRow("bsky.post", entry("bsky.post", text, T)))).toMatch(field);
    }
  });
});
