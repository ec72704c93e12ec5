import type { TextEdit } from '../sigma/diagnostic';
import type { ParsedFile } from '../sigma/model';
import type { LineIndex, Position, Range } from '../sigma/position';
import { nameRangeWithin, selectionReferences, selectionTargetAt } from './selection-references';

export interface RenameInput {
  text: string;
  file: ParsedFile;
  lines: LineIndex;
  position: Position;
}

/** Names the condition lexer reads as one identifier, and none of its keywords. */
const VALID_NAME = /^[\p{L}\p{N}_\-.]+$/u;
const RESERVED = new Set(['and', 'or', 'not', 'of', 'them', 'all', 'any', 'condition', 'timeframe']);

/** The range of the selection name that a rename would change, or undefined when the cursor is on none. */
export function prepareRenameSelection(input: RenameInput): { range: Range; name: string } | undefined {
  const target = selectionTargetAt(input.file, input.position);
  if (!target?.selection) return undefined;
  return { range: nameRangeWithin(target.range, target.name, input.lines, input.text), name: target.name };
}

/** Renames a selection: its key in the detection and every reference in the condition. */
export function renameSelection(input: RenameInput & { newName: string }): { edits: TextEdit[] } | { error: string } {
  const target = selectionTargetAt(input.file, input.position);
  if (!target?.selection) return { error: 'Rename works on a selection name, in the detection or in the condition' };
  const problem = nameProblem(input.newName, target.detection.selections.map((selection) => selection.name), target.name);
  if (problem) return { error: problem };
  const ranges = selectionReferences(target, { includeDeclaration: true });
  const edits = ranges.map((range) => ({ range: nameRangeWithin(range, target.name, input.lines, input.text), newText: input.newName }));
  return { edits };
}

function nameProblem(newName: string, existing: string[], oldName: string): string | undefined {
  if (!VALID_NAME.test(newName)) return `'${newName}' is not a valid selection name: use letters, digits, '_', '-' and '.'`;
  if (/^\d+$/.test(newName) || RESERVED.has(newName)) return `'${newName}' is a word of the condition language`;
  if (newName !== oldName && existing.includes(newName)) return `A selection named '${newName}' already exists`;
  return undefined;
}
