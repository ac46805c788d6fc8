// The fuzzer's building blocks, all drawn from one seeded Random so that a seed gives the same requests again:
// random bytes, deeply nested JSON, numbers JSON cannot hold, invalid UTF-8, odd and very long names, base64 edge
// cases and sizes around the platform's limits.
import type { Random } from "../generate/bsky-random.ts";

export const KiB = 1024;
export const MiB = 1024 * KiB;

/**
 * Byte sizes a body or payload is drawn around: the entry limit (1 MiB, the producer's maxPayloadBytes), a request's
 * payload sum (5 MiB), the handlers' body limit (6 MiB) and the local server's (10 MiB, 413 beyond), gRPC's message
 * limit (4 MiB).
 */
export const LIMITS = [1 * MiB, 4 * MiB, 5 * MiB, 6 * MiB, 10 * MiB];

/** One buffer of random bytes, sliced for every large body: drawing megabytes per request would cost more than sending. */
const POOL = { bytes: Buffer.alloc(0) };

/** `n` random bytes (a view of a shared pool past 4 KiB: the same bytes for the same seed and draws). */
export function randomBytes(random: Random, n: number): Buffer {
  if (n <= 4 * KiB) return Buffer.from(Array.from({ length: n }, () => random.int(256)));
  if (POOL.bytes.length < 11 * MiB) {
    POOL.bytes = Buffer.alloc(11 * MiB);
    for (let i = 0; i < POOL.bytes.length; i += 4) POOL.bytes.writeUInt32LE(random.uint32(), i);
  }
  const start = random.int(POOL.bytes.length - n + 1);
  return POOL.bytes.subarray(start, start + n);
}

/** A size around a limit: just under, at, just over, or a small size. */
export function boundarySize(random: Random): number {
  if (random.chance(0.3)) return random.int(64);
  return Math.max(0, random.pick(LIMITS) + random.pick([-64, -1, 0, 1, 64, 4096]));
}

/** Bytes that are not UTF-8: lone continuation bytes, overlong forms, surrogates, truncated sequences. */
export function invalidUtf8(random: Random): Buffer {
  const bad = [
    [0x80],
    [0xc0, 0xaf],
    [0xed, 0xa0, 0x80],
    [0xf4, 0x90, 0x80, 0x80],
    [0xe2, 0x82],
    [0xff],
    [0xfe],
  ];
  return Buffer.from(Array.from({ length: 1 + random.int(6) }, () => random.pick(bad)).flat());
}

/** Numbers JSON text can hold but a double cannot, and the odd ones. */
export const HUGE_NUMBERS = [
  "1e400",
  "-1e400",
  "1e-400",
  "12345678901234567890",
  "123456789012345678901234567890123456789",
  "-0",
  "0.1e-999999999",
  "9007199254740993",
  "1E+308",
  `1${"0".repeat(5000)}`,
  "4.9e-324",
];

/** `[[[...1...]]]` or `{"a":{"a":...}}` `depth` deep, as text (building it as objects would itself overflow). */
export function deepJson(random: Random, depth: number): string {
  if (random.chance(0.5)) return `${"[".repeat(depth)}1${"]".repeat(depth)}`;
  return `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

export const DEPTHS = [10, 100, 1000, 5000, 10_000, 100_000];

const UNICODE = ["é", "ß", "你好", "🚀", "\u200b", "\u202e", "\ufeff", "Ω", "\u0000", "İ", "ﬃ", "𝒜"];

/**
 * A name for a stream, group, route, consumer or camera: a valid one, or one that breaks a rule (empty, too long,
 * upper case, unicode, dots and slashes, control characters, Redis key syntax).
 */
export function fuzzName(random: Random, valid: string): string {
  switch (random.int(12)) {
    case 0:
      return "";
    case 1:
      return "a".repeat(random.pick([99, 100, 101, 255, 1000, 10_000]));
    case 2:
      return valid.toUpperCase();
    case 3:
      return `${valid}${random.pick(UNICODE)}`;
    case 4:
      return Array.from({ length: 1 + random.int(40) }, () => random.pick(UNICODE)).join("");
    case 5:
      return random.pick(["..", ".", "-", "_", "../etc/passwd", "a/b", "a b", "rr.echo", "frames.input"]);
    case 6:
      return `${valid}{tag}`;
    case 7:
      return `${valid}:dlq`;
    case 8:
      return `${valid}\n\r\t`;
    case 9:
      return `fz-${random.int(1000)}`;
    case 10:
      return "😀".repeat(random.pick([25, 26, 50, 5000]));
    default:
      return valid;
  }
}

/** Base64 a decoder may take or refuse: url-safe, unpadded, wrong padding, whitespace, empty, not base64 at all. */
export function base64EdgeCase(random: Random, bytes: Buffer): string {
  const plain = bytes.toString("base64");
  switch (random.int(9)) {
    case 0:
      return bytes.toString("base64url");
    case 1:
      return plain.replace(/=+$/, "");
    case 2:
      return `${plain}===`;
    case 3:
      return plain.replace(/(.{76})/g, "$1\n");
    case 4:
      return "";
    case 5:
      return "!!!not base64***";
    case 6:
      return `${plain.slice(0, -1)}`;
    case 7:
      return "=".repeat(1 + random.int(8));
    default:
      return plain;
  }
}

/** A JSON value of any kind, for a field that expects one kind. */
export function anyJsonValue(random: Random): unknown {
  return random.pick<unknown>([
    null,
    true,
    0,
    -1,
    1.5,
    Number.MAX_SAFE_INTEGER,
    "",
    "x".repeat(random.int(300)),
    [],
    {},
    [1, "a", null],
    { nested: { deeper: [1, 2, 3] } },
    random.pick(UNICODE),
  ]);
}

/** The same object with one field replaced, removed or added. */
export function mutateOneField(random: Random, object: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(object);
  const copy = { ...object };
  const key = random.pick(keys);
  const action = random.int(3);
  if (action === 0) delete copy[key];
  else if (action === 1) copy[key] = anyJsonValue(random);
  else {
    // defineProperty: `__proto__` must become an own key of the JSON, not the copy's prototype.
    const extra = random.pick(["__proto__", "constructor", "extra", "", "Type", "type "]);
    Object.defineProperty(copy, extra, { value: anyJsonValue(random), enumerable: true });
  }
  return copy;
}
