import { seededRandom } from './random';

/**
 * Random YAML in the shape of Sigma rules, for differential tests of the fast parser: block maps
 * and sequences at varied indentation, every scalar style, and comments and blank lines at random
 * columns between any two lines. Some output is invalid or outside the fast subset on purpose.
 */

const WORDS = ['title', 'Image', 'CommandLine|contains', 'selection', 'a b', 'x', 'tags', 'attack.t1059', 'http://x.y/z', 'C:\\Windows\\*.exe', 'foo#bar', 'a:b', '-dash', '?q', ':c', 'é ü', '2023-01-02'];
const PLAIN_VALUES = ['value', 'true', 'False', 'NULL', 'null', '~', '0', '-12', '+7', '0o17', '0x1F', '1.50', '.5', '1e5', '-1.2E-3', '.inf', '-.Inf', '.nan', 'yes', 'on', '012', '1_000', '0b11', '[not flow]', 'a, b', 'x y z', "it's", 'say "hi"', '50%', 'a\\b'];
const ESCAPES = ['\\n', '\\t', '\\"', '\\\\', '\\x41', '\\u263A', '\\U0001F600', '\\/', '\\ ', '\\_', '\\0', '\\q', '\\x4'];

class Writer {
  readonly lines: string[] = [];
  constructor(readonly random: () => number) {}

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  line(text: string): void {
    this.lines.push(this.chance(0.05) ? `${text}${' '.repeat(this.int(1, 3))}` : text);
  }

  /** Blank lines and comment lines at random columns, around `indent`. */
  trivia(indent: number, p = 0.25): void {
    while (this.chance(p)) {
      if (this.chance(0.4)) this.lines.push(' '.repeat(this.chance(0.3) ? this.int(1, indent + 4) : 0));
      else this.lines.push(`${' '.repeat(Math.max(0, indent + this.int(-4, 4)))}#${this.chance(0.2) ? '' : ` note ${this.int(0, 99)}`}`);
    }
  }
}

export function generateYaml(seed: number): string {
  const w = new Writer(seededRandom(seed));
  w.trivia(0, 0.3);
  const documents = w.chance(0.15) ? 2 : 1;
  for (let d = 0; d < documents; d++) {
    if (d > 0 || w.chance(0.1)) {
      w.line('---');
      w.trivia(0);
    }
    writeMap(w, w.chance(0.05) ? 2 : 0, 0);
    w.trivia(0, 0.3);
    if (w.chance(0.08)) {
      w.line(w.chance(0.5) ? '...' : '... # end');
      w.trivia(0, 0.3);
    }
  }
  const text = w.lines.join('\n');
  return w.chance(0.85) ? `${text}\n` : text;
}

function writeMap(w: Writer, indent: number, depth: number, firstPrefix?: string): void {
  const count = w.int(1, 4);
  for (let i = 0; i < count; i++) {
    const prefix = i === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
    const key = writeKey(w, i);
    writeValue(w, `${prefix}${key}:`, indent, depth);
    w.trivia(indent);
  }
}

function writeKey(w: Writer, index: number): string {
  const word = `${w.pick(WORDS)}${index}`;
  if (w.chance(0.1)) return `'${word.replace(/'/g, "''")}'`;
  if (w.chance(0.05)) return `"${word}"`;
  if (w.chance(0.03)) return w.pick(['1', 'true', '~', 'null', '0x10', 'same']);
  return w.chance(0.05) ? `${word} ` : word;
}

function writeValue(w: Writer, head: string, indent: number, depth: number): void {
  const nested = depth < 3 ? w.random() : 1;
  if (nested < 0.2) {
    w.line(w.chance(0.15) ? `${head} # about` : head);
    w.trivia(indent);
    writeMap(w, indent + w.pick([1, 2, 4]), depth + 1);
  } else if (nested < 0.4) {
    w.line(w.chance(0.1) ? `${head}  # list` : head);
    w.trivia(indent);
    writeSeq(w, w.chance(0.2) ? indent : indent + w.pick([2, 4]), depth + 1);
  } else if (nested < 0.47) {
    w.line(w.chance(0.3) ? `${head} # nothing` : head);
  } else if (nested < 0.55) {
    writeBlockScalar(w, head, indent);
  } else if (nested < 0.6) {
    w.line(head);
    w.trivia(indent, 0.1);
    writeInline(w, `${' '.repeat(indent + w.int(1, 3))}`, indent);
  } else {
    writeInline(w, `${head} `, indent);
  }
}

