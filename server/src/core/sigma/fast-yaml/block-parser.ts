import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode, type Schema } from 'yaml';
import { decline } from './decline';
import { blockScalarValue, doubleQuotedValue, parseBlockHeader, resolvePlain, singleQuotedValue, unfoldLines } from './scalar-values';
import { doubleQuoteEnd, emptyAt, lineEndAt, markerAt, plainStartAt, seqItemAt, singleQuoteEnd, skipSpaces } from './source-scan';
import { blockBody, continuesScalar } from './block-scalar-body';
import { applyProps, decorateDocument, hasKey, parsePrelude } from './node-decoration';
import { COMMENT, hasComment, NEWLINE, pushToItem, ScalarEnd, SPACE, splitEmptyValueTrivia, token, triviaEnd, triviaLeaves, triviaProps, type Token } from './trivia';

/** The options `parseRule` gives `parseAllDocuments`; the fast parser builds documents with the same ones. */
export const YAML_PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false, logLevel: 'error' } as const;

const SP = 32;
const NL = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const QUOTE_SINGLE = 39;
const QUOTE_DOUBLE = 34;
const PIPE = 124;
const GREATER = 62;
const PERCENT = 37;

/**
 * Deeper nesting declines: the package's composer recurses per level and reports an error when the
 * stack runs out, which a deeper-reaching fast parser must never paper over. Sigma rules nest ~6 deep.
 */
const MAX_DEPTH = 64;
/** The package's strict mode wants a key's `:` at most 1,024 characters after the key starts. */
const MAX_KEY_SPAN = 1000;

/** Why a plain scalar stopped on its line. */
const STOP_EOL = 0;
const STOP_COMMENT = 1;
const STOP_COLON = 2;

type DirectivesCtor = new (yaml: { version: string }) => unknown;
/** The package does not export Directives; every document carries one, so borrow its class once. */
const Directives = (new Document().directives as object).constructor as DirectivesCtor;

/**
 * A block-structure YAML parser for the subset Sigma rules use, producing the same `yaml` node
 * objects (with the same ranges, scalar types and comments) as `parseAllDocuments`.
 *
 * It reads line by line and keeps the `yaml` package's rules for where spaces, comments and
 * blank lines attach (see trivia.ts). Whatever it does not handle, or would be an error, declines.
 */
export class BlockParser {
  private pos = 0;
  private readonly len: number;
  /** Start of the line the parser stopped at after a node. */
  private lineStart = 0;
  /** Indentation of that line, or -1 at the end of the input or at a `---` / `...` line. */
  private nextIndent = -1;
  /** Whether the parser stopped at a `---` line. */
  private atDocumentStart = false;
  /**
   * Trivia that the next item starts with, or that leaves a collection as it ends
   * (the package's start-only collection item).
   */
  private pending: Token[] | null = null;
  private readonly scalarEnd = new ScalarEnd();
  /** Why the last `scanPlainLine` stopped, and where. */
  private stop = STOP_EOL;
  private stopAt = 0;
  /** The plain key `keyAt` found last (start, text end, colon), so `parseKey` need not scan it again. */
  private plainKey = { start: -1, end: 0, colon: 0 };
  private schema!: Schema;
  private readonly documentOptions: object;
  /** Collections open around the current position. */
  private depth = 0;

  constructor(private readonly src: string) {
    this.len = src.length;
    this.documentOptions = { _directives: new Directives({ version: '1.2' }), ...YAML_PARSE_OPTIONS };
  }

  parseStream(): Document.Parsed[] {
    const documents: Document.Parsed[] = [];
    let prelude = this.streamTrivia();
    while (this.pos < this.len) {
      if (this.src.charCodeAt(this.pos) === PERCENT || markerAt(this.src, this.pos, '...')) decline();
      const doc = this.parseDocument(prelude);
      documents.push(doc);
      prelude = [];
      if (this.pos < this.len && markerAt(this.src, this.pos, '...')) {
        this.endDocument(doc);
        prelude = this.streamTrivia();
      }
    }
    if (documents.length === 0) decline();
    const { comment } = parsePrelude(prelude);
    const last = documents[documents.length - 1];
    if (comment) last.comment = last.comment ? `${last.comment}\n${comment}` : comment;
    return documents;
  }

