import type { Fix } from '../../sigma/diagnostic';
import type { Located } from '../../sigma/model';
import type { LineIndex } from '../../sigma/position';
import { lineText, requoteScalar, textOf } from '../source-text';

/** A fix replacing a tag with another, keeping its quoting. */
export function replaceTagFix(text: string, lines: LineIndex, tag: Located<string>, newTag: string): Fix | undefined {
  const newText = requoteScalar(textOf(text, lines, tag.range), newTag);
  return newText === undefined ? undefined : { title: `Change to '${newTag}'`, edits: [{ range: tag.range, newText }] };
}

/**
 * A fix inserting `newTag` just before `tag`: a new `- newTag` line in a block list, `newTag, ` in a flow list.
 * SigmaHQ lists tactics before techniques, so inserting before keeps that order.
 */
export function insertTagBeforeFix(text: string, lines: LineIndex, tag: Located<string>, newTag: string): Fix | undefined {
  const line = lineText(text, lines, tag.range.start.line);
  const before = line.slice(0, tag.range.start.character);
  const title = `Add '${newTag}'`;
  if (/^\s*-\s*$/.test(before)) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const at = { line: tag.range.start.line, character: 0 };
    return { title, edits: [{ range: { start: at, end: at }, newText: `${before}${newTag}${eol}` }] };
  }
  if (/[[,]\s*$/.test(before)) return { title, edits: [{ range: { start: tag.range.start, end: tag.range.start }, newText: `${newTag}, ` }] };
  return undefined;
}
