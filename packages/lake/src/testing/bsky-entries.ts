// Bluesky events for the lake's tests: single entries as a table's mapping receives them, and events to produce into
// a stream, minimal or bulky, at chosen event times.
import { randomBytes } from "node:crypto";
import type { EntryInput, StreamEntry } from "@sluice/streams";
import { BSKY_EVENT_TYPES, type BskyEventType } from "../families/bsky/bsky-events.ts";

export const HOUR = 3_600_000;
/** 2025-06-07T10:00Z: event times of the hand-made events. */
export const H10 = Date.UTC(2025, 5, 7, 10);

/** A stream entry carrying `event` as JSON, added to Redis at `ms`. */
export function entry(type: string, event: unknown, ms: number, seq = 0): StreamEntry {
  return {
    id: `${ms}-${seq}`,
    type,
    contentType: "application/json",
    data: Buffer.from(typeof event === "string" ? event : JSON.stringify(event)),
    time: ms,
  };
}

/** A minimal valid event of `type` at `eventMs`. */
export function lakeEvent(type: BskyEventType, eventMs: number, n = 0): EntryInput & { data: string } {
  const base = {
    did: `did:plc:${String(n).padStart(24, "a")}`,
    rkey: "3lenax2s5lkmc",
    cid: `bafyrei${String(n).padStart(52, "b")}`,
    time_us: eventMs * 1000,
    createdAt: new Date(eventMs).toISOString(),
  };
  const ref = { uri: `at://did:plc:x/app.bsky.feed.post/${n}`, cid: "bafyreix" };
  const event =
    type === "bsky.post"
      ? { ...base, text: `post ${n}`, langs: ["en"] }
      : type === "bsky.like" || type === "bsky.repost"
        ? { ...base, subject: ref }
        : { ...base, subject: "did:plc:subject" };
  return { type, data: JSON.stringify(event) };
}

/** Events of every type in turn, 37 ms apart from `startMs`: every table gets rows. */
export function mixedEvents(count: number, startMs = H10): EntryInput[] {
  return Array.from({ length: count }, (_, i) =>
    lakeEvent(BSKY_EVENT_TYPES[i % BSKY_EVENT_TYPES.length] as BskyEventType, startMs + i * 37, i),
  );
}

/** Likes one millisecond apart from H10 with random CIDs and URIs: incompressible enough for files of MiB. */
export function bulkyLikes(count: number): EntryInput[] {
  const hex = () => randomBytes(32).toString("hex");
  return Array.from({ length: count }, (_, i) => {
    const like = JSON.parse(lakeEvent("bsky.like", H10 + i, i).data);
    return {
      type: "bsky.like",
      data: JSON.stringify({ ...like, cid: hex(), subject: { uri: `at://${hex()}`, cid: hex() } }),
    };
  });
}
