import type { TextEdit } from '../sigma/diagnostic';
import type { LineIndex, Range } from '../sigma/position';

/** The source text a range covers. */
export function textOf(text: string, lines: LineIndex, range: Range): string {
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** The whole text of a 0-based line, without its line break. */
export function lineText(text: string, lines: LineIndex, line: number): string {
  const start = lines.offsetAt({ line, character: 0 });
  const next = line + 1 < lines.lineCount ? lines.offsetAt({ line: line + 1, character: 0 }) : text.length;
  return text.slice(start, next).replace(/\r?\n$|\r$/, '');
}

/**
 * An edit deleting the block-list item at `range` with its whole line, when the line holds nothing else
 * (`  - value  # comment`); undefined when it shares the line with other syntax (flow lists), where deleting is not safe.
 */
export function deleteListItemLine(text: string, lines: LineIndex, range: Range): TextEdit | undefined {
  if (range.start.line !== range.end.line) return undefined;
  const line = lineText(text, lines, range.start.line);
  const before = line.slice(0, range.start.character);
  const after = line.slice(range.end.character);
  if (!/^\s*-\s*$/.test(before) || !/^\s*(#.*)?$/.test(after)) return undefined;
  const deleteRange = { start: { line: range.start.line, character: 0 }, end: { line: range.start.line + 1, character: 0 } };
  return { range: deleteRange, newText: '' };
}

/** The same scalar with its content replaced, keeping the quote style when that is safe; undefined otherwise. */
export function requoteScalar(raw: string, content: string): string | undefined {
  const quote = raw[0];
  if (content.includes('\n')) return undefined;
  if (quote === "'") return `'${content.replace(/'/g, "''")}'`;
  if (quote === '"') return /["\\\n\t]/.test(content) ? undefined : `"${content}"`;
  if (/^[|>]/.test(raw)) return undefined;
  return isPlainSafe(content) ? content : `'${content.replace(/'/g, "''")}'`;
}

/** Whether a string can be written as a plain YAML scalar and read back as the same string. */
function isPlainSafe(content: string): boolean {
  if (content === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(content) || /\s$/.test(content)) return false;
  if (/: |\s#/.test(content) || /:$/.test(content)) return false;
  return !/^(?:true|false|yes|no|on|off|null|~|[-+]?[\d.]+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i.test(content);
}
