import { zstdCompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeChunk, encodeChunk, sha256 } from "../../src/backup/backup-chunk.ts";
import { snapshotId, snapshotTime } from "../../src/backup/snapshot.ts";

describe("backup chunks", () => {
  it("round-trip records of any bytes, empty items included", () => {
    const records = [
      [Buffer.from("1-1"), Buffer.from("t"), Buffer.from([0, 255, 10, 13])],
      [Buffer.from("1-2"), Buffer.alloc(0), Buffer.from("é".repeat(70_000))],
      [Buffer.from("only")],
    ];
    const chunk = encodeChunk(records);
    expect(chunk.count).toBe(3);
    expect(chunk.sha256).toBe(sha256(chunk.bytes));
    expect(decodeChunk(chunk.bytes, chunk.sha256, "c")).toEqual(records);
  });

  it("names the chunk when its checksum, its compression or its length is wrong", () => {
    const chunk = encodeChunk([[Buffer.from("1-1"), Buffer.from("f"), Buffer.from("v")]]);
    expect(() => decodeChunk(chunk.bytes, "0".repeat(64), "s/1.chunk")).toThrow(
      expect.objectContaining({
        code: "ops.backup_corrupt",
        message: expect.stringMatching(/^s\/1\.chunk: checksum/),
      }),
    );
    const garbage = Buffer.from("not zstd");
    expect(() => decodeChunk(garbage, sha256(garbage), "g")).toThrow(/g: not a zstd frame/);
    // A valid frame whose content stops inside a record.
    const cut = zstdCompressSync(Buffer.from([0, 0, 0, 2, 0, 0, 0, 9, 1, 2]));
    expect(() => decodeChunk(cut, sha256(cut), "t")).toThrow(/t: truncated at byte 8/);
  });
});

describe("snapshot ids", () => {
  it("start with their UTC time, sort by it, and read back", () => {
    const at = new Date(Date.UTC(2026, 11, 2, 15, 30, 0, 123));
    const id = snapshotId(at);
    expect(id).toMatch(/^20261202T153000123Z-[0-9a-f]{6}$/);
    expect(snapshotTime(id)).toBe(at.getTime());
    expect(snapshotTime("nonsense")).toBeNaN();
    expect([snapshotId(new Date(at.getTime() + 1)), id].sort()[0]).toBe(id);
  });
});
