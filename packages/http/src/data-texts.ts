// The JSON text of each message's `data` exactly as the client sent it, found in the request body's bytes, so that
// the stream stores those bytes rather than a re-serialization of the parsed value: JSON.parse turns 1e400 into
// Infinity (stringified as null) and 12345678901234567890 into 12345678901234567000, and drops whitespace and escapes.
// The body has been parsed already (JSON.parse validated it, jsonTooDeepAt bounded its depth), so this only walks
// the structure: one linear pass, no recursion.
import { JSON_BYTES, jsonStringEnd } from "@sluice/streams";

const { OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, QUOTE, COMMA } = JSON_BYTES;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]); // TextDecoder drops it before JSON.parse

type Span = { start: number; end: number };

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function skipSpace(bytes: Buffer, at: number): number {
  let i = at;
  while (isSpace(bytes[i])) i++;
  return i;
}

/** Offset just past the value that starts at `start`. */
function valueEnd(bytes: Buffer, start: number): number {
  const first = bytes[start];
  if (first === QUOTE) return jsonStringEnd(bytes, start) + 1;
  let i = start;
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    do {
      const byte = bytes[i];
      if (byte === QUOTE) i = jsonStringEnd(bytes, i);
      else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth -= 1;
      i++;
    } while (depth > 0);
    return i;
  }
  // A number, true, false or null: up to the next delimiter.
  for (let byte = bytes[i]; byte !== undefined; byte = bytes[++i]) {
    if (byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET || isSpace(byte)) break;
  }
  return i;
}

/** The value span of member `name` of the object opening at `start` (the last one, as JSON.parse keeps it). */
function memberSpan(bytes: Buffer, start: number, name: string): Span | undefined {
  let found: Span | undefined;
  let i = skipSpace(bytes, start + 1);
  while (bytes[i] === QUOTE) {
    const nameEnd = jsonStringEnd(bytes, i);
    const key = memberName(bytes, i, nameEnd);
    const valueStart = skipSpace(bytes, skipSpace(bytes, nameEnd + 1) + 1); // past the colon
    const end = valueEnd(bytes, valueStart);
    if (key === name) found = { start: valueStart, end };
    i = skipSpace(bytes, end);
    if (bytes[i] === COMMA) i = skipSpace(bytes, i + 1);
  }
  return found;
}

/** A member name as JSON.parse decodes it: with escapes, `"d\u0061ta"` is `data`. */
function memberName(bytes: Buffer, quote: number, closingQuote: number): string {
  const name = bytes.toString("utf8", quote + 1, closingQuote);
  return name.includes("\\") ? (JSON.parse(bytes.toString("utf8", quote, closingQuote + 1)) as string) : name;
}

/** Start offsets of the items of the array opening at `start`. */
function itemStarts(bytes: Buffer, start: number): number[] {
  const starts: number[] = [];
  let i = skipSpace(bytes, start + 1);
  while (bytes[i] !== CLOSE_BRACKET) {
    starts.push(i);
    i = skipSpace(bytes, valueEnd(bytes, i));
    if (bytes[i] === COMMA) i = skipSpace(bytes, i + 1);
  }
  return starts;
}

/**
 * The bytes of each message's `data` in a valid JSON body whose top level is an object: `[data]` for one entry, one
 * per item of `entries` for a batch (undefined where an item is no object or has no `data`). Views of `body`, not
 * copies.
 */
export function dataTexts(body: Buffer, single: boolean): (Buffer | undefined)[] {
  const top = skipSpace(body, body.subarray(0, 3).equals(BOM) ? 3 : 0);
  const text = (span: Span | undefined) => span && body.subarray(span.start, span.end);
  if (single) return [text(memberSpan(body, top, "data"))];
  const entries = memberSpan(body, top, "entries");
  if (entries === undefined) return [];
  return itemStarts(body, entries.start).map((item) =>
    body[item] === OPEN_BRACE ? text(memberSpan(body, item, "data")) : undefined,
  );
}
