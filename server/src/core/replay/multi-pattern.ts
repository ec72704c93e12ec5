/**
 * Needles keep their last characters only: a part of a necessary substring is still necessary, the
 * automaton stays small enough for the CPU cache, and the end of a path is its telling part.
 */
const MAX_NEEDLE = 10;
/**
 * Characters that occur in needles get a class each and all others share class 0, which keeps the
 * table small (it is read once per character of every scanned field, so its size is cache misses).
 * Needles in a script with many letters would need many classes: beyond this many non-ASCII ones,
 * non-ASCII characters fall in one of a few buckets by code instead.
 */
const MAX_NON_ASCII_CLASSES = 32;
const NON_ASCII_BUCKETS = 31;

/** For every UTF-16 code unit, the first code unit of its lowercase form (itself when it has none). */
export const LOWER_FIRST = ((): Uint16Array => {
  const table = new Uint16Array(65536);
  for (let code = 0; code < 65536; code++) {
    table[code] = code >= 0xd800 && code <= 0xdfff ? code : String.fromCharCode(code).toLowerCase().charCodeAt(0);
  }
  return table;
})();

/**
 * Aho-Corasick compiled to a dense automaton over character classes: one table lookup per character
 * finds every rule whose needle occurs in a field value, however many rules there are.
 * Needles are lowercase and matching folds case. The automaton holds only the last characters of
 * each needle; when they occur, the rest of an ASCII needle is confirmed in the text, so a needle is
 * reported only where it occurs (a truncated `\\system32\\` would otherwise fire on most command lines).
 * It is a prefilter: a needle with non-ASCII characters may be reported where it does not occur (some
 * characters share a class), but no needle is missed where it does.
 */
export class MultiPatternMatcher {
  private readonly classOf = new Uint8Array(65536);
  private readonly classCount: number;
  private readonly delta: Int32Array | Uint16Array;
  /** Per state, the patterns (indexes into `ids` and `heads`) whose tail ends there. */
  private readonly outputs: (Int32Array | null)[];
  private readonly ids: Int32Array;
  /** Per pattern, the case-folded characters before its tail still to confirm, or null when the tail says it all. */
  private readonly heads: (Uint16Array | null)[];

  constructor(patterns: readonly { needle: string; id: number }[]) {
    const unique = uniquePatterns(patterns);
    const tails = unique.map(({ needle }) => needle.slice(-MAX_NEEDLE));
    this.ids = Int32Array.from(unique, ({ id }) => id);
    this.heads = unique.map(({ needle }) => confirmableHead(needle));
    this.classCount = this.assignClasses(tails);
    const trie = buildTrie(tails.map((tail, index) => ({ symbols: this.symbolsOf(tail), id: index })));
    const built = buildAutomaton(trie, this.classCount);
    this.delta = built.delta;
    this.outputs = built.outputs;
  }

  /** Fills `classOf`, folding case so that event text is scanned as it is, without lowercasing it first. */
  private assignClasses(needles: string[]): number {
    // By folded character first (a typed array, not a map: this runs for all 65,536 characters of every automaton).
    const byFolded = new Uint8Array(65536);
    let classes = 1;
    let nonAscii = 0;
    for (const needle of needles) for (let i = 0; i < needle.length; i++) {
      const code = LOWER_FIRST[needle.charCodeAt(i)];
      if (byFolded[code] !== 0) continue;
      if (code >= 128 && ++nonAscii > MAX_NON_ASCII_CLASSES) return this.assignBucketClasses(needles);
      byFolded[code] = classes++;
    }
    for (let code = 0; code < 65536; code++) this.classOf[code] = byFolded[LOWER_FIRST[code]];
    return classes;
  }

  /** ASCII characters of the needles get a class each, other characters one of a few buckets (a prefilter may share classes). */
  private assignBucketClasses(needles: string[]): number {
    const ascii = new Uint8Array(128);
    let classes = 1;
    for (const needle of needles) for (let i = 0; i < needle.length; i++) {
      const code = needle.charCodeAt(i);
      if (code < 128 && ascii[code] === 0) ascii[code] = classes++;
    }
    for (let code = 0; code < 65536; code++) {
      const lower = LOWER_FIRST[code];
      this.classOf[code] = lower < 128 ? ascii[lower] : classes + (lower % NON_ASCII_BUCKETS);
    }
    return classes + NON_ASCII_BUCKETS;
  }