  /** Blank and comment lines outside documents: the composer's prelude (`#...` and `\n` sources). */
  private streamTrivia(): string[] {
    const prelude: string[] = [];
    while (this.pos < this.len) {
      const at = skipSpaces(this.src, this.pos);
      const code = this.src.charCodeAt(at);
      if (at < this.len && code !== NL && code !== HASH) break;
      const end = lineEndAt(this.src, at);
      if (code === HASH) prelude.push(this.src.slice(at, end));
      if (end < this.len) prelude.push('\n');
      this.pos = Math.min(end + 1, this.len);
    }
    return prelude;
  }

  private parseDocument(prelude: string[]): Document.Parsed {
    const doc = new Document(undefined, this.documentOptions) as Document.Parsed;
    this.schema = doc.schema;
    const offset = this.pos;
    const startTokens = markerAt(this.src, this.pos, '---') ? this.documentStart(doc) : null;
    const indent = skipSpaces(this.src, this.pos) - this.pos;
    this.pos += indent;
    if (!this.keyAt(this.pos)) decline();
    const map = this.parseBlockMap(indent);
    // Only the end of the input or a document marker may follow the root map.
    if (this.nextIndent !== -1) decline();
    if (startTokens) applyProps(map, triviaProps(this.src, startTokens, false));
    const contentEnd = map.range![2];
    const end = triviaEnd(this.src, this.takePending() ?? [], contentEnd);
    if (end.comment) doc.comment = end.comment;
    doc.contents = map as Document.Parsed['contents'];
    doc.range = [offset, contentEnd, end.offset];
    decorateDocument(doc, map, prelude);
    return doc;
  }

  /** Reads a `---` line and the trivia after it; returns those tokens (the document's start props). */
  private documentStart(doc: Document.Parsed): Token[] {
    doc.directives.docStart = true;
    const at = skipSpaces(this.src, this.pos + 3);
    if (this.src.charCodeAt(at) !== NL) decline();
    const tokens: Token[] = [token(NEWLINE, at, at + 1, 0)];
    this.pos = at + 1;
    this.collectTrivia(tokens);
    if (this.nextIndent < 0) decline();
    return tokens;
  }

  /** Reads a `...` line: the document ends there, with any comment on that line. */
  private endDocument(doc: Document.Parsed): void {
    doc.directives.docEnd = true;
    const tokens: Token[] = [];
    const spacesEnd = skipSpaces(this.src, this.pos + 3);
    if (spacesEnd > this.pos + 3) tokens.push(token(SPACE, this.pos + 3, spacesEnd, 0));
    let at = spacesEnd;
    if (this.src.charCodeAt(at) === HASH) {
      const commentEnd = lineEndAt(this.src, at);
      tokens.push(token(COMMENT, at, commentEnd, 0));
      at = commentEnd;
    }
    if (at < this.len && this.src.charCodeAt(at) !== NL) decline();
    if (at < this.len) tokens.push(token(NEWLINE, at, at + 1, 0));
    const end = triviaEnd(this.src, tokens, this.pos + 3);
    if (end.comment) doc.comment = doc.comment ? `${doc.comment}\n${end.comment}` : end.comment;
    doc.range[2] = end.offset;
    this.pos = end.offset;
  }

  /**
   * A block map whose first key starts at `this.pos`, in column `indent`.
   * Ends at the first line indented differently (or a sequence item), leaving it for the caller.
   */
  private parseBlockMap(indent: number): YAMLMap {
    if (++this.depth > MAX_DEPTH) decline();
    const map = new YAMLMap(this.schema);
    const start = this.pos;
    let startTokens: Token[] | null = null;
    let offset: number;
    for (;;) {
      const key = this.parseKey();
      if (startTokens) applyProps(key, triviaProps(this.src, startTokens, true));
      if (hasKey(map, key.value)) decline();
      const value = this.parseMapValue(indent);
      map.items.push(new Pair(key, value));
      offset = value.range![2];
      startTokens = this.takePending();
      if (this.nextIndent !== indent) break;
      this.pos = this.lineStart + indent;
      if (seqItemAt(this.src, this.pos)) decline();
    }
    if (this.nextIndent > indent) decline();
    const kept = this.closeCollection(indent, startTokens);
    map.range = [start, offset, kept ? kept.end : offset];
    if (kept?.comment) map.comment = kept.comment;
    this.depth--;
    return map;
  }

