import { walkCondition, type IdentifierNode } from '../sigma/condition/ast';
import { resolveTarget } from '../sigma/condition/resolve';
import type { Detection, ParsedFile, Selection, SigmaRule } from '../sigma/model';
import { rangeContains, type LineIndex, type Position, type Range } from '../sigma/position';
import { ruleAt } from './rule-at';

/** A selection name under the cursor: in the detection map (declaration) or in the condition (reference). */
export interface SelectionTarget {
  rule: SigmaRule;
  detection: Detection;
  name: string;
  /** The range of the name under the cursor. */
  range: Range;
  /** The selection, when one with this name exists. */
  selection?: Selection;
}

/** The detection of a rule: a detection rule's, or a filter rule's body. */
export function detectionOf(rule: SigmaRule): Detection | undefined {
  return rule.detection ?? rule.filter?.detection;
}

/** Finds the selection name at a position, in the condition or as a detection key. */
export function selectionTargetAt(file: ParsedFile, position: Position): SelectionTarget | undefined {
  const rule = ruleAt(file, position);
  const detection = rule && detectionOf(rule);
  if (!rule || !detection) return undefined;
  const declared = detection.selections.find((selection) => rangeContains(selection.nameRange, position));
  if (declared) return { rule, detection, name: declared.name, range: declared.nameRange, selection: declared };
  const identifier = conditionIdentifiers(detection).find((node) => rangeContains(node.range, position));
  if (!identifier) return undefined;
  const selection = detection.selections.find((candidate) => candidate.name === identifier.name);
  return { rule, detection, name: identifier.name, range: identifier.range, selection };
}

/** Every identifier node of every condition expression, in source order. */
export function conditionIdentifiers(detection: Detection): IdentifierNode[] {
  const found: IdentifierNode[] = [];
  for (const expression of detection.condition?.expressions ?? []) {
    if (expression.ast) walkCondition(expression.ast, (node) => node.type === 'identifier' && found.push(node));
  }
  return found;
}

/** The selections a `1 of`/`all of` pattern under the cursor covers. */
export function patternSelectionsAt(detection: Detection, position: Position): { range: Range; selections: Selection[] } | undefined {
  const names = detection.selections.map((selection) => selection.name);
  for (const expression of detection.condition?.expressions ?? []) {
    let hit: { range: Range; selections: Selection[] } | undefined;
    if (expression.ast) walkCondition(expression.ast, (node) => {
      if (node.type !== 'quantified' || !rangeContains(node.target.range, position)) return;
      const covered = new Set(resolveTarget(node.target, names));
      hit = { range: node.target.range, selections: detection.selections.filter((selection) => covered.has(selection.name)) };
    });
    if (hit) return hit;
  }
  return undefined;
}

/** The declaration and every condition reference of a selection name. */
export function selectionReferences(target: SelectionTarget, options: { includeDeclaration: boolean }): Range[] {
  const references = conditionIdentifiers(target.detection).filter((node) => node.name === target.name).map((node) => node.range);
  if (options.includeDeclaration && target.selection) references.unshift(target.selection.nameRange);
  return references;
}

/**
 * The range inside a key or identifier that holds the name itself: quoted keys keep their quotes.
 * Ranges of plain names are returned as they are.
 */
export function nameRangeWithin(range: Range, name: string, lines: LineIndex, text: string): Range {
  const start = lines.offsetAt(range.start);
  const raw = text.slice(start, lines.offsetAt(range.end));
  const at = raw.indexOf(name);
  if (at <= 0 || raw === name) return range;
  return lines.rangeOf(start + at, start + at + name.length);
}
