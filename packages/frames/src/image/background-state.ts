import { crc32 } from "node:zlib";
import type { BackgroundState } from "./background-model.ts";

const MAGIC = 0x534247; // "SBG"
const VERSION = 1;
const HEADER = 12;

/**
 * A camera's background model as bytes, for Redis: 3 × width × height + 16 bytes (43 KB at 160 × 90).
 * Little-endian: "SBG" and a version byte, width u16, height u16, frames u32; the background (u16 per pixel,
 * luma × 256); the previous frame (u8 per pixel); a CRC-32 of everything before it.
 */
export function encodeBackgroundState(state: BackgroundState): Buffer {
  const n = state.width * state.height;
  const out = Buffer.allocUnsafe(HEADER + 3 * n + 4);
  out.writeUIntBE(MAGIC, 0, 3);
  out.writeUInt8(VERSION, 3);
  out.writeUInt16LE(state.width, 4);
  out.writeUInt16LE(state.height, 6);
  out.writeUInt32LE(state.frames, 8);
  for (let i = 0; i < n; i++) out.writeUInt16LE(state.background[i] as number, HEADER + 2 * i);
  out.set(state.previous.subarray(0, n), HEADER + 2 * n);
  out.writeUInt32LE(crc32(out.subarray(0, HEADER + 3 * n)), HEADER + 3 * n);
  return out;
}

/** The state encodeBackgroundState wrote, or undefined for anything else (corrupt, truncated, another version):
 * the camera then starts a new background. */
export function decodeBackgroundState(bytes: Uint8Array): BackgroundState | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < HEADER + 4 || buffer.readUIntBE(0, 3) !== MAGIC || buffer[3] !== VERSION)
    return undefined;
  const width = buffer.readUInt16LE(4);
  const height = buffer.readUInt16LE(6);
  const frames = buffer.readUInt32LE(8);
  const n = width * height;
  if (n === 0 || frames === 0 || buffer.length !== HEADER + 3 * n + 4) return undefined;
  if (crc32(buffer.subarray(0, HEADER + 3 * n)) !== buffer.readUInt32LE(HEADER + 3 * n)) return undefined;
  const background = new Uint16Array(n);
  for (let i = 0; i < n; i++) background[i] = buffer.readUInt16LE(HEADER + 2 * i);
  const previous = Uint8Array.from(buffer.subarray(HEADER + 2 * n, HEADER + 3 * n));
  return { width, height, frames, background, previous };
}