  /** A block sequence whose first `-` is at `this.pos`, in column `indent`. */
  private parseBlockSeq(indent: number): YAMLSeq {
    if (++this.depth > MAX_DEPTH) decline();
    const seq = new YAMLSeq(this.schema);
    const start = this.pos;
    let startTokens: Token[] | null = null;
    let offset: number;
    for (;;) {
      const node = this.parseSeqItem(indent);
      if (startTokens) applyProps(node, triviaProps(this.src, startTokens, true));
      seq.items.push(node);
      offset = node.range![2];
      startTokens = this.takePending();
      if (this.nextIndent !== indent || !seqItemAt(this.src, this.lineStart + indent)) break;
      this.pos = this.lineStart + indent;
    }
    if (this.nextIndent > indent) decline();
    const kept = this.closeCollection(indent, startTokens);
    seq.range = [start, offset, kept ? kept.end : offset];
    if (kept?.comment) seq.comment = kept.comment;
    this.depth--;
    return seq;
  }

  /** One `- item` at `this.pos`: a scalar or a compact map; empty items and nested lists decline. */
  private parseSeqItem(indent: number): YamlNode {
    const dash = this.pos;
    if (this.src.charCodeAt(dash + 1) !== SP) decline();
    const at = skipSpaces(this.src, dash + 1);
    const code = this.src.charCodeAt(at);
    if (at >= this.len || code === NL || code === HASH || (code === DASH && emptyAt(this.src, at + 1))) decline();
    this.pos = at;
    if (this.keyAt(at)) return this.parseBlockMap(indent + at - dash);
    return this.parseInlineScalar(indent, indent + 1);
  }

  /**
   * When a collection ends, the trivia after its last item either moves to the enclosing collection
   * (left in `pending`) or stays as the collection's closing comment, which extends its range.
   */
  private closeCollection(indent: number, tokens: Token[] | null): { end: number; comment: string } | undefined {
    if (!tokens) return undefined;
    if (triviaLeaves(tokens, indent)) {
      this.pending = tokens;
      return undefined;
    }
    // The start-only item also holds the leading spaces of the line that ended the collection.
    const end = this.nextIndent > 0 ? this.lineStart + this.nextIndent : tokens[tokens.length - 1].end;
    return { end, comment: triviaProps(this.src, tokens, true).comment };
  }

  private takePending(): Token[] | null {
    const tokens = this.pending;
    this.pending = null;
    return tokens;
  }

  /** A key at `this.pos` (plain or quoted, on one line) and its `:`; leaves `pos` after the `:`. */
  private parseKey(): Scalar {
    const start = this.pos;
    const code = this.src.charCodeAt(start);
    let key: Scalar;
    let colon: number;
    if (code === QUOTE_SINGLE || code === QUOTE_DOUBLE) {
      key = this.parseQuoted(0);
      if (this.src.lastIndexOf('\n', key.range![1]) > start) decline();
      colon = skipSpaces(this.src, key.range![1]);
      if (this.src.charCodeAt(colon) !== COLON || !emptyAt(this.src, colon + 1)) decline();
    } else {
      if (this.plainKey.start !== start && !this.keyAt(start)) decline();
      colon = this.plainKey.colon;
      const end = this.plainKey.end;
      key = this.plainScalar(start, end, this.src.slice(start, end));
    }
    // Measured from the line start: the package measures from the end of what precedes the key.
    if (colon - this.src.lastIndexOf('\n', start) > MAX_KEY_SPAN) decline();
    this.pos = colon + 1;
    return key;
  }

  /** The value after a key's `:`, whether on the same line, on the lines below, or absent. */
  private parseMapValue(indent: number): YamlNode {
    const at = skipSpaces(this.src, this.pos);
    const code = this.src.charCodeAt(at);
    if (at >= this.len || code === NL || code === HASH) return this.parseValueBelow(indent, at);
    this.pos = at;
    return this.parseInlineScalar(indent, indent + 1);
  }

