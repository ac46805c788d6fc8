// Protobuf bytes made wrong at the wire level, for every gRPC method and the binary frames route: truncated, a byte
// flipped, a tag given another wire type, garbage appended, a string field holding invalid UTF-8, a length far past
// the end, unknown groups nested deep (decoders skip them recursively), or nothing but random bytes.
import type { Random } from "../generate/bsky-random.ts";
import { invalidUtf8, randomBytes } from "./mutations.ts";

/** A varint's bytes. */
function varint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    out.push((rest % 128) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
  return out;
}

const tag = (field: number, wireType: number) => varint(field * 8 + wireType);

export const PROTOBUF_MUTATIONS = [
  "truncated",
  "byte_flipped",
  "wrong_wire_type",
  "garbage_appended",
  "invalid_utf8_string",
  "length_past_end",
  "deep_unknown_groups",
  "random_bytes",
] as const;
export type ProtobufMutation = (typeof PROTOBUF_MUTATIONS)[number];

/** `bytes` with an unknown length-delimited field (15) of `payload` after it: any message made `payload` bigger. */
export function withUnknownField(bytes: Uint8Array, payload: Buffer): Buffer {
  return Buffer.concat([bytes, Buffer.from([...tag(15, 2), ...varint(payload.length)]), payload]);
}

/** `valid` (an encoded message, field 1 a string in every request here) made wrong by `mutation`. */
export function mutateProtobuf(random: Random, valid: Uint8Array, mutation: ProtobufMutation): Buffer {
  const bytes = Buffer.from(valid);
  switch (mutation) {
    case "truncated":
      return bytes.subarray(0, bytes.length === 0 ? 0 : random.int(bytes.length));
    case "byte_flipped": {
      if (bytes.length === 0) return Buffer.from([random.int(256)]);
      const at = random.int(bytes.length);
      bytes[at] = (bytes[at] as number) ^ (1 + random.int(255));
      return bytes;
    }
    case "wrong_wire_type": {
      // The first byte of an encoded message is a tag; so is any byte at a field start, which a random one may be.
      const at = bytes.length === 0 || random.chance(0.5) ? 0 : random.int(bytes.length);
      if (bytes.length === 0) return Buffer.from([0x08 | random.pick([3, 4, 6, 7])]);
      bytes[at] = ((bytes[at] as number) & ~7) | random.pick([1, 3, 4, 5, 6, 7]);
      return bytes;
    }
    case "garbage_appended":
      return Buffer.concat([bytes, randomBytes(random, 1 + random.int(64))]);
    case "invalid_utf8_string": {
      const bad = invalidUtf8(random);
      return Buffer.concat([Buffer.from([...tag(1, 2), ...varint(bad.length)]), bad, bytes]);
    }
    case "length_past_end":
      return Buffer.concat([
        bytes,
        Buffer.from([...tag(1, 2), ...varint(random.pick([100, 2 ** 31, 2 ** 35]))]),
      ]);
    case "deep_unknown_groups": {
      const depth = random.pick([100, 1000, 10_000, 100_000]);
      const open = Buffer.from(tag(15, 3));
      const close = Buffer.from(tag(15, 4));
      return Buffer.concat([bytes, ...Array(depth).fill(open), ...Array(depth).fill(close)]);
    }
    case "random_bytes":
      return randomBytes(random, random.int(256));
  }
}
