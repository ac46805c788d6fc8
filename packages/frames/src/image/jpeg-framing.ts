// The benign framing defects of camera JPEGs, repaired before a strict decode: decode.ts decodes JPEGs with libvips
// failing on any warning, so that corrupt entropy-coded data (libjpeg's "Corrupt JPEG data" warnings) is caught, and
// the two defects real cameras' JPEGs commonly carry would otherwise trip it although their pixels are intact.

const EOI = Buffer.from([0xff, 0xd9]);
const SOS = 0xda;

/** Markers without a length: TEM and RST0-7 (SOI and EOI do not occur in a header). */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/**
 * The JPEG with its framing made regular, or `input` itself when it already is (the common case: no copy):
 * - bytes between the header's segments (padding some encoders write, libjpeg's "N extraneous bytes before marker")
 *   are dropped;
 * - a missing end-of-image marker is appended: a camera that cuts the stream right after the last scan sends a
 *   complete image (libjpeg's "Premature end of JPEG file"), while one that cuts it inside the scan now ends the
 *   scan early, which libjpeg reports as corrupt data ("premature end of data segment") rather than as a
 *   truncation libvips cannot tell from the benign case.
 * A header that does not parse is returned as it is, for the decoder to refuse.
 */
export function regularJpegFraming(input: Uint8Array): Uint8Array {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let dropped = false;
  let at = 2;
  for (;;) {
    const marker = bytes.indexOf(0xff, at);
    if (marker < 0) return input;
    dropped ||= marker > at;
    let code = marker + 1;
    while (bytes[code] === 0xff) code += 1; // fill bytes
    if (code >= bytes.length) return input;
    const type = bytes[code] as number;
    if (type === SOS) {
      kept.push(bytes.subarray(marker));
      break;
    }
    let end = code + 1;
    if (!standalone(type)) {
      if (end + 2 > bytes.length) return input;
      const length = bytes.readUInt16BE(end);
      if (length < 2) return input;
      end += length;
    }
    if (end > bytes.length) return input;
    kept.push(bytes.subarray(marker, end));
    at = end;
  }
  // Entropy-coded data stuffs every 0xFF as FF 00, so FF D9 after the first scan's start is the end marker.
  const scan = bytes.length - (kept.at(-1) as Buffer).length;
  const ended = bytes.lastIndexOf(EOI) > scan;
  if (!dropped && ended) return input;
  if (!ended) kept.push(EOI);
  return Buffer.concat(kept);
}
