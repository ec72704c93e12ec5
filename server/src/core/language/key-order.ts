import type { TextEdit } from '../sigma/diagnostic';
import { minimalEdit } from './text-edits';
import { topLevelKeyRank } from '../sigma/vocabulary';

/** A top-level key at column 0: plain or quoted, followed by `:` and a space or the end of the line. */
const TOP_KEY = /^(?:'[^']*'|"[^"]*"|[^\s#'"\-?%][^#]*?)\s*:(?:\s|$)/;
const DOCUMENT_MARKER = /^(---|\.\.\.)(\s|$)/;

/**
 * Sorts the top-level keys of every YAML document in SigmaHQ order by moving whole text blocks:
 * a key, its value, and the column-0 comments right above it travel together, so nothing else changes.
 * Returns no edit when the order is already right.
 */
export function sortTopLevelKeys(text: string): TextEdit[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const output: string[] = [];
  let segment: string[] = [];
  for (const line of lines) {
    if (DOCUMENT_MARKER.test(line)) {
      output.push(sortSegment(segment), line);
      segment = [];
    } else segment.push(line);
  }
  output.push(sortSegment(segment));
  return minimalEdit(text, output.join(''));
}

/** Whether the top-level keys of a document are already in SigmaHQ order. */
export function hasSigmaKeyOrder(text: string): boolean {
  return sortTopLevelKeys(text).length === 0;
}

function sortSegment(lines: string[]): string {
  const keyLines = lines.flatMap((line, index) => (TOP_KEY.test(line) ? [index] : []));
  if (keyLines.length < 2) return lines.join('');
  const starts = keyLines.map((keyLine, i) => blockStart(lines, keyLine, i === 0 ? keyLine : keyLines[i - 1]));
  const header = lines.slice(0, starts[0]).join('');
  const blocks = starts.map((start, i) => ({ key: keyOf(lines[keyLines[i]]), index: i, text: lines.slice(start, starts[i + 1] ?? lines.length).join('') }));
  const sorted = [...blocks].sort((a, b) => topLevelKeyRank(a.key) - topLevelKeyRank(b.key) || a.index - b.index);
  if (sorted.every((block, i) => block === blocks[i])) return lines.join('');
  const eol = lines[0]?.endsWith('\r\n') ? '\r\n' : '\n';
  return header + sorted.map((block, i) => (i < sorted.length - 1 && !block.text.endsWith('\n') ? block.text + eol : block.text)).join('');
}

/** Column-0 comments and blank lines directly above a key belong to it. */
function blockStart(lines: string[], keyLine: number, previousKeyLine: number): number {
  let start = keyLine;
  while (start - 1 > previousKeyLine && /^(#.*)?\s*$/.test(lines[start - 1])) start--;
  return start;
}

function keyOf(line: string): string {
  const key = line.slice(0, line.indexOf(':')).trim();
  return /^['"]/.test(key) ? key.slice(1, -1) : key;
}
