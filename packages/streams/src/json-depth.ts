// How deeply a caller's JSON nests, found by one linear scan of its bytes before anything recursive runs on it:
// JSON.parse itself copes with any depth, but JSON.stringify, recursive validators and many consumers' parsers do not
// (a 10,000-deep `data` made V8's JSON.stringify throw RangeError, a 500).

/**
 * The deepest JSON the front doors take: 64 levels of arrays and objects, counted from the body's top. Real events
 * nest far less (a Bluesky commit about 6 levels, a frame's proto3 JSON 3, business events rarely over 10; a batch
 * body adds 3 above each `data`), and 64 stays under the defaults of the parsers consumers use (Ruby's JSON stops at
 * 100, Rust's serde_json at 128), so whatever Sluice stores, every consumer can read.
 */
export const MAX_JSON_DEPTH = 64;

/** The bytes of JSON's structure, for the scanners over a body's bytes (this one, the HTTP layer's data texts). */
export const JSON_BYTES = {
  QUOTE: 0x22,
  BACKSLASH: 0x5c,
  COMMA: 0x2c,
  OPEN_BRACE: 0x7b,
  CLOSE_BRACE: 0x7d,
  OPEN_BRACKET: 0x5b,
  CLOSE_BRACKET: 0x5d,
} as const;
const { QUOTE, BACKSLASH, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET } = JSON_BYTES;

/**
 * Offset of the `[` or `{` that opens level `limit + 1`, or undefined when `bytes` nest no deeper than `limit`.
 * Brackets inside strings do not count; the bytes need not be valid JSON (an unterminated string ends the scan), so
 * this can run before the parser. One pass, linear in the length.
 */
export function jsonTooDeepAt(bytes: Uint8Array, limit: number = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      i = jsonStringEnd(bytes, i);
      if (i < 0) return undefined;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      depth += 1;
      if (depth > limit) return i;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return undefined;
}

/** Offset of the quote that closes the string opening at `start`, or -1 when it is not closed. */
export function jsonStringEnd(bytes: Uint8Array, start: number): number {
  // A byte loop: indexOf per quote costs more than it saves once strings are short or full of escapes.
  for (let i = start + 1; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === BACKSLASH) i++;
    else if (byte === QUOTE) return i;
  }
  return -1;
}
