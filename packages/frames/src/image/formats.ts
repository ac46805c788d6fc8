/** The formats Sluice reads and writes: the four ImageFormat values of frames.proto. */
export type ImageFormatName = "jpeg" | "png" | "webp" | "avif";

export const IMAGE_FORMATS: readonly ImageFormatName[] = ["jpeg", "png", "webp", "avif"];

/** What the first bytes of an input look like: one of ours, or a format we recognise only to refuse it by name. */
export type SniffedFormat = ImageFormatName | "gif" | "bmp" | "tiff" | "svg" | "heic" | "unknown";

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

/**
 * The format of `bytes` from its magic numbers alone, before any decoder sees it. Only JPEG, PNG, WebP and AVIF are
 * accepted as input: what cameras send and what libvips decodes well. GIF, BMP, TIFF, SVG (an XML parser and
 * renderer) and HEIC (HEVC, not in sharp's prebuilt libvips) are refused before reaching a loader, which keeps
 * libvips's other loaders, and their attack surface, out of the path of untrusted bytes.
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xd8 && b2 === 0xff) return "jpeg";
  if (ascii(bytes, 0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  if (ascii(bytes, 4, 8) === "ftyp") {
    // ISO BMFF: the major brand at 8, then compatible brands from 16 to the end of the ftyp box.
    const boxEnd = Math.min(
      bytes.length,
      ((b0 ?? 0) << 24) | ((b1 ?? 0) << 16) | ((b2 ?? 0) << 8) | (b3 ?? 0),
    );
    for (let at = 8; at + 4 <= boxEnd; at += at === 8 ? 8 : 4) {
      const brand = ascii(bytes, at, at + 4);
      if (brand === "avif" || brand === "avis") return "avif";
    }
    return "heic";
  }
  if (ascii(bytes, 0, 4) === "GIF8") return "gif";
  if (b0 === 0x42 && b1 === 0x4d) return "bmp";
  const tiff = ascii(bytes, 0, 4);
  if (tiff === "II*\0" || tiff === "MM\0*") return "tiff";
  if (/^(\ufeff|\xef\xbb\xbf)?\s*<(\?xml|svg|!--|!doctype)/i.test(ascii(bytes, 0, 256))) return "svg";
  return "unknown";
}

export const isImageFormat = (format: string): format is ImageFormatName =>
  (IMAGE_FORMATS as readonly string[]).includes(format);
