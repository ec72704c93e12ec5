import { LOWER_FIRST } from './multi-pattern';

const HASH_SIZE = 4096;
/** Needle blocks beyond which too few blocks of a text would allow a skip (an eighth of the table). */
const MAX_BLOCKS = HASH_SIZE / 8;
/** A module-local copy: an imported binding can cost a getter call on every use when modules are not bundled. */
const FOLD = LOWER_FIRST;

interface Entry {
  /** The whole needle, case folded: the first `m` characters locate it, the rest confirm it. */
  needle: Uint16Array;
  id: number;
}

/**
 * Wu-Manber multi-pattern search over blocks of two characters: it jumps ahead by up to the shortest
 * needle's length when the current block cannot end a needle's prefix, so texts without any needle
 * (the usual case for keyword searches over whole events) cost a fraction of a character-by-character
 * scan. Case is folded (by the first character of each character's lowercase form, so a needle is
 * found wherever the lowercased text contains it, bar multi-character lowercase forms).
 */
export class SkipSearch {
  private readonly shift = new Uint8Array(HASH_SIZE);
  private readonly buckets: (Entry[] | undefined)[] = new Array(HASH_SIZE);

  private constructor(private readonly m: number, patterns: readonly { needle: string; id: number }[]) {
    this.shift.fill(m - 1);
    for (const { needle, id } of patterns) {
      const folded = Uint16Array.from({ length: needle.length }, (_, k) => LOWER_FIRST[needle.charCodeAt(k)]);
      for (let j = 1; j < m; j++) {
        const block = blockHash(folded[j - 1], folded[j]);
        this.shift[block] = Math.min(this.shift[block], m - 1 - j);
      }
      const last = blockHash(folded[m - 2], folded[m - 1]);
      (this.buckets[last] ??= []).push({ needle: folded, id });
    }
  }

  /**
   * A searcher when every needle has at least `minLength` characters (shorter needles leave nothing to skip)
   * and the needles are few enough for most blocks to allow a skip: hundreds of hashes fill every block
   * of hexadecimal digits, and the search would then check buckets at every character.
   */
  static create(patterns: readonly { needle: string; id: number }[], minLength = 4): SkipSearch | undefined {
    const m = Math.min(255, ...patterns.map(({ needle }) => needle.length));
    const blocks = patterns.length * (m - 1);
    return patterns.length > 0 && m >= minLength && blocks <= MAX_BLOCKS ? new SkipSearch(m, patterns) : undefined;
  }

  /** Appends to `found` the id of every needle whose prefix occurs in `text`. */
  scan(text: string, found: number[]): void {
    const { m, shift, buckets } = this;
    const fold = FOLD;
    let i = m - 1;
    while (i < text.length) {
      const block = blockHash(fold[text.charCodeAt(i - 1)], fold[text.charCodeAt(i)]);
      const step = shift[block];
      if (step > 0) {
        i += step;
        continue;
      }
      for (const entry of buckets[block] ?? []) if (needleAt(text, entry.needle, i - m + 1, fold)) found.push(entry.id);
      i++;
    }
  }
}

function blockHash(a: number, b: number): number {
  return ((a << 5) ^ b) & (HASH_SIZE - 1);
}

function needleAt(text: string, needle: Uint16Array, start: number, fold: Uint16Array): boolean {
  if (start + needle.length > text.length) return false;
  for (let k = 0; k < needle.length; k++) if (fold[text.charCodeAt(start + k)] !== needle[k]) return false;
  return true;
}
