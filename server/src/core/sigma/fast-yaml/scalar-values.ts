import { Document, isScalar, Scalar } from 'yaml';
import { decline } from './decline';

/**
 * Scalar contents and their resolution, ported from the `yaml` package (compose/resolve-flow-scalar.js,
 * compose/resolve-block-scalar.js, compose/compose-scalar.js) so values come out identical.
 * Anything the package reports as an error declines instead.
 */

interface ScalarTag {
  test?: RegExp;
  default?: boolean | 'key';
  format?: string;
  resolve(value: string, onError: (message: string) => void, options: object): unknown;
}

/** The core schema's tags that match plain scalars by test, in the package's order. */
const TESTED_TAGS: readonly ScalarTag[] = (new Document().schema.tags as unknown as ScalarTag[]).filter((tag) => tag.default === true && tag.test);
const RESOLVE_OPTIONS = { intAsBigInt: false };
const onResolveError = (): never => decline();

/**
 * A plain scalar typed as the core schema does it (null, booleans, integers, floats, else a string).
 * Every core tag's pattern needs one of these first characters (or an empty string), so most
 * strings skip the regular expressions.
 */
export function resolvePlain(value: string): Scalar {
  if (value.length > 0 && !mayBeTyped(value.charCodeAt(0))) return new Scalar(value);
  for (const tag of TESTED_TAGS) {
    if (!tag.test!.test(value)) continue;
    const resolved = tag.resolve(value, onResolveError, RESOLVE_OPTIONS);
    const scalar = isScalar(resolved) ? resolved : new Scalar(resolved);
    if (tag.format) scalar.format = tag.format;
    return scalar;
  }
  return new Scalar(value);
}

function mayBeTyped(code: number): boolean {
  // 0-9 + - . ~ n N t T f F
  return (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46 || code === 126 || code === 110 || code === 78 || code === 116 || code === 84 || code === 102 || code === 70;
}

/** Port of `unfoldLines`: folds the lines of a plain or single-quoted scalar. */
export function unfoldLines(source: string): string {
  if (source.indexOf('\n') < 0) return source;
  const lines = source.split('\n');
  let result = trimEnd(lines[0]);
  let sep = ' ';
  for (let i = 1; i < lines.length - 1; i++) {
    const line = trimBoth(lines[i]);
    if (line === '') {
      if (sep === '\n') result += sep;
      else sep = '\n';
    } else {
      result += sep + line;
      sep = ' ';
    }
  }
  return result + sep + trimStart(lines[lines.length - 1]);
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

function trimStart(text: string): string {
  let start = 0;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  return start === 0 ? text : text.slice(start);
}

function trimBoth(text: string): string {
  return trimEnd(trimStart(text));
}

/** The value of a single-quoted scalar; `source` includes both quotes. */
export function singleQuotedValue(source: string): string {
  const inner = source.slice(1, -1);
  const unfolded = unfoldLines(inner);
  return unfolded.indexOf("''") < 0 ? unfolded : unfolded.replace(/''/g, "'");
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};

/**
 * Port of `doubleQuotedValue`; `source` includes both quotes and carriage returns never occur
 * (the fast parser declines them). An invalid escape declines.
 */
export function doubleQuotedValue(source: string): string {
  if (source.indexOf('\\') < 0 && source.indexOf('\n') < 0) return source.slice(1, -1);
  let result = '';
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === '\n') {
      const folded = foldNewline(source, i);
      result += folded.fold;
      i = folded.offset;
    } else if (ch === '\\') {
      let next = source[++i];
      const escaped = ESCAPES[next];
      if (escaped) result += escaped;
      else if (next === '\n') {
        next = source[i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        result += charCode(source, i + 1, length);
        i += length;
      } else decline();
    } else if (ch === ' ' || ch === '\t') {
      const wsStart = i;
      let next = source[i + 1];
      while (next === ' ' || next === '\t') next = source[++i + 1];
      if (next !== '\n') result += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else result += ch;
  }
  return result;
}

function foldNewline(source: string, offset: number): { fold: string; offset: number } {
  let fold = '';
  let ch = source[offset + 1];
  while (ch === ' ' || ch === '\t' || ch === '\n') {
    if (ch === '\n') fold += '\n';
    offset += 1;
    ch = source[offset + 1];
  }
  return { fold: fold || ' ', offset };
}

function charCode(source: string, offset: number, length: number): string {
  const digits = source.substr(offset, length);
  if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) decline();
  const code = parseInt(digits, 16);
  if (code > 0x10ffff) decline();
  return String.fromCodePoint(code);
}

export interface BlockHeader {
  folded: boolean;
  /** Explicit indentation indicator, 0 when absent. */
  indent: number;
  chomp: '' | '-' | '+';
}

/** Parses `|`, `>-`, `|2+` and the like; anything the package would flag declines. */
export function parseBlockHeader(header: string): BlockHeader {
  let indent = 0;
  let chomp: BlockHeader['chomp'] = '';
  for (let i = 1; i < header.length; ++i) {
    const ch = header[i];
    if (!chomp && (ch === '-' || ch === '+')) chomp = ch;
    else if (!indent && ch >= '1' && ch <= '9') indent = Number(ch);
    else decline();
  }
  return { folded: header[0] === '>', indent, chomp };
}

/**
 * Port of `resolveBlockScalar`'s value computation. `source` is the scalar's body as the package's
 * lexer delimits it, `parentIndent` the indentation of the collection that holds the scalar.
 * The package's errors (less-indented lines, unindented blocks in collections) decline.
 */
export function blockScalarValue(source: string, header: BlockHeader, parentIndent: number): string {
  const lines = source ? splitLines(source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if (lines[i][1] === '') chompStart = i;
    else break;
  }
  if (chompStart === 0) return header.chomp === '+' && lines.length > 0 ? '\n'.repeat(Math.max(1, lines.length - 1)) : '';
  let trimIndent = parentIndent + header.indent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === '') {
      if (header.indent === 0 && indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) decline();
      if (header.indent === 0) trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0) decline();
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent) chompStart = i + 1;
  }
  let value = '';
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + '\n';
  value += header.folded ? foldedBody(lines, contentStart, chompStart, trimIndent) : literalBody(lines, contentStart, chompStart, trimIndent);
  return chompValue(value, lines, chompStart, trimIndent, header.chomp);
}

function literalBody(lines: [string, string][], from: number, to: number, trimIndent: number): string {
  let value = '';
  let sep = '';
  for (let i = from; i < to; ++i) {
    const [indent, content] = lines[i];
    if (content && indent.length < trimIndent) decline();
    value += sep + indent.slice(trimIndent) + content;
    sep = '\n';
  }
  return value;
}

function foldedBody(lines: [string, string][], from: number, to: number, trimIndent: number): string {
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = from; i < to; ++i) {
    const [indent, content] = lines[i];
    if (content && indent.length < trimIndent) decline();
    if (indent.length > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  return value;
}

function chompValue(value: string, lines: [string, string][], chompStart: number, trimIndent: number, chomp: BlockHeader['chomp']): string {
  if (chomp === '-') return value;
  if (chomp === '') return value + '\n';
  for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i][0].slice(trimIndent);
  return value[value.length - 1] === '\n' ? value : value + '\n';
}

/** Lines as `[indent, content]`, split like the package's `splitLines`. */
function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const match = /^( *)/.exec(first);
  const lines: [string, string][] = [match?.[1] ? [match[1], first.slice(match[1].length)] : ['', first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
  return lines;
}