function writeSeq(w: Writer, indent: number, depth: number): void {
  const count = w.int(1, 4);
  for (let i = 0; i < count; i++) {
    const dash = `${' '.repeat(indent)}-${' '.repeat(w.chance(0.1) ? 3 : 1)}`;
    const choice = w.random();
    if (choice < 0.25 && depth < 3) writeMap(w, dash.length, depth + 1, dash);
    else if (choice < 0.3) writeBlockScalar(w, dash.trimEnd(), indent);
    else if (choice < 0.32) w.line(`${dash}- nested`);
    else writeInline(w, dash, indent);
    w.trivia(indent);
  }
}

/** A flow scalar after `head`, sometimes over several lines, sometimes with a trailing comment. */
function writeInline(w: Writer, head: string, indent: number): void {
  const style = w.random();
  const continuation = (): string => ' '.repeat(indent + w.int(w.chance(0.1) ? 0 : 1, 4));
  let lines: string[];
  if (style < 0.5) {
    lines = [`${head}${w.pick(PLAIN_VALUES)}`];
    while (w.chance(0.1)) lines.push(w.chance(0.2) ? '' : `${continuation()}${w.pick(PLAIN_VALUES)}`);
  } else if (style < 0.8) {
    lines = [`${head}'${w.pick(PLAIN_VALUES).replace(/'/g, "''")}`];
    while (w.chance(0.1)) lines.push(w.chance(0.2) ? '' : `${continuation()}${w.pick(WORDS)}`);
    lines[lines.length - 1] += "'";
  } else {
    let text = `${head}"${w.pick(WORDS).replace(/["\\]/g, '')}`;
    while (w.chance(0.4)) text += w.pick(ESCAPES) + w.pick(['', 'x', ' y ']);
    lines = [text];
    while (w.chance(0.1)) lines.push(w.chance(0.2) ? '' : `${continuation()}${w.chance(0.2) ? '\\' : 'more'}`);
    lines[lines.length - 1] += '"';
  }
  if (w.chance(0.15)) lines[lines.length - 1] += w.chance(0.9) ? ' # trailing' : '#tight';
  for (const line of lines) w.line(line);
}

function writeBlockScalar(w: Writer, head: string, indent: number): void {
  const header = `${w.pick(['|', '>'])}${w.pick(['', '', '-', '+', '2', '-1', '+4', '3-'])}`;
  w.line(`${head} ${header}${w.chance(0.1) ? ' # block' : ''}`);
  const body = indent + w.pick([1, 2, 4]);
  const count = w.int(0, 4);
  for (let i = 0; i < count; i++) {
    const kind = w.random();
    if (kind < 0.15) w.lines.push('');
    else if (kind < 0.25) w.lines.push(' '.repeat(w.int(0, body + 3)));
    else if (kind < 0.35) w.lines.push(`${' '.repeat(body + w.int(1, 3))}more indented ${i}`);
    else if (kind < 0.4) w.lines.push(`${' '.repeat(body)}# not a comment`);
    else w.lines.push(`${' '.repeat(body)}line ${i}`);
  }
}

/**
 * Edits that move comments, blank lines and indentation around a real rule while mostly keeping
 * it valid: the part of YAML where node ranges and comments are easiest to get wrong.
 */
export function mutateTrivia(text: string, random: () => number): string {
  const lines = text.split('\n');
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * (lines.length + 1));
    const choice = random();
    if (choice < 0.4) lines.splice(at, 0, ' '.repeat(Math.floor(random() * 14)) + (random() < 0.7 ? '# note' : ''));
    else if (choice < 0.55 && at < lines.length) lines[at] += random() < 0.5 ? '   ' : ' # trailing';
    else if (choice < 0.7 && at < lines.length) lines[at] = ' '.repeat(1 + Math.floor(random() * 2)) + lines[at];
    else if (choice < 0.8 && at < lines.length) lines[at] = lines[at].replace(/^ {1,2}/, '');
    else lines.splice(at, 0, '');
  }
  return lines.join('\n');
}
