// The stream catalog (functions/config/stream-table.ts): its lookup (an exact name over a pattern, the longest pattern
// over a shorter one, `*` last, whatever the order of the table; nothing for an undeclared stream) and the table
// itself (import-free; names and patterns valid and unique, a catch-all with a quota, settings the Producer accepts,
// every stream the platform's code names covered by an entry of its own, the platform's streams reserved).

import { readFileSync } from "node:fs";
import { FRAME_CONTENT_TYPE, FRAME_STREAMS } from "@sluice/frames";
import { LAKE_STREAMS } from "@sluice/lake";
import { requestKeys } from "@sluice/requests";
import { DEFAULT_IDEMPOTENCY_WINDOW_MS, OPERATIONS, STREAM_NAME } from "@sluice/streams";
import { describe, expect, it } from "vitest";
import { STREAM_TABLE, type StreamOperation, streamEntry } from "../functions/config/stream-table.ts";
import { streamEntry as entry } from "./support/stream-entry.ts";

const TABLE = ["*", "a.*", "a.b.*", "a.b.c", "ab"].map((stream) => entry(stream));
const lookup = (stream: string, table = TABLE) => streamEntry(stream, table)?.stream;

describe("streamEntry", () => {
  it("finds a stream's exact entry over any pattern that matches it", () => {
    expect(lookup("a.b.c")).toBe("a.b.c");
    expect(lookup("ab")).toBe("ab");
  });

  it("finds the matching pattern with the longest prefix, then the catch-all", () => {
    expect(lookup("a.b.cd")).toBe("a.b.*");
    expect(lookup("a.b.c.d")).toBe("a.b.*");
    expect(lookup("a.x")).toBe("a.*");
    // A pattern's prefix includes its dot: `a.*` does not match `a` or `abc`.
    expect(lookup("a")).toBe("*");
    expect(lookup("abc")).toBe("*");
    expect(lookup("orders")).toBe("*");
  });

  it("does not depend on the order of the table", () => {
    const reversed = [...TABLE].reverse();
    for (const stream of ["a.b.c", "a.b.cd", "a.x", "ab", "a", "orders"]) {
      expect(lookup(stream, reversed)).toBe(lookup(stream));
    }
  });

  it("finds nothing for a stream no entry matches (a table without `*`): it is not declared", () => {
    expect(streamEntry("orders", [entry("a.*")])).toBeUndefined();
  });

  it("reads the platform's table by default", () => {
    expect(streamEntry(FRAME_STREAMS.processed)).toBe(STREAM_TABLE.find((e) => e.stream === "frames.*"));
  });
});

describe("STREAM_TABLE", () => {
  it("imports nothing, so the SST app can read it as it reads the route and job tables", () => {
    const source = readFileSync(new URL("../functions/config/stream-table.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/^\s*(import|export .* from)\b|\bimport\(|\brequire\(/m);
  });

  it("names each stream or pattern once, validly, with a catch-all", () => {
    const names = STREAM_TABLE.map((e) => e.stream);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("*");
    for (const name of names) {
      const prefix = name.endsWith("*") ? name.slice(0, -1) : name;
      // A prefix is the start of a valid name (`frames.` of `frames.x`); `*` alone has none.
      expect(prefix === "" || STREAM_NAME.test(name.endsWith("*") ? `${prefix}x` : name), name).toBe(true);
    }
  });

  it("gives every entry a purpose and settings the Producer accepts", () => {
    for (const { stream, purpose, durable, idempotencyWindowMs } of STREAM_TABLE) {
      expect(purpose.length, stream).toBeGreaterThan(10);
      expect(Number.isSafeInteger(idempotencyWindowMs) && idempotencyWindowMs > 0, stream).toBe(true);
      if (typeof durable === "object") {
        const { replicas = 1, timeoutMs = 1000 } = durable;
        expect(Number.isSafeInteger(replicas) && replicas > 0, stream).toBe(true);
        // Under the default command timeout (5 s): a longer WAIT would be refused as streams.invalid_option.
        expect(Number.isSafeInteger(timeoutMs) && timeoutMs > 0 && timeoutMs < 5000, stream).toBe(true);
      }
    }
  });

  it("covers every stream the platform's code names with an entry of its own, not the catch-all", () => {
    const platform = [
      ...Object.values(FRAME_STREAMS),
      ...LAKE_STREAMS,
      requestKeys("echo").streamName,
      "demo", // npm start's demo producer (scripts/start.ts)
    ];
    for (const stream of platform) expect(streamEntry(stream)?.stream, stream).not.toBe("*");
    expect(streamEntry("orders")?.idempotencyWindowMs).toBe(DEFAULT_IDEMPOTENCY_WINDOW_MS);
  });

  it("takes the pipeline's frames, and only those, on the frame streams", () => {
    for (const stream of Object.values(FRAME_STREAMS)) {
      expect(streamEntry(stream)?.contentTypes, stream).toEqual([FRAME_CONTENT_TYPE]);
    }
  });

  it("keeps the lake writer's group (SLUICE_LAKE_GROUP's default, lake) the platform's on every stream it drains", () => {
    for (const stream of LAKE_STREAMS) expect(streamEntry(stream)?.groups, stream).toContain("lake");
  });

  it("keeps its operations the scopes' own", () => {
    const operations: readonly StreamOperation[] = OPERATIONS;
    expect([...operations]).toEqual(["publish", "read", "ack", "redrive", "admin"]);
  });

  it("reserves the platform's streams: written by the platform, never published to by callers directly", () => {
    for (const stream of [...Object.values(FRAME_STREAMS), requestKeys("echo").streamName, "sluice.audit"]) {
      const found = streamEntry(stream);
      expect(found?.writer, stream).not.toBe("callers");
      expect(found?.callers, stream).not.toContain("publish");
    }
  });

  it("bounds what callers create: a quota on every pattern they write, limits on groups and consumers", () => {
    for (const e of STREAM_TABLE) {
      if (e.writer === "callers" && e.stream.endsWith("*")) expect(e.maxStreams, e.stream).toBeGreaterThan(0);
      expect(e.maxGroups, e.stream).toBeGreaterThan(e.groups.length);
      expect(e.maxConsumersPerGroup, e.stream).toBeGreaterThan(0);
      expect(e.maxEntryBytes, e.stream).toBeGreaterThan(0);
    }
  });
});
