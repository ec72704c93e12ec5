/**
 * Positions and ranges in the LSP convention: 0-based lines, UTF-16 code unit columns.
 * JavaScript string offsets are UTF-16 code units already, so a column is an offset minus its line start.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * Converts string offsets to positions with a binary search over line starts.
 * Parsers ask for offsets mostly in source order, so the line of the last answer is tried first.
 */
export class LineIndex {
  private readonly lineStarts: number[];
  private lastLine = 0;

  constructor(private readonly text: string) {
    this.lineStarts = computeLineStarts(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    this.lastLine = line;
    return { line, character: clamped - this.lineStarts[line] };
  }

  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    const last = this.lastLine;
    if (starts[last] <= offset) {
      if (last + 1 === starts.length || offset < starts[last + 1]) return last;
      if (last + 2 === starts.length || offset < starts[last + 2]) return last + 1;
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[Math.max(0, position.line)];
    const nextLineStart = this.lineStarts[position.line + 1] ?? this.text.length;
    return Math.min(lineStart + Math.max(0, position.character), nextLineStart);
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  // Without carriage returns, the native search for line feeds is much faster than a loop over characters.
  if (text.indexOf('\r') < 0) {
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}
