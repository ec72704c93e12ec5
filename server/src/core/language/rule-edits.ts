import type { TextEdit } from '../sigma/diagnostic';
import type { SigmaRule } from '../sigma/model';
import type { LineIndex, Position } from '../sigma/position';
import { topLevelKeyRank } from '../sigma/vocabulary';

export interface RuleEditInput {
  text: string;
  lines: LineIndex;
  rule: SigmaRule;
}

/** Inserts `id: <id>` on its own line right after `title` (SigmaHQ order), or at the top of the rule. */
export function insertIdEdit(input: RuleEditInput & { id: string }): TextEdit {
  const title = input.rule.attributes.find((attribute) => attribute.key === 'title');
  const at = title ? lineAfter(title.valueRange.end) : input.rule.range.start;
  return insertLine(input, at, `id: ${input.id}`);
}

/**
 * Adds a tag as the last item of `tags`, matching the list's indentation; creates `tags` in SigmaHQ
 * position when the rule has none. Returns no edit when the tag is already there.
 */
export function addTagEdit(input: RuleEditInput & { tag: string }): TextEdit | undefined {
  const { rule, lines, text } = input;
  if (rule.tags.some((tag) => tag.value === input.tag)) return undefined;
  const attribute = rule.attributes.find((candidate) => candidate.key === 'tags');
  if (!attribute) return insertLine(input, keyInsertionPoint(input, 'tags'), `tags:\n    - ${input.tag}`);
  const last = rule.tags[rule.tags.length - 1];
  const valueText = text.slice(lines.offsetAt(attribute.valueRange.start), lines.offsetAt(attribute.valueRange.end));
  if (valueText.trimStart().startsWith('[')) {
    const close = lines.offsetAt(attribute.valueRange.start) + valueText.lastIndexOf(']');
    return { range: lines.rangeOf(close, close), newText: last ? `, ${input.tag}` : input.tag };
  }
  if (!last) return { range: { start: attribute.valueRange.start, end: attribute.valueRange.end }, newText: `\n    - ${input.tag}` };
  const lineText = text.slice(lines.offsetAt({ line: last.range.start.line, character: 0 }), lines.offsetAt(last.range.start));
  return insertLine(input, lineAfter(last.range.end), `${lineText}${input.tag}`);
}

/** Where a missing top-level key goes: before the first existing key that SigmaHQ orders after it. */
function keyInsertionPoint(input: RuleEditInput, key: string): Position {
  const rank = topLevelKeyRank(key);
  const next = input.rule.attributes.find((attribute) => topLevelKeyRank(attribute.key) > rank);
  if (next) return { line: next.keyRange.start.line, character: 0 };
  return lineAfter(input.rule.range.end);
}

/** The start of the line after `position`, or the position itself when it already starts a line. */
function lineAfter(position: Position): Position {
  return position.character === 0 ? position : { line: position.line + 1, character: 0 };
}

/** Inserts a whole line at the start of a line; past the end of the text it starts a new line first. */
function insertLine(input: RuleEditInput, at: Position, line: string): TextEdit {
  if (at.line >= input.lines.lineCount) {
    const end = input.lines.positionAt(input.text.length);
    const needsBreak = input.text.length > 0 && !/\n$/.test(input.text);
    return { range: { start: end, end }, newText: `${needsBreak ? '\n' : ''}${line}\n` };
  }
  const offset = input.lines.offsetAt(at);
  const position = input.lines.positionAt(offset);
  const needsBreak = offset === input.text.length && offset > 0 && !/\n$/.test(input.text);
  return { range: { start: position, end: position }, newText: `${needsBreak ? '\n' : ''}${line}\n` };
}
