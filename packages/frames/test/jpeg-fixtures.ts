// Camera JPEGs with the defects decode.ts must tell apart, made from a clean encoded JPEG by deterministic byte edits:
// corrupt entropy-coded data (what a bad link or a failing sensor buffer sends) and the benign framing defects that
// real cameras' JPEGs carry (padding between header segments, no end-of-image marker, zeros after it).

const EOI_LENGTH = 2;

/** Where the first scan's entropy-coded data starts: after the SOS segment (the header is regular here). */
export function scanStart(jpeg: Buffer): number {
  for (let at = 2; at + 4 <= jpeg.length; ) {
    const length = jpeg.readUInt16BE(at + 2);
    if (jpeg[at + 1] === 0xda) return at + 2 + length;
    at += 2 + length;
  }
  throw new Error("no SOS segment");
}

/** Every `every`-th byte from `from` on replaced by a seeded pseudo-random one (an LCG: the same bytes every run). */
function randomise(jpeg: Buffer, from: number, to: number, every: number, seed: number): Buffer {
  const out = Buffer.from(jpeg);
  let state = seed;
  for (let at = from + every - 1; at < to; at += every) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out[at] = (state >>> 16) & 0xff;
  }
  return out;
}

/** Issue 18's corrupt frame: every 97th byte of the scan data randomised; decoders warn, then paint noise. */
export const corruptScanData = (jpeg: Buffer, seed: number) =>
  randomise(jpeg, scanStart(jpeg), jpeg.length - EOI_LENGTH, 97, seed);

/** Every 97th byte of the whole file randomised: the header's tables and lengths too. */
export const corruptWholeFile = (jpeg: Buffer, seed: number) => randomise(jpeg, 0, jpeg.length, 97, seed);

/** Cut inside the scan data, at `fraction` of the file. */
export const truncated = (jpeg: Buffer, fraction: number) =>
  jpeg.subarray(0, Math.floor(jpeg.length * fraction));

/** Padding between the APP0 and the next segment (libjpeg: "3 extraneous bytes before marker 0xdb"). */
export function paddedHeader(jpeg: Buffer): Buffer {
  const afterApp0 = 4 + jpeg.readUInt16BE(4);
  return Buffer.concat([
    jpeg.subarray(0, afterApp0),
    Buffer.from([0x00, 0x00, 0x11]),
    jpeg.subarray(afterApp0),
  ]);
}

/** The stream cut right after the last scan (libjpeg: "Premature end of JPEG file"). */
export const withoutEoi = (jpeg: Buffer) => jpeg.subarray(0, jpeg.length - EOI_LENGTH);

/** Zeros after the end-of-image marker, as some cameras pad to a block size. */
export const zeroPadded = (jpeg: Buffer) => Buffer.concat([jpeg, Buffer.alloc(64)]);
