import type { ParsedFile, SigmaRule } from '../sigma/model';
import type { Range } from '../sigma/position';
import { detectionOf } from './selection-references';

export type SymbolKind = 'rule' | 'section' | 'selection' | 'condition' | 'key';

/** A node of the document outline. */
export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children: OutlineSymbol[];
}

/** The outline of a Sigma file: one symbol per rule, its top-level keys, and the selections of its detection. */
export function documentSymbols(file: ParsedFile): OutlineSymbol[] {
  return file.rules.map(ruleSymbol);
}

function ruleSymbol(rule: SigmaRule): OutlineSymbol {
  const name = rule.title?.value ?? rule.name?.value ?? `${rule.kind} rule ${rule.documentIndex + 1}`;
  const children = rule.attributes.map((attribute): OutlineSymbol => ({
    name: attribute.key,
    kind: attribute.key === 'detection' || attribute.key === 'logsource' ? 'section' : 'key',
    range: { start: attribute.keyRange.start, end: attribute.valueRange.end },
    selectionRange: attribute.keyRange,
    children: [],
  }));
  const detection = detectionOf(rule);
  const detectionSymbol = children.find((child) => child.name === (rule.filter ? 'filter' : 'detection'));
  if (detection && detectionSymbol) detectionSymbol.children = detectionChildren(detection);
  return { name, detail: rule.kind, kind: 'rule', range: rule.range, selectionRange: rule.title?.range ?? rule.range, children };
}

function detectionChildren(detection: NonNullable<ReturnType<typeof detectionOf>>): OutlineSymbol[] {
  const selections = detection.selections.map((selection): OutlineSymbol => ({
    name: selection.name,
    detail: selection.shape,
    kind: 'selection',
    range: selection.range,
    selectionRange: selection.nameRange,
    children: [],
  }));
  const condition = detection.condition;
  if (condition) {
    const source = condition.expressions.map((expression) => expression.source).join(' | ');
    selections.push({ name: 'condition', detail: source, kind: 'condition', range: condition.range, selectionRange: condition.range, children: [] });
  }
  return selections;
}

/** A foldable line span. */
export interface FoldingSpan {
  startLine: number;
  endLine: number;
}

/** Folding for every multi-line top-level key, selection and detection, from the parsed ranges. */
export function foldingSpans(file: ParsedFile): FoldingSpan[] {
  const spans: FoldingSpan[] = [];
  const visit = (symbol: OutlineSymbol): void => {
    const endLine = symbol.range.end.character === 0 ? symbol.range.end.line - 1 : symbol.range.end.line;
    if (symbol.kind !== 'rule' && endLine > symbol.range.start.line) spans.push({ startLine: symbol.range.start.line, endLine });
    symbol.children.forEach(visit);
  };
  documentSymbols(file).forEach(visit);
  return spans;
}
