/**
 * The encoding modifiers of Sigma v2.1: `utf16le`/`wide`, `utf16be`, `utf16` turn text into bytes,
 * `base64` and `base64offset` turn bytes into the base64 text that appears in logs, and `windash`
 * multiplies a command-line flag into its dash variants.
 */
export type ByteEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'utf16';

export function encodeText(text: string, encoding: ByteEncoding): Uint8Array {
  if (encoding === 'utf8') return new TextEncoder().encode(text);
  const units: number[] = encoding === 'utf16' ? [0xff, 0xfe] : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (encoding === 'utf16be') units.push(code >> 8, code & 0xff);
    else units.push(code & 0xff, code >> 8);
  }
  return Uint8Array.from(units);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding; written here because the core has no Buffer dependency by design. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(triple >> 18) & 63] + ALPHABET[(triple >> 12) & 63];
    out += b === undefined ? '=' : ALPHABET[(triple >> 6) & 63];
    out += c === undefined ? '=' : ALPHABET[triple & 63];
  }
  return out;
}

const START_OFFSETS = [0, 2, 3];
const END_TRIMS = [0, 3, 2];

/**
 * The three base64 forms of a value at byte offsets 0, 1 and 2 inside a longer encoded text,
 * trimmed to the characters that do not depend on the surrounding bytes (as pySigma does).
 */
export function base64OffsetVariants(bytes: Uint8Array): string[] {
  const variants: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const padded = new Uint8Array(bytes.length + shift);
    padded.fill(0x20, 0, shift);
    padded.set(bytes, shift);
    const encoded = toBase64(padded);
    const trim = END_TRIMS[(bytes.length + shift) % 3];
    variants.push(encoded.slice(START_OFFSETS[shift], trim ? encoded.length - trim : encoded.length));
  }
  return variants;
}

/** Bytes as a string of char codes 0-255, for an encoding modifier that is not followed by base64. */
export function bytesToBinaryString(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

export const WINDASH_CHARACTERS = ['-', '/', '\u2013', '\u2014', '\u2015'];
/** A `-` or `/` that starts a word after a non-word character, as pySigma's windash reads flags. */
export const FLAG_DASH = /\B[-/]\b/g;

/** Every dash variant of a text: each flag dash replaced, all at once, by `-`, `/`, en dash, em dash and horizontal bar. */
export function windashVariants(text: string): string[] {
  if (text.search(FLAG_DASH) < 0) return [text];
  const variants = WINDASH_CHARACTERS.map((dash) => text.replace(FLAG_DASH, dash));
  return [...new Set([text, ...variants])];
}