  /**
   * `key:` with nothing more on the line than a comment: the value is a collection or a scalar on
   * the lines below, or empty (null). The trivia in between is the package's `sep` of the pair.
   */
  private parseValueBelow(indent: number, at: number): YamlNode {
    // The package places an empty value after the `:` and the spaces that follow it.
    const position = at;
    const sep: Token[] = [];
    if (this.src.charCodeAt(at) === HASH) {
      const end = lineEndAt(this.src, at);
      sep.push(token(COMMENT, at, end, indent));
      at = end;
    }
    if (at < this.len) sep.push(token(NEWLINE, at, at + 1, 0));
    this.pos = Math.min(at + 1, this.len);
    this.collectTrivia(sep);
    const below = this.lineStart + this.nextIndent;
    if (this.nextIndent > indent || (this.nextIndent === indent && seqItemAt(this.src, below))) {
      this.pos = below;
      const node = seqItemAt(this.src, below) ? this.parseBlockSeq(this.nextIndent) : this.keyAt(below) ? this.parseBlockMap(this.nextIndent) : this.parseScalarBelow(indent, position);
      applyProps(node, triviaProps(this.src, sep, false));
      return node;
    }
    return this.emptyValue(indent, position, sep);
  }

  /**
   * A scalar on the line below its key. The lexer lowers the indentation that continuation lines
   * need on each line in between (`parseLineStart`); a bound of 0 would let the scalar run into the
   * following keys, which the package reports as an error.
   */
  private parseScalarBelow(indent: number, keyLineEnd: number): Scalar {
    let indentNext = indent + 1;
    for (let lineStart = lineEndAt(this.src, keyLineEnd) + 1; lineStart <= this.pos; lineStart = lineEndAt(this.src, lineStart) + 1) {
      const lineIndent = skipSpaces(this.src, lineStart) - lineStart;
      if (indentNext > lineIndent && !emptyAt(this.src, lineStart + lineIndent + 1)) indentNext = lineIndent;
    }
    if (indentNext === 0) decline();
    return this.parseInlineScalar(indent, indentNext);
  }

  /**
   * A null value for `key:`; the trivia after it goes to the value or to the next key.
   * The parser splits it the same way before a `---` line at the map's column, and drops the part
   * for the next key there, since no key follows.
   */
  private emptyValue(indent: number, position: number, sep: Token[]): Scalar {
    if (this.nextIndent > 0) sep.push(token(SPACE, this.lineStart, this.lineStart + this.nextIndent, 0));
    this.pending = this.nextIndent === indent ? splitEmptyValueTrivia(sep, indent) : null;
    if (indent === 0 && this.atDocumentStart) splitEmptyValueTrivia(sep, indent);
    const node = new Scalar(null);
    node.range = [position, position, position];
    node.source = '';
    node.type = Scalar.PLAIN;
    const props = triviaProps(this.src, sep, false);
    if (props.spaceBefore) node.spaceBefore = true;
    if (props.comment) {
      node.comment = props.comment;
      node.range[2] = sep[sep.length - 1].end;
    }
    return node;
  }

  /** Trivia lines from `this.pos` into `tokens`; stops at the next content line (see `nextIndent`). */
  private collectTrivia(tokens: Token[]): void {
    for (;;) {
      const lineStart = this.pos;
      const at = skipSpaces(this.src, lineStart);
      const code = this.src.charCodeAt(at);
      if (at < this.len && code !== NL && code !== HASH) return this.stopAtContent(lineStart, at);
      if (at > lineStart) tokens.push(token(SPACE, lineStart, at, 0));
      const end = code === HASH ? lineEndAt(this.src, at) : at;
      if (code === HASH) tokens.push(token(COMMENT, at, end, at - lineStart));
      if (end >= this.len) return this.stopAtEnd();
      tokens.push(token(NEWLINE, end, end + 1, 0));
      this.pos = end + 1;
    }
  }

  private stopAtContent(lineStart: number, at: number): void {
    this.pos = lineStart;
    this.lineStart = lineStart;
    this.atDocumentStart = at === lineStart && markerAt(this.src, at, '---');
    const marker = this.atDocumentStart || (at === lineStart && markerAt(this.src, at, '...'));
    this.nextIndent = marker ? -1 : at - lineStart;
  }

  private stopAtEnd(): void {
    this.atDocumentStart = false;
    this.pos = this.len;
    this.lineStart = this.len;
    this.nextIndent = -1;
  }

