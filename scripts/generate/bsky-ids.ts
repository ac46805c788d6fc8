// Identifier formats of the AT Protocol as the firehose carries them: DIDs, record keys (TIDs) and CIDs.
import type { Random } from "./bsky-random.ts";

/** Lower-case RFC 4648 base32, as in did:plc identifiers and base32 CIDs. */
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
/** base32-sortable, the TID alphabet: its order is the characters' byte order. */
const BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz";

function base32(random: Random, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += BASE32[random.int(32)];
  return text;
}

/** `did:plc:` and 24 base32 characters. */
export function plcDid(random: Random): string {
  return `did:plc:${base32(random, 24)}`;
}

/** A CIDv1 of dag-cbor with a sha-256 hash, as base32: `bafyrei` and 52 base32 characters. */
export function cid(random: Random): string {
  return `bafyrei${base32(random, 52)}`;
}

/**
 * A TID: 64 bits (top bit 0, 53 bits of microseconds since the epoch, 10 bits of clock id) as 13 characters of
 * base32-sortable, so that record keys sort by time.
 */
export function tid(timeUs: number, clockId: number): string {
  let value = (BigInt(Math.max(0, Math.floor(timeUs))) << 10n) | BigInt(clockId & 1023);
  let text = "";
  for (let i = 0; i < 13; i++) {
    text = BASE32_SORTABLE[Number(value & 31n)] + text;
    value >>= 5n;
  }
  return text;
}

/** The microseconds a TID was made from. */
export function tidTimeUs(rkey: string): number {
  let value = 0n;
  for (const char of rkey) value = (value << 5n) | BigInt(BASE32_SORTABLE.indexOf(char));
  return Number(value >> 10n);
}

export function postUri(did: string, rkey: string): string {
  return `at://${did}/app.bsky.feed.post/${rkey}`;
}
