import { isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { walkCondition, type ConditionNode } from './condition/ast';
import { parseCondition } from './condition/parser';
import { resolveTarget } from './condition/resolve';
import type { Condition, ConditionExpression, Selection } from './model';
import type { MapEntry, ParseContext } from './yaml-nodes';

/** Parses `condition:` (a string, or a list of strings that are OR'ed) and checks what it references. */
export function parseConditionSection(context: ParseContext, entry: MapEntry, selections: readonly Selection[]): Condition {
  const nodes = isSeq(entry.value) ? context.items(entry.value) : [entry.value];
  const expressions: ConditionExpression[] = [];
  for (const node of nodes) {
    const expression = parseExpression(context, node, entry);
    if (expression) expressions.push(expression);
  }
  const names = selections.map((selection) => selection.name);
  for (const expression of expressions) if (expression.ast) checkReferences(context, expression.ast, names);
  return { range: entry.valueRange, expressions };
}

function parseExpression(context: ParseContext, node: YamlNode | null, entry: MapEntry): ConditionExpression | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') {
    context.report('condition-syntax', 'error', 'A condition must be a string or a list of strings', context.rangeOf(node, entry.keyRange));
    return undefined;
  }
  const toRange = context.scalarMapper(node);
  const source = node.value;
  const result = parseCondition(source, { toRange });
  for (const error of result.errors) {
    context.report(error.code, 'error', error.message, toRange(error.start, error.end));
  }
  if (result.ast) reportAnyOf(context, result.ast);
  return { source, range: context.rangeOf(node), ast: result.ast };
}

function reportAnyOf(context: ParseContext, ast: ConditionNode): void {
  walkCondition(ast, (node) => {
    if (node.type === 'quantified' && node.quantifier === 'any') {
      context.report('condition-any-of', 'warning', "'any of' is not in the Sigma specification: use '1 of'", node.quantifierRange);
    }
  });
}

function checkReferences(context: ParseContext, ast: ConditionNode, names: readonly string[]): void {
  const known = new Set(names);
  walkCondition(ast, (node) => {
    if (node.type === 'identifier' && !known.has(node.name)) {
      context.report('unknown-selection', 'error', `The condition references '${node.name}', which is not a selection in this detection`, node.range, { name: node.name });
    } else if (node.type === 'quantified' && resolveTarget(node.target, names).length === 0) {
      const what = node.target.type === 'them' ? "'them' covers no selection" : `No selection matches '${node.target.pattern}'`;
      context.report('unknown-selection', 'error', what, node.target.range);
    }
  });
}