  /**
   * A scalar starting at `this.pos` on the current line, the value of a collection at `indent`;
   * continuation lines must be indented at least `indentNext`. Reads through the trivia after it.
   */
  private parseInlineScalar(indent: number, indentNext: number): Scalar {
    const code = this.src.charCodeAt(this.pos);
    if (code === PIPE || code === GREATER) {
      const block = this.parseBlockScalar(indent, indentNext);
      this.scanAfterValue(indent, false);
      return block;
    }
    let node: Scalar;
    if (code === QUOTE_SINGLE || code === QUOTE_DOUBLE) node = this.parseQuoted(indentNext);
    else {
      if (!plainStartAt(this.src, this.pos)) decline();
      node = this.parsePlainValue(indentNext);
    }
    this.readLineEnd(node.range![1], code === QUOTE_SINGLE || code === QUOTE_DOUBLE);
    this.scanAfterValue(indent, true);
    node.range![2] = this.scalarEnd.end;
    if (this.scalarEnd.comment) node.comment = this.scalarEnd.comment;
    return node;
  }

  /** The rest of a flow scalar's line (spaces, comment, line break): the package's `token.end`. */
  private readLineEnd(from: number, quoted: boolean): void {
    const end = this.scalarEnd;
    end.reset(from);
    const at = skipSpaces(this.src, from);
    if (at > from) end.pushSpace(at);
    let next = at;
    if (this.src.charCodeAt(at) === HASH) {
      // A comment needs a space before it; only after a quoted scalar can it be missing.
      if (quoted && at === from) decline();
      next = lineEndAt(this.src, at);
      end.pushComment(this.src, at, next);
    }
    if (next < this.len) {
      if (this.src.charCodeAt(next) !== NL) decline();
      end.pushNewline(next + 1);
      next++;
    }
    this.pos = next;
  }

  /**
   * The trivia lines after a complete value of the collection at `indent`, fed as the package's
   * parser does: indented comments right after a flow scalar become that scalar's trailing comment
   * (`atIndentedComment`); the rest waits in `pending` for the next item or the collection's end.
   */
  private scanAfterValue(indent: number, flowScalar: boolean): void {
    let item: Token[] | null = null;
    for (;;) {
      const lineStart = this.pos;
      const at = skipSpaces(this.src, lineStart);
      const code = this.src.charCodeAt(at);
      if (at < this.len && code !== NL && code !== HASH) {
        this.stopAtContent(lineStart, at);
        break;
      }
      if (at > lineStart) item = pushToItem(item, token(SPACE, lineStart, at, 0));
      const end = code === HASH ? lineEndAt(this.src, at) : at;
      if (code === HASH) item = this.feedComment(item, token(COMMENT, at, end, at - lineStart), indent, flowScalar);
      if (end >= this.len) {
        this.stopAtEnd();
        break;
      }
      if (!item && flowScalar && this.scalarEnd.endsWithComment) this.scalarEnd.pushNewline(end + 1);
      else item = pushToItem(item, token(NEWLINE, end, end + 1, 0));
      this.pos = end + 1;
    }
    this.pending = item;
  }

  private feedComment(item: Token[] | null, comment: Token, indent: number, flowScalar: boolean): Token[] | null {
    if (item && flowScalar && comment.indent > indent && !hasComment(item)) {
      for (const earlier of item) this.scalarEnd.push(this.src, earlier);
      this.scalarEnd.push(this.src, comment);
      return null;
    }
    return pushToItem(item, comment);
  }

  /** A plain scalar value at `this.pos`, possibly continued on more-indented lines. */
  private parsePlainValue(indentNext: number): Scalar {
    const start = this.pos;
    let end = this.scanPlainLine(start);
    if (this.stop === STOP_COLON) decline();
    let multiline = false;
    while (this.stoppedAtLineEnd()) {
      const lineStart = this.stopAt + 1;
      const at = skipSpaces(this.src, lineStart);
      const code = this.src.charCodeAt(at);
      if (code === NL) {
        this.stopAt = at;
        continue;
      }
      if (at >= this.len || at - lineStart < indentNext || code === HASH) break;
      end = this.scanPlainLine(at);
      if (this.stop === STOP_COLON) decline();
      multiline = true;
    }
    const source = this.src.slice(start, end);
    return this.plainScalar(start, end, multiline ? unfoldLines(source) : source);
  }

