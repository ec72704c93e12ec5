import type { TextEdit } from '../../../server/src/core/sigma/diagnostic';
import { LineIndex } from '../../../server/src/core/sigma/position';

/** Applies non-overlapping edits to a text, last first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const located = edits.map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText }));
  located.sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of located) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
