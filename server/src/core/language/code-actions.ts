import type { Diagnostic, TextEdit } from '../sigma/diagnostic';
import type { ParsedFile } from '../sigma/model';
import { comparePositions, type LineIndex, type Range } from '../sigma/position';
import { sortTopLevelKeys } from './key-order';
import { ruleAt } from './rule-at';
import { insertIdEdit } from './rule-edits';

export type ActionKind = 'quickfix' | 'refactor' | 'refactor.rewrite' | 'source.fixAll';

/** A command the client runs (it may ask the user first), with its arguments; the LSP layer names it. */
export interface ActionCommand {
  command: 'addAttackTag' | 'replayRule';
  title: string;
  arguments: unknown[];
}

export interface EditorAction {
  title: string;
  kind: ActionKind;
  /** Edits to this document. */
  edits?: TextEdit[];
  command?: ActionCommand;
  /** The diagnostics this action fixes. */
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
}

export interface CodeActionInput {
  text: string;
  file: ParsedFile;
  lines: LineIndex;
  /** The selection or cursor range the client asks about. */
  range: Range;
  /** The diagnostics of the document (all of them; the function picks those in range). */
  diagnostics: readonly Diagnostic[];
  /** The document's identifier, passed to commands. */
  uri: string;
  newId: () => string;
  /** Which optional commands the server can serve. */
  capabilities: { addAttackTag: boolean; replayRule: boolean };
}

/** Quick fixes for diagnostics that carry fixes, plus the rule refactors available at the range. */
export function codeActionsFor(input: CodeActionInput): EditorAction[] {
  const actions: EditorAction[] = diagnosticFixes(input);
  const rule = ruleAt(input.file, input.range.start);
  if (rule && !rule.id && !actions.some((action) => action.edits?.some((edit) => /^\n?id:/.test(edit.newText)))) {
    const edit = insertIdEdit({ text: input.text, lines: input.lines, rule, id: input.newId() });
    actions.push({ title: 'Generate the missing rule id (UUID)', kind: 'quickfix', edits: [edit], diagnostics: missingIdDiagnostics(input) });
  }
  const fixAll = fixAllAction(input.diagnostics);
  if (fixAll) actions.push(fixAll);
  const sortEdits = sortTopLevelKeys(input.text);
  if (sortEdits.length > 0) actions.push({ title: 'Sort top-level keys in SigmaHQ order', kind: 'refactor.rewrite', edits: sortEdits });
  if (rule && input.capabilities.addAttackTag) actions.push(commandAction('Add an ATT&CK tag…', 'addAttackTag', [input.uri, rule.documentIndex]));
  if (rule?.detection && input.capabilities.replayRule) actions.push(commandAction('Replay this rule against the samples', 'replayRule', [input.uri, rule.documentIndex]));
  return actions;
}

function diagnosticFixes(input: CodeActionInput): EditorAction[] {
  const actions: EditorAction[] = [];
  for (const diagnostic of input.diagnostics) {
    if (!diagnostic.fixes?.length || !overlaps(diagnostic.range, input.range)) continue;
    diagnostic.fixes.forEach((fix, index) => actions.push({ title: fix.title, kind: 'quickfix', edits: fix.edits, diagnostics: [diagnostic], isPreferred: index === 0 && diagnostic.fixes?.length === 1 }));
  }
  return actions;
}

/**
 * Every diagnostic of the document with exactly one fix, applied together (editors run this on save).
 * A diagnostic with several fixes needs a choice, and an edit overlapping an earlier one is left for later.
 */
function fixAllAction(diagnostics: readonly Diagnostic[]): EditorAction | undefined {
  const fixable = diagnostics.filter((diagnostic) => diagnostic.fixes?.length === 1);
  const edits: TextEdit[] = [];
  const fixed: Diagnostic[] = [];
  for (const diagnostic of fixable) {
    const candidate = diagnostic.fixes?.[0].edits ?? [];
    if (candidate.some((edit) => edits.some((taken) => overlaps(edit.range, taken.range)))) continue;
    edits.push(...candidate);
    fixed.push(diagnostic);
  }
  if (edits.length === 0) return undefined;
  return { title: `Fix all safe Sigma findings (${fixed.length})`, kind: 'source.fixAll', edits, diagnostics: fixed };
}

function missingIdDiagnostics(input: CodeActionInput): Diagnostic[] {
  return input.diagnostics.filter((diagnostic) => /(^|-)id(-|$)/.test(diagnostic.code) && /missing/.test(diagnostic.code) && overlaps(diagnostic.range, input.range));
}

function commandAction(title: string, command: ActionCommand['command'], args: unknown[]): EditorAction {
  return { title, kind: 'refactor', command: { command, title, arguments: args } };
}

function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}
