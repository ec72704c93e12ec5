/**
 * Spaces, comments and line breaks between nodes, as the `yaml` package's parser sees them.
 * Where such "trivia" ends up (a scalar's trailing comment, the next key's `commentBefore`, a
 * collection's closing comment, the document's comment) decides node ranges, so the fast parser
 * replays the package's rules on these tokens instead of approximating them.
 */

export const SPACE = 0;
export const COMMENT = 1;
export const NEWLINE = 2;

export interface Token {
  type: typeof SPACE | typeof COMMENT | typeof NEWLINE;
  start: number;
  end: number;
  /** For comments: the indentation of the line, which decides where an indented comment belongs. */
  indent: number;
}

export interface TriviaProps {
  comment: string;
  spaceBefore: boolean;
}

/** The text of a comment token as the package stores it: without `#`, and a lone `#` as one space. */
function commentText(source: string, token: Token): string {
  return source.slice(token.start + 1, token.end) || ' ';
}

/**
 * Port of `resolveProps` (compose/resolve-props.js) for trivia-only token lists: the comment
 * before a node and whether a blank line precedes it. `atNewline` is true for tokens that start
 * a line (item starts) and false after an indicator such as `:` or `---`.
 */
export function triviaProps(source: string, tokens: readonly Token[], atNewline: boolean): TriviaProps {
  let comment = '';
  let commentSep = '';
  let spaceBefore = false;
  for (const token of tokens) {
    if (token.type === COMMENT) {
      const text = commentText(source, token);
      comment = comment ? comment + commentSep + text : text;
      commentSep = '';
      atNewline = false;
    } else if (token.type === NEWLINE) {
      if (!atNewline) commentSep += '\n';
      else if (comment) comment += '\n';
      else spaceBefore = true;
      atNewline = true;
    }
  }
  return { comment, spaceBefore };
}

/** Port of `resolveEnd` (compose/resolve-end.js): the comment of trailing tokens and where they end. */
export function triviaEnd(source: string, tokens: readonly Token[], offset: number): { comment: string; offset: number } {
  let comment = '';
  let sep = '';
  for (const token of tokens) {
    if (token.type === COMMENT) {
      const text = commentText(source, token);
      comment = comment ? comment + sep + text : text;
      sep = '';
    } else if (token.type === NEWLINE && comment) sep += '\n';
    offset += token.end - token.start;
  }
  return { comment, offset };
}

export function hasComment(tokens: readonly Token[]): boolean {
  for (const token of tokens) if (token.type === COMMENT) return true;
  return false;
}

/**
 * Whether trailing trivia leaves a collection at `indent` when the collection ends (the check in
 * the package's `Parser.pop`): only if every comment in it is less indented, or the collection is
 * at column 0. Otherwise the collection keeps it as its own `comment`.
 */
export function triviaLeaves(tokens: readonly Token[], indent: number): boolean {
  if (indent === 0) return true;
  for (const token of tokens) if (token.type === COMMENT && token.indent >= indent) return false;
  return true;
}

/**
 * The trailing tokens of a flow scalar (the package's `token.end`), kept as the running state of
 * `resolveEnd` so the common case, a lone line break, allocates nothing.
 */
export class ScalarEnd {
  end = 0;
  comment = '';
  private sep = '';
  private lastIsComment = false;

  reset(offset: number): void {
    this.end = offset;
    this.comment = '';
    this.sep = '';
    this.lastIsComment = false;
  }

  get endsWithComment(): boolean {
    return this.lastIsComment;
  }

  push(source: string, token: Token): void {
    if (token.type === COMMENT) this.pushComment(source, token.start, token.end);
    else if (token.type === NEWLINE) this.pushNewline(token.end);
    else this.pushSpace(token.end);
  }

  pushSpace(end: number): void {
    this.lastIsComment = false;
    this.end = end;
  }

  pushComment(source: string, start: number, end: number): void {
    const text = source.slice(start + 1, end) || ' ';
    this.comment = this.comment ? this.comment + this.sep + text : text;
    this.sep = '';
    this.lastIsComment = true;
    this.end = end;
  }

  pushNewline(end: number): void {
    if (this.comment) this.sep += '\n';
    this.lastIsComment = false;
    this.end = end;
  }
}

export function token(type: Token['type'], start: number, end: number, indent: number): Token {
  return { type, start, end, indent };
}

export function pushToItem(item: Token[] | null, tok: Token): Token[] {
  if (!item) return [tok];
  item.push(tok);
  return item;
}

/**
 * After an empty value, the parser hands the trivia from the second line break on (counted after
 * the last comment more indented than the map) to the next key (the "empty nodes" rule in `blockMap`).
 */
export function splitEmptyValueTrivia(sep: Token[], indent: number): Token[] | null {
  const newlines: number[] = [];
  for (let i = 0; i < sep.length; i++) {
    const tok = sep[i];
    if (tok.type === NEWLINE) newlines.push(i);
    else if (tok.type === COMMENT && tok.indent > indent) newlines.length = 0;
  }
  return newlines.length >= 2 ? sep.splice(newlines[1]) : null;
}
