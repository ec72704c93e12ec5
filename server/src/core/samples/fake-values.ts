import type { Rng } from './prng';
import { createRng, seedFromText } from './prng';

/** A GUID in the Windows braces form, upper-case: {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}. */
export function fakeGuid(rng: Rng): string {
  const h = rng.hex(32).toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}}`;
}

/** A lower-case random (version 4) UUID without braces, as cloud logs write request and event ids. */
export function fakeUuid(rng: Rng): string {
  const h = rng.hex(32);
  const variant = '89ab'[rng.int(0, 3)];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
}

/** File hashes that stay the same for the same file name, like a real binary would. */
export interface FileHashes {
  md5: string;
  sha1: string;
  sha256: string;
  imphash: string;
}

export function hashesFor(fileIdentity: string): FileHashes {
  const rng = createRng(seedFromText(fileIdentity.toLowerCase()));
  return { md5: rng.hex(32).toUpperCase(), sha1: rng.hex(40).toUpperCase(), sha256: rng.hex(64).toUpperCase(), imphash: rng.hex(32).toUpperCase() };
}

/** The Sysmon `Hashes` field in the configured `SHA1,MD5,SHA256,IMPHASH` order. */
export function sysmonHashes(fileIdentity: string): string {
  const h = hashesFor(fileIdentity);
  return `SHA1=${h.sha1},MD5=${h.md5},SHA256=${h.sha256},IMPHASH=${h.imphash}`;
}

/** ISO-8601 UTC with microseconds, as evtx_dump prints SystemTime. */
export function isoMicros(ms: number, rng: Rng): string {
  return new Date(ms).toISOString().replace('Z', `${String(rng.int(0, 999)).padStart(3, '0')}Z`);
}

/** Sysmon's own UtcTime layout: `YYYY-MM-DD HH:MM:SS.mmm`. */
export function sysmonUtc(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

/** A logon session id as Windows prints it: lower-case hex with 0x. */
export function fakeLogonId(rng: Rng): string {
  return `0x${rng.int(0x100000, 0x9ffffff).toString(16)}`;
}
