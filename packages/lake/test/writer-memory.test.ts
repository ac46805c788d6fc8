// What an open lake file holds between row groups: an encoder thread keeps many files open (a table per hour), so
// each must let its encoded row group's buffer go once the group reached its sink, or the thread holds the size of
// every file's largest group at once.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { BSKY_TABLES, toRow } from "@sluice/lake/bsky";
import { bulkyLikes, entry, H10 } from "@sluice/lake/testing";
import { describe, expect, it } from "vitest";
import { ParquetFileWriter } from "../src/index.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const MiB = 1024 * 1024;

/** Live ArrayBuffer bytes, after collecting (twice: V8 sweeps array buffers' memory on a background thread). */
async function arrayBufferBytes(): Promise<number> {
  for (let i = 0; i < 2; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return process.memoryUsage().arrayBuffers;
}

describe("ParquetFileWriter memory", () => {
  it("holds a small buffer, not its last row group, once the group is flushed", async () => {
    const rows = bulkyLikes(20_000).map((e, i) =>
      toRow("bsky.like", entry(e.type, e.data as string, H10 + i, 0)),
    );
    const sunk: number[] = [];
    const writers = Array.from(
      { length: 8 },
      () =>
        new ParquetFileWriter(BSKY_TABLES["bsky.like"], async (chunk) => {
          sunk.push(chunk.byteLength); // the sink keeps only the count: the chunk itself is let go
        }),
    );
    const before = await arrayBufferBytes();
    for (const writer of writers) {
      for (const row of rows) await writer.write(row);
      await writer.flush(); // one row group of several MiB, encoded and sunk; the file stays open
    }
    const held = (await arrayBufferBytes()) - before;
    const groupBytes = Math.max(...sunk);
    expect(groupBytes).toBeGreaterThan(2 * MiB);
    // Eight open files: each may keep its small starting buffer, none a row group's.
    expect(held).toBeLessThan(groupBytes);
    for (const writer of writers) await writer.close();
  });
});
