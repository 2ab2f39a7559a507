/** The outcome of decoding a file's bytes: its text, or why it is not text we can read. */
export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; reason: string };

// Bytes looked at for NUL bytes, the sign of a binary file.
const BINARY_PROBE = 8192;

/** Decodes UTF-8 (with or without BOM) or BOM-marked UTF-16; refuses binary and other encodings (UTF-32 among them) with a reason. */
export function decodeText(bytes: Uint8Array): Decoded {
  // UTF-32's BOMs first: the little-endian one begins with UTF-16LE's (FF FE 00 00 against FF FE).
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return utf32('UTF-32LE');
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return utf32('UTF-32BE');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { ok: false, reason: 'looks binary (it contains NUL bytes)' };
  try {
    // The BOM is kept in the text: offsets then match what an editor shows and a rewrite keeps it.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: false, reason: 'is not valid UTF-8 (convert it to UTF-8 first)' };
  }
}

// Decodes a UTF-16 file whose BOM named its byte order.
function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, reason: `is not valid ${encoding.toUpperCase()}` };
  }
}

// A UTF-32 file, known by its BOM: refused rather than read as UTF-16 or binary.
function utf32(encoding: string): Decoded {
  return { ok: false, reason: `is ${encoding} (convert it to UTF-8 first)` };
}
