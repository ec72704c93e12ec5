/**
 * Pure look-ahead over the source text, shared by the block parser: where quotes close, whether a
 * plain scalar, a list item or a document marker starts at an offset. Tabs and carriage returns
 * were declined up front, so white space here is the space and the line feed only.
 */

const SP = 32;
const NL = 10;
const DASH = 45;
const QUOTE_SINGLE = 39;

/**
 * Whether a plain scalar may start at `at` without being something else (an indicator, a flow
 * collection, an alias, anchor or tag) or an error (`%`, `@`, backtick, `,`).
 */
export function plainStartAt(src: string, at: number): boolean {
  switch (src[at]) {
    case '-':
    case '?':
    case ':':
      return !emptyAt(src, at + 1);
    case '[':
    case ']':
    case '{':
    case '}':
    case '*':
    case '&':
    case '!':
    case '%':
    case '@':
    case '`':
    case ',':
    case '#':
    case '|':
    case '>':
    case "'":
    case '"':
      return false;
    default:
      return true;
  }
}

export function seqItemAt(src: string, at: number): boolean {
  return src.charCodeAt(at) === DASH && emptyAt(src, at + 1);
}

export function markerAt(src: string, at: number, marker: '---' | '...'): boolean {
  return src.startsWith(marker, at) && emptyAt(src, at + 3);
}

/** The lexer's `isEmpty`, given that tabs and carriage returns were declined up front. */
export function emptyAt(src: string, at: number): boolean {
  if (at >= src.length) return true;
  const code = src.charCodeAt(at);
  return code === SP || code === NL;
}

export function skipSpaces(src: string, at: number): number {
  while (src.charCodeAt(at) === SP) at++;
  return at;
}

export function lineEndAt(src: string, at: number): number {
  const nl = src.indexOf('\n', at);
  return nl === -1 ? src.length : nl;
}

export function singleQuoteEnd(src: string, start: number): number {
  let end = src.indexOf("'", start + 1);
  while (end !== -1 && src.charCodeAt(end + 1) === QUOTE_SINGLE) end = src.indexOf("'", end + 2);
  return end;
}

export function doubleQuoteEnd(src: string, start: number): number {
  let end = src.indexOf('"', start + 1);
  while (end !== -1) {
    let backslashes = 0;
    while (src.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) break;
    end = src.indexOf('"', end + 1);
  }
  return end;
}