  private symbolsOf(text: string): number[] {
    const symbols: number[] = [];
    for (let i = 0; i < text.length; i++) symbols.push(this.classOf[text.charCodeAt(i)]);
    return symbols;
  }

  /**
   * Appends to `found` the id of every pattern that may occur in `text` (an id may repeat).
   * No callback: this runs for every character of every scanned field.
   */
  scan(text: string, found: number[]): void {
    const { delta, classOf, classCount, outputs, ids, heads } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = delta[state * classCount + classOf[text.charCodeAt(i)]];
      const out = outputs[state];
      if (out === null) continue;
      for (let k = 0; k < out.length; k++) {
        const pattern = out[k];
        const head = heads[pattern];
        if (head === null || headBefore(text, head, i + 1 - MAX_NEEDLE)) found.push(ids[pattern]);
      }
    }
  }

  /** Number of automaton states, for diagnostics. */
  get size(): number {
    return this.outputs.length;
  }
}

/** Each needle once per id: rules often repeat a value across selections. */
function uniquePatterns(patterns: readonly { needle: string; id: number }[]): { needle: string; id: number }[] {
  const seen = new Set<string>();
  return patterns.filter(({ needle, id }) => {
    const key = `${id}\u0000${needle}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The characters of a long ASCII needle before its tail, case folded, to confirm a tail's match with.
 * Non-ASCII needles are not confirmed: a text's lowercase form can differ in length from the text
 * (U+0130 lowercases to two characters), so a character-by-character comparison could miss them.
 */
function confirmableHead(needle: string): Uint16Array | null {
  if (needle.length <= MAX_NEEDLE || !isAscii(needle)) return null;
  const head = needle.slice(0, needle.length - MAX_NEEDLE);
  return Uint16Array.from({ length: head.length }, (_, k) => LOWER_FIRST[head.charCodeAt(k)]);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** Whether `head` occurs, case folded, in `text` just before `end`. */
function headBefore(text: string, head: Uint16Array, end: number): boolean {
  const start = end - head.length;
  if (start < 0) return false;
  const fold = LOWER_FIRST;
  for (let k = 0; k < head.length; k++) if (fold[text.charCodeAt(start + k)] !== head[k]) return false;
  return true;
}

interface TrieNode {
  next: Map<number, number>;
  ids: number[];
}

function buildTrie(patterns: readonly { symbols: number[]; id: number }[]): TrieNode[] {
  const nodes: TrieNode[] = [{ next: new Map(), ids: [] }];
  for (const { symbols, id } of patterns) {
    let state = 0;
    for (const symbol of symbols) {
      let target = nodes[state].next.get(symbol);
      if (target === undefined) {
        target = nodes.length;
        nodes.push({ next: new Map(), ids: [] });
        nodes[state].next.set(symbol, target);
      }
      state = target;
    }
    nodes[state].ids.push(id);
  }
  return nodes;
}

/** Breadth-first: failure links, then every missing transition filled from the failure state's row. */
function buildAutomaton(nodes: TrieNode[], classCount: number): { delta: Int32Array | Uint16Array; outputs: (Int32Array | null)[] } {
  // Half the memory when the states fit in 16 bits: the table is read once per character of every field.
  const delta = nodes.length < 65536 ? new Uint16Array(nodes.length * classCount) : new Int32Array(nodes.length * classCount);
  const fail = new Int32Array(nodes.length);
  const outputIds: number[][] = nodes.map((node) => [...node.ids]);
  const queue: number[] = [];
  for (const [symbol, target] of nodes[0].next) {
    delta[symbol] = target;
    queue.push(target);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const row = state * classCount;
    const failRow = fail[state] * classCount;
    delta.copyWithin(row, failRow, failRow + classCount);
    for (const [symbol, target] of nodes[state].next) {
      fail[target] = delta[failRow + symbol];
      delta[row + symbol] = target;
      queue.push(target);
    }
    if (outputIds[fail[state]].length) outputIds[state].push(...outputIds[fail[state]]);
  }
  return { delta, outputs: outputIds.map((ids) => (ids.length ? Int32Array.from(new Set(ids)) : null)) };
}
