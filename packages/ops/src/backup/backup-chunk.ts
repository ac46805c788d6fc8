// The chunk format of backups: records of byte strings exactly as Redis gave them (nothing decoded),
// length-prefixed, zstd-compressed, with a SHA-256 of the compressed bytes that the manifest keeps, so that a
// restore detects a chunk that was changed or cut short. A stream entry is the record [id, field, value, ...];
// another key is [key, absolute expiry in ms or "0", DUMP payload].
//   record := u32 item count, then per item: u32 length, bytes
import { createHash } from "node:crypto";
import { constants, zstdCompressSync, zstdDecompressSync } from "node:zlib";
import { BackupCorruptError } from "./errors.ts";

export interface EncodedChunk {
  bytes: Buffer;
  sha256: string;
  /** Records in it. */
  count: number;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Encodes records into one compressed chunk. */
export function encodeChunk(records: Buffer[][]): EncodedChunk {
  let size = 0;
  for (const items of records) {
    size += 4;
    for (const item of items) size += 4 + item.length;
  }
  const raw = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const items of records) {
    offset = raw.writeUInt32BE(items.length, offset);
    for (const item of items) {
      offset = raw.writeUInt32BE(item.length, offset);
      offset += item.copy(raw, offset);
    }
  }
  const bytes = zstdCompressSync(raw, { params: { [constants.ZSTD_c_compressionLevel]: 3 } });
  return { bytes, sha256: sha256(bytes), count: records.length };
}

/** Decodes a chunk after checking it against its checksum; `where` names it in errors. */
export function decodeChunk(bytes: Uint8Array, expectedSha256: string, where: string): Buffer[][] {
  const actual = sha256(bytes);
  if (actual !== expectedSha256) {
    throw new BackupCorruptError(`${where}: checksum ${actual} is not the manifest's ${expectedSha256}`, {
      details: { chunk: where, expected: expectedSha256, actual },
    });
  }
  let raw: Buffer;
  try {
    raw = zstdDecompressSync(bytes);
  } catch (error) {
    throw new BackupCorruptError(`${where}: not a zstd frame (${(error as Error).message})`, {
      cause: error,
    });
  }
  const records: Buffer[][] = [];
  let offset = 0;
  const need = (n: number) => {
    if (offset + n > raw.length) throw new BackupCorruptError(`${where}: truncated at byte ${offset}`);
  };
  while (offset < raw.length) {
    need(4);
    const count = raw.readUInt32BE(offset);
    offset += 4;
    const items: Buffer[] = new Array(count);
    for (let i = 0; i < count; i++) {
      need(4);
      const length = raw.readUInt32BE(offset);
      offset += 4;
      need(length);
      items[i] = raw.subarray(offset, offset + length);
      offset += length;
    }
    records.push(items);
  }
  return records;
}
