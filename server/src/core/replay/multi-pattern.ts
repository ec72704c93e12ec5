/**
 * Needles keep their last characters only: a part of a necessary substring is still necessary, the
 * automaton stays small enough for the CPU cache, and the end of a path is its telling part.
 */
const MAX_NEEDLE = 10;
/**
 * ASCII characters that occur in needles get a class each; other ASCII characters share class 0;
 * non-ASCII characters (when needles have any) fall in one of a few buckets by code, which keeps
 * the table small whatever the script or emoji the needles use.
 */
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
 * Needles are lowercase and matching folds case. It is a prefilter, so it may report a pattern that
 * does not occur (some characters share a class and needles are cut short), but it does not miss one that does.
 */
export class MultiPatternMatcher {
  private readonly classOf = new Uint8Array(65536);
  private readonly classCount: number;
  private readonly delta: Int32Array | Uint16Array;
  private readonly outputs: (Int32Array | null)[];


  constructor(patterns: readonly { needle: string; id: number }[]) {
    const cut = patterns.map(({ needle, id }) => ({ needle: needle.slice(-MAX_NEEDLE), id }));
    this.classCount = this.assignClasses(cut.map(({ needle }) => needle));
    const trie = buildTrie(cut.map(({ needle, id }) => ({ symbols: this.symbolsOf(needle), id })));
    const built = buildAutomaton(trie, this.classCount);
    this.delta = built.delta;
    this.outputs = built.outputs;
  }

  /** Fills `classOf`, folding case so that event text is scanned as it is, without lowercasing it first. */
  private assignClasses(needles: string[]): number {
    const ascii = new Uint8Array(128);
    let classes = 1;
    let nonAscii = false;
    for (const needle of needles) for (let i = 0; i < needle.length; i++) {
      const code = needle.charCodeAt(i);
      if (code >= 128) nonAscii = true;
      else if (ascii[code] === 0) ascii[code] = classes++;
    }
    const bucketBase = classes;
    for (let code = 0; code < 65536; code++) {
      const lower = LOWER_FIRST[code];
      if (lower < 128) this.classOf[code] = ascii[lower];
      else if (nonAscii) this.classOf[code] = bucketBase + (lower % NON_ASCII_BUCKETS);
    }
    return nonAscii ? bucketBase + NON_ASCII_BUCKETS : classes;
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
    const { delta, classOf, classCount, outputs } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = delta[state * classCount + classOf[text.charCodeAt(i)]];
      const out = outputs[state];
      if (out !== null) for (let k = 0; k < out.length; k++) found.push(out[k]);
    }
  }

  /** Number of automaton states, for diagnostics. */
  get size(): number {
    return this.outputs.length;
  }
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