  private plainScalar(start: number, end: number, value: string): Scalar {
    const node = resolvePlain(value);
    node.range = [start, end, end];
    node.source = value;
    node.type = Scalar.PLAIN;
    return node;
  }

  /**
   * Scans a plain scalar's text on one line, as the package's lexer does: it ends before ` #`,
   * before a `:` followed by a space or line end, or at the line end. Returns the end of its text
   * (trailing spaces excluded) and records why it stopped in `stop` / `stopAt`.
   */
  private scanPlainLine(from: number): number {
    const src = this.src;
    let end = from;
    for (let i = from; i < this.len; i++) {
      const code = src.charCodeAt(i);
      if (code === NL) return this.stopped(STOP_EOL, i, end);
      if (code === SP) {
        if (src.charCodeAt(i + 1) === HASH) return this.stopped(STOP_COMMENT, i, end);
        continue;
      }
      if (code === COLON && emptyAt(this.src, i + 1)) return this.stopped(STOP_COLON, i, end);
      end = i + 1;
    }
    return this.stopped(STOP_EOL, this.len, end);
  }

  private stoppedAtLineEnd(): boolean {
    return this.stop === STOP_EOL && this.stopAt < this.len;
  }

  private stopped(reason: number, at: number, end: number): number {
    this.stop = reason;
    this.stopAt = at;
    return end;
  }

  /** A single- or double-quoted scalar at `this.pos`; leaves `pos` after the closing quote. */
  private parseQuoted(indentNext: number): Scalar {
    const start = this.pos;
    const single = this.src.charCodeAt(start) === QUOTE_SINGLE;
    const close = single ? singleQuoteEnd(this.src, start) : doubleQuoteEnd(this.src, start);
    if (close < 0) decline();
    for (let nl = this.src.indexOf('\n', start); nl !== -1 && nl < close; nl = this.src.indexOf('\n', nl + 1)) {
      if (!continuesScalar(this.src, nl + 1, indentNext)) decline();
    }
    const source = this.src.slice(start, close + 1);
    const value = single ? singleQuotedValue(source) : doubleQuotedValue(source);
    const node = new Scalar(value);
    node.range = [start, close + 1, close + 1];
    node.source = value;
    node.type = single ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
    this.pos = close + 1;
    return node;
  }




  /**
   * A `|` or `>` block scalar at `this.pos` in a collection at `indent`. The body's extent follows
   * the lexer (`parseBlockScalar`), its value the composer (`resolveBlockScalar`).
   */
  private parseBlockScalar(indent: number, indentNext: number): Scalar {
    const start = this.pos;
    let at = start;
    while (at < this.len && !emptyAt(this.src, at) && this.src.charCodeAt(at) !== HASH) at++;
    const header = parseBlockHeader(this.src.slice(start, at));
    const headerEnd = at;
    let comment = '';
    at = skipSpaces(this.src, at);
    if (this.src.charCodeAt(at) === HASH) {
      if (at === headerEnd) decline();
      const end = lineEndAt(this.src, at);
      comment = this.src.slice(at + 1, end);
      at = end;
    }
    if (this.src.charCodeAt(at) !== NL) decline();
    const bodyStart = at + 1;
    const body = blockBody(this.src, bodyStart, indentNext, header.indent ? header.indent - 1 : -1, header.chomp === '+');
    const node = new Scalar(blockScalarValue(body, header, indent));
    const end = bodyStart + body.length;
    node.range = [start, end, end];
    node.source = node.value as string;
    node.type = header.folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
    if (comment) node.comment = comment;
    this.pos = end;
    return node;
  }



  /** Whether a key (plain or quoted, followed by `: `) starts at `at`. */
  private keyAt(at: number): boolean {
    const code = this.src.charCodeAt(at);
    if (code === QUOTE_SINGLE || code === QUOTE_DOUBLE) {
      const close = code === QUOTE_SINGLE ? singleQuoteEnd(this.src, at) : doubleQuoteEnd(this.src, at);
      if (close < 0) return false;
      const colon = skipSpaces(this.src, close + 1);
      return this.src.charCodeAt(colon) === COLON && emptyAt(this.src, colon + 1);
    }
    if (!plainStartAt(this.src, at)) return false;
    const end = this.scanPlainLine(at);
    if (this.stop !== STOP_COLON) return false;
    this.plainKey = { start: at, end, colon: this.stopAt };
    return true;
  }






}
