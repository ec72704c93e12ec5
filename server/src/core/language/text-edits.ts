import type { TextEdit } from '../sigma/diagnostic';
import { LineIndex } from '../sigma/position';

/**
 * The smallest single edit that turns `before` into `after`: the common prefix and suffix are kept,
 * so the editor leaves the cursor, folding and undo history of untouched lines alone.
 */
export function minimalEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a UTF-16 surrogate pair: move the edit's start back before a high surrogate.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  const lines = new LineIndex(before);
  return [{ range: lines.rangeOf(start, before.length - end), newText: after.slice(start, after.length - end) }];
}

/** Applies non-overlapping edits to a text; used by tests and by refactors that compose edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits.map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText })).sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
