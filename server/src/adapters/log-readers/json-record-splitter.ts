export interface SplitterLimits {
  /** Longer records are rejected (default 1 MiB of text). */
  maxRecordChars: number;
  /** Deeper nesting is rejected before JSON.parse sees it (default 64). */
  maxDepth: number;
}

export interface SplitterSink {
  record(text: string, line: number): void;
  error(line: number, message: string): void;
}

const OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, QUOTE = 34, BACKSLASH = 92, NEWLINE = 10, COMMA = 44;

/**
 * Cuts a stream of text into top-level JSON objects, whatever the layout: JSON Lines, one array,
 * one object, or objects concatenated with or without newlines. It never holds more than one record.
 * A broken record is reported with its line and skipped: an unterminated string ends at the line
 * break, and a `{` at the start of a line inside an unfinished record starts a new one.
 */
export class JsonRecordSplitter {
  private line = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private inTopArray = false;
  private skippingJunk = false;
  /** The start of the current junk line, to recognise evtx_dump's `Record N` separators. */
  private junk = '';
  private atLineStart = true;
  private parts: string[] = [];
  private recordChars = 0;
  private recordLine = 0;
  private rejected: string | undefined;

  constructor(private readonly sink: SplitterSink, private readonly limits: SplitterLimits) {}

  push(chunk: string): void {
    let start = this.depth > 0 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (this.depth > 0) {
        if (this.atLineStart && code === OPEN_BRACE && !this.inString) {
          this.abandon('the record is not closed before the next one starts');
          start = this.open(i);
        } else if (this.scanInside(code)) {
          this.close(chunk, start, i);
          start = -1;
        } else if (this.depth === 0) start = -1; // abandoned on an unterminated string
      } else if (this.scanOutside(code)) start = this.open(i);
      if (code === NEWLINE) this.line++;
      this.atLineStart = code === NEWLINE;
    }
    if (this.depth > 0 && start >= 0) this.keep(chunk.slice(start));
  }

  /** Reports a record still open at the end of the input. */
  end(): void {
    if (this.skippingJunk) this.endJunk();
    if (this.depth > 0) this.abandon('the input ends inside this record');
  }

  /** One character inside a record; true when it closes the record. */
  private scanInside(code: number): boolean {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (code === BACKSLASH) this.escaped = true;
      else if (code === QUOTE) this.inString = false;
      else if (code === NEWLINE) this.abandon('a string is not closed before the end of the line');
      return false;
    }
    if (code === QUOTE) this.inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++this.depth > this.limits.maxDepth && !this.rejected) this.rejected = `the event is nested deeper than ${this.limits.maxDepth} levels`;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) return --this.depth === 0;
    return false;
  }

  /** One character between records; true when it opens one. */
  private scanOutside(code: number): boolean {
    if (this.skippingJunk) {
      if (code === NEWLINE) this.endJunk();
      else if (this.junk.length < 64) this.junk += String.fromCharCode(code);
      return false;
    }
    if (code === OPEN_BRACE) return true;
    if (code === 32 || code === 9 || code === 13 || code === NEWLINE || code === COMMA || code === 0xfeff) return false;
    if (code === OPEN_BRACKET && !this.inTopArray) this.inTopArray = true;
    else if (code === CLOSE_BRACKET && this.inTopArray) this.inTopArray = false;
    else {
      this.junk = String.fromCharCode(code);
      this.skippingJunk = true;
    }
    return false;
  }

  /** A line of text between records: evtx_dump writes `Record 12` before each event; anything else is reported. */
  private endJunk(): void {
    this.skippingJunk = false;
    if (!/^Record \d+\s*$/.test(this.junk)) this.sink.error(this.line, 'not a JSON object (the rest of the line was skipped)');
    this.junk = '';
  }

  private open(index: number): number {
    this.depth = 1;
    this.inString = false;
    this.escaped = false;
    this.parts = [];
    this.recordChars = 0;
    this.recordLine = this.line;
    this.rejected = undefined;
    return index;
  }

  private keep(text: string): void {
    this.recordChars += text.length;
    if (this.rejected) return;
    if (this.recordChars > this.limits.maxRecordChars) {
      this.rejected = `the event is larger than ${this.limits.maxRecordChars} characters`;
      this.parts = [];
    } else this.parts.push(text);
  }

  private close(chunk: string, start: number, end: number): void {
    this.keep(chunk.slice(Math.max(start, 0), end + 1));
    if (this.rejected) this.sink.error(this.recordLine, `${this.rejected}; it was skipped`);
    else this.sink.record(this.parts.join(''), this.recordLine);
    this.parts = [];
  }

  private abandon(reason: string): void {
    this.sink.error(this.recordLine, `malformed JSON: ${reason}; the record was skipped`);
    this.depth = 0;
    this.inString = false;
    this.parts = [];
  }
}
